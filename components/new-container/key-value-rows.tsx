"use client";

import type { KeyValue } from "@/lib/browser/containers/container-config-form";
import { CellInput, SmallButton } from "@/components/ui/form-controls";

/** Editable KEY / value rows (environment, labels). `path` is the body key the errors come back on. */
export function KeyValueRows({
  path,
  rows,
  onChange,
  keyLabel,
  valueLabel,
  addLabel,
  maskValues = false,
}: {
  path: string;
  rows: KeyValue[];
  onChange: (rows: KeyValue[]) => void;
  keyLabel: string;
  valueLabel: string;
  addLabel: string;
  /** Values as password fields: an existing container's env often holds secrets. */
  maskValues?: boolean;
}) {
  const set = (i: number, patch: Partial<KeyValue>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="space-y-1.5">
      {rows.length > 0 && (
        <div className="grid grid-cols-[1fr_1.5fr_auto] gap-2 text-[11px] font-semibold uppercase tracking-wide text-ink-faint" aria-hidden>
          <span>{keyLabel}</span>
          <span>{valueLabel}</span>
          <span className="w-7" />
        </div>
      )}
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[1fr_1.5fr_auto] items-start gap-2">
          <CellInput path={`${path}.${i}.key`} label={`${keyLabel} ${i + 1}`} value={row.key} onChange={(key) => set(i, { key })} className="font-mono" spellCheck={false} />
          <CellInput path={`${path}.${i}.value`} label={`${valueLabel} ${i + 1}`} value={row.value} onChange={(value) => set(i, { value })} spellCheck={false} type={maskValues ? "password" : "text"} autoComplete="off" />
          <SmallButton label={`Remove ${keyLabel.toLowerCase()} ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ✕
          </SmallButton>
        </div>
      ))}
      <SmallButton onClick={() => onChange([...rows, { key: "", value: "" }])}>{addLabel}</SmallButton>
    </div>
  );
}
