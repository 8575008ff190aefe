"use client";

import { useEffect, useState } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { errorMessage } from "@/lib/browser/api/api-error";
import { postJson } from "@/lib/browser/api/fetch-json";
import { useNetworks } from "@/lib/browser/hooks/use-networks";
import { FormSection } from "@/components/ui/form-controls";
import { Spinner } from "@/components/ui/spinner";

// These modes share or drop a network stack: the engine refuses connect/disconnect on them.
function fixedMode(mode: string): string | undefined {
  if (mode === "host") return "This container uses the host's network stack (no isolation); it cannot join other networks.";
  if (mode === "none") return "This container has networking disabled (mode none).";
  if (mode.startsWith("container:")) return `This container shares the network stack of ${mode.slice("container:".length)}.`;
  return undefined;
}

/** Kitematic's network checkboxes: connect and disconnect live, no recreate. */
export function NetworkSettings({ container }: { container: ContainerDetail }) {
  const { networks, mutate } = useNetworks();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const attached = new Set(container.networks.map((n) => n.name));
  // The box follows the click at once; the engine's word (the container's next inspect) then replaces it.
  const [wanted, setWanted] = useState<Record<string, boolean>>({});
  const attachedKey = [...attached].sort().join(",");
  useEffect(() => setWanted({}), [attachedKey]);
  const fixed = fixedMode(container.networkMode);
  const choices = (networks ?? []).filter((n) => n.driver !== "host" && n.driver !== "null" && n.scope === "local");

  const toggle = async (name: string, connect: boolean) => {
    setBusy(name);
    setError(undefined);
    setWanted((w) => ({ ...w, [name]: connect }));
    try {
      await postJson(`/api/networks/${encodeURIComponent(name)}/${connect ? "connect" : "disconnect"}`, { container: container.id });
      await mutate();
    } catch (err) {
      setWanted(({ [name]: _, ...rest }) => rest);
      setError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <FormSection title="Networks" description={fixed ?? "Applied at once: connecting or disconnecting needs no restart."}>
      {!fixed && !networks && <Spinner className="size-4" />}
      {!fixed && networks && (
        <ul className="grid gap-1.5 sm:grid-cols-2">
          {choices.map((n) => (
            <li key={n.id}>
              <label className="flex items-center gap-2 text-[13px] text-ink">
                <input
                  type="checkbox"
                  className="accent-brand"
                  checked={wanted[n.name] ?? attached.has(n.name)}
                  disabled={busy !== undefined}
                  onChange={(e) => void toggle(n.name, e.target.checked)}
                />
                <span className="font-mono">{n.name}</span>
                <span className="text-[11px] text-ink-faint">{n.driver}{n.internal ? ", internal" : ""}</span>
                {busy === n.name && <Spinner className="size-3" />}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-[12px] text-danger-ink">
          {error}
        </p>
      )}
    </FormSection>
  );
}
