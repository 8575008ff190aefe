"use client";

import { useId } from "react";
import { emptyMount, type MountInput } from "@/lib/browser/containers/container-config-form";
import { useVolumes } from "@/lib/browser/hooks/use-volumes";
import { CellInput, inputClass, SmallButton } from "@/components/ui/form-controls";

/** Bind mounts (host path → container path) and named volumes (existing or new), each optionally read-only. */
export function MountRows({ rows, onChange }: { rows: MountInput[]; onChange: (rows: MountInput[]) => void }) {
  const { volumes } = useVolumes();
  const listId = useId();
  const set = (i: number, patch: Partial<MountInput>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="space-y-1.5">
      <datalist id={listId}>
        {(volumes ?? []).map((v) => (
          <option key={v.name} value={v.name} />
        ))}
      </datalist>
      {rows.length > 0 && (
        <div className="grid grid-cols-[7.5rem_1.3fr_1fr_auto_auto] gap-2 text-[11px] font-semibold uppercase tracking-wide text-ink-faint" aria-hidden>
          <span>Type</span>
          <span>Host path / volume</span>
          <span>Container path</span>
          <span>Read-only</span>
          <span className="w-7" />
        </div>
      )}
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[7.5rem_1.3fr_1fr_auto_auto] items-start gap-2">
          <select aria-label={`Mount type ${i + 1}`} value={row.type} onChange={(e) => set(i, { type: e.target.value as MountInput["type"] })} className={inputClass}>
            <option value="bind">Bind mount</option>
            <option value="volume">Volume</option>
          </select>
          {row.type === "bind" ? (
            <CellInput path={`mounts.${i}.source`} label={`Host path ${i + 1}`} placeholder="/absolute/host/path" value={row.source} onChange={(source) => set(i, { source })} className="font-mono" spellCheck={false} />
          ) : (
            <CellInput
              path={`mounts.${i}.source`}
              label={`Volume name ${i + 1}`}
              placeholder="existing or new volume"
              list={listId}
              value={row.source}
              onChange={(source) => set(i, { source })}
              spellCheck={false}
            />
          )}
          <CellInput path={`mounts.${i}.target`} label={`Container path ${i + 1}`} placeholder="/data" value={row.target} onChange={(target) => set(i, { target })} className="font-mono" spellCheck={false} />
          <label className="flex h-8 items-center gap-1 text-[12px] text-ink-muted">
            <input type="checkbox" aria-label={`Read-only ${i + 1}`} checked={row.readOnly} onChange={(e) => set(i, { readOnly: e.target.checked })} className="accent-brand" />
            ro
          </label>
          <SmallButton label={`Remove mount ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ✕
          </SmallButton>
        </div>
      ))}
      <div className="flex gap-2">
        <SmallButton onClick={() => onChange([...rows, emptyMount("bind")])}>+ Bind mount</SmallButton>
        <SmallButton onClick={() => onChange([...rows, emptyMount("volume")])}>+ Volume</SmallButton>
      </div>
      {rows.some((r) => r.type === "volume") && (
        <p className="text-[12px] text-ink-faint">A volume name that does not exist yet is created by the engine.</p>
      )}
    </div>
  );
}
