"use client";

import { useId, useState, type FormEvent } from "react";
import { useAction } from "@/lib/browser/hooks/use-action";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { postJson } from "@/lib/browser/api/fetch-json";
import { buttonClass, inputClass } from "@/components/ui/form-controls";
import type { NetworkDetail } from "@/lib/shared/types/networks";

/** `docker network connect [--alias]`: pick a container that is not attached yet. */
export function ConnectContainerForm({ network, onDone }: { network: NetworkDetail; onDone: () => void }) {
  const id = useId();
  const { containers } = useContainers();
  const [container, setContainer] = useState("");
  const [alias, setAlias] = useState("");
  const { busy, error, setError, run } = useAction();

  const attached = new Set(network.containers.map((c) => c.id));
  const candidates = (containers ?? []).filter((c) => !attached.has(c.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The schema (and zod with it) loads on the first submit, not with the page.
    const { connectNetworkSchema } = await import("@/lib/shared/schemas/networks");
    const parsed = connectNetworkSchema.safeParse({ container, alias });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    const done = await run(() => postJson(`/api/networks/${encodeURIComponent(network.id)}/connect`, parsed.data));
    if (!done) return;
    setContainer("");
    setAlias("");
    onDone();
  };

  return (
    <form onSubmit={submit} aria-label="Connect a container" className="flex flex-wrap items-end gap-2" noValidate>
      <div className="min-w-48 flex-1">
        <label htmlFor={`${id}-c`} className="mb-1 block text-[12px] font-medium text-ink-muted">Container</label>
        <select id={`${id}-c`} value={container} onChange={(e) => setContainer(e.target.value)} className={inputClass}>
          <option value="">Pick a container…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name} ({c.state})
            </option>
          ))}
        </select>
      </div>
      <div className="w-44">
        <label htmlFor={`${id}-a`} className="mb-1 block text-[12px] font-medium text-ink-muted">Alias (optional)</label>
        <input id={`${id}-a`} value={alias} onChange={(e) => setAlias(e.target.value)} className={`${inputClass} font-mono`} spellCheck={false} placeholder="db" />
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={busy}>
        {busy ? "Connecting…" : "Connect"}
      </button>
      {error && (
        <p role="alert" className="w-full text-[12px] text-danger-ink">
          {error}
        </p>
      )}
    </form>
  );
}
