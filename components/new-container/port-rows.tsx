"use client";

import { emptyPort, type PortInput } from "@/lib/browser/containers/container-config-form";
import { CellInput, FieldMessage, inputClass, SmallButton } from "@/components/ui/form-controls";

/** Published ports: host IP (blank: all), host port (blank: random), container port, protocol. */
export function PortRows({ rows, onChange }: { rows: PortInput[]; onChange: (rows: PortInput[]) => void }) {
  const set = (i: number, patch: Partial<PortInput>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="space-y-1.5">
      {rows.length > 0 && (
        <div className="grid grid-cols-[1.2fr_1fr_1fr_5rem_auto] gap-2 text-[11px] font-semibold uppercase tracking-wide text-ink-faint" aria-hidden>
          <span>Host IP</span>
          <span>Host port</span>
          <span>Container port</span>
          <span>Protocol</span>
          <span className="w-7" />
        </div>
      )}
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[1.2fr_1fr_1fr_5rem_auto] items-start gap-2">
          <CellInput path={`ports.${i}.hostIp`} label={`Host IP ${i + 1}`} placeholder="all addresses" value={row.hostIp} onChange={(hostIp) => set(i, { hostIp })} />
          <CellInput path={`ports.${i}.hostPort`} label={`Host port ${i + 1}`} placeholder="random" inputMode="numeric" value={row.hostPort} onChange={(hostPort) => set(i, { hostPort })} />
          <CellInput path={`ports.${i}.containerPort`} label={`Container port ${i + 1}`} placeholder="80" inputMode="numeric" value={row.containerPort} onChange={(containerPort) => set(i, { containerPort })} />
          <div>
            <select aria-label={`Protocol ${i + 1}`} value={row.protocol} onChange={(e) => set(i, { protocol: e.target.value as PortInput["protocol"] })} className={inputClass}>
              <option value="tcp">tcp</option>
              <option value="udp">udp</option>
            </select>
            <FieldMessage path={`ports.${i}.protocol`} />
          </div>
          <SmallButton label={`Remove port ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ✕
          </SmallButton>
        </div>
      ))}
      <SmallButton onClick={() => onChange([...rows, emptyPort()])}>+ Add port</SmallButton>
    </div>
  );
}
