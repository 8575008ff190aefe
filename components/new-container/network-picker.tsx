"use client";

import type { NetworkMode } from "@/lib/browser/containers/container-config-form";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useNetworks } from "@/lib/browser/hooks/use-networks";
import { WarningIcon } from "@/components/ui/icons";
import { FieldMessage, inputClass, useField } from "@/components/ui/form-controls";

const MODES: { mode: NetworkMode; label: string; explain: string }[] = [
  { mode: "bridge", label: "Bridge (default)", explain: "Own network stack on Docker's default bridge; reach it through published ports." },
  { mode: "network", label: "User network", explain: "Joins a network you created; containers on it find each other by name." },
  { mode: "none", label: "None", explain: "Loopback only: no network access at all." },
  { mode: "container", label: "Another container's", explain: "Shares that container's network stack (container:<name>): same IP, same ports." },
  { mode: "host", label: "Host", explain: "Uses the host's network stack directly; published ports do not apply." },
];

const BUILT_IN = new Set(["bridge", "host", "none"]);

export function NetworkPicker({ value, onChange }: { value: { mode: NetworkMode; target: string }; onChange: (v: { mode: NetworkMode; target: string }) => void }) {
  const { networks } = useNetworks();
  const { containers } = useContainers();
  const target = useField("network.target");
  const userNetworks = (networks ?? []).filter((n) => !BUILT_IN.has(n.name));
  return (
    <div className="space-y-2">
      <fieldset>
        <legend className="sr-only">Network mode</legend>
        <div className="space-y-1.5">
          {MODES.map((m) => (
            <label key={m.mode} className="flex items-start gap-2 text-[13px]">
              <input
                type="radio"
                name="network-mode"
                value={m.mode}
                checked={value.mode === m.mode}
                onChange={() => onChange({ mode: m.mode, target: "" })}
                className="mt-0.5 accent-brand"
              />
              <span>
                <span className="font-medium text-ink">{m.label}</span>
                <span className="block text-[12px] text-ink-muted">{m.explain}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {value.mode === "network" && (
        <div>
          <label htmlFor={target.props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
            Network
          </label>
          <select {...target.props} value={value.target} onChange={(e) => onChange({ ...value, target: e.target.value })} className={inputClass}>
            <option value="">Pick a network…</option>
            {userNetworks.map((n) => (
              <option key={n.id} value={n.name}>
                {n.name} ({n.driver})
              </option>
            ))}
          </select>
          {networks && userNetworks.length === 0 && <p className="mt-1 text-[12px] text-ink-faint">No user networks yet (docker network create).</p>}
          <FieldMessage path="network.target" />
        </div>
      )}
      {value.mode === "container" && (
        <div>
          <label htmlFor={target.props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
            Container
          </label>
          <select {...target.props} value={value.target} onChange={(e) => onChange({ ...value, target: e.target.value })} className={inputClass}>
            <option value="">Pick a container…</option>
            {(containers ?? []).map((c) => (
              <option key={c.id} value={c.name}>
                {c.name} ({c.state})
              </option>
            ))}
          </select>
          <FieldMessage path="network.target" />
        </div>
      )}
      {value.mode === "host" && (
        <p role="note" className="flex items-start gap-2 rounded border border-warning bg-warning-tint px-3 py-2 text-[12px] text-warning-ink">
          <WarningIcon className="mt-0.5 size-4 shrink-0" />
          Host networking removes network isolation: the container can bind any port of the host and see all its interfaces.
        </p>
      )}
    </div>
  );
}
