"use client";

import { useState } from "react";
import { parseEnvFile } from "@/lib/shared/env-file";
import type { KeyValue } from "@/lib/browser/containers/container-config-form";
import { FieldMessage, SmallButton, useField } from "@/components/ui/form-controls";
import { KeyValueRows } from "./key-value-rows";

/** Variables as rows, plus a box to paste an env file (sent as is, read like `docker run --env-file`, checked line by line). */
export function EnvEditor({
  rows,
  onRows,
  text,
  onText,
  masked = false,
}: {
  rows: KeyValue[];
  onRows: (rows: KeyValue[]) => void;
  text?: string;
  onText?: (text: string) => void;
  /** Start with the values hidden behind a "Show values" toggle. */
  masked?: boolean;
}) {
  const { props } = useField("envText");
  const [shown, setShown] = useState(!masked);
  const parsed = text ? parseEnvFile(text) : undefined;
  return (
    <div className="space-y-3">
      {masked && rows.length > 0 && (
        <SmallButton onClick={() => setShown((s) => !s)}>{shown ? "Hide values" : "Show values"}</SmallButton>
      )}
      <KeyValueRows path="env" rows={rows} onChange={onRows} keyLabel="Variable" valueLabel="Value" addLabel="+ Add variable" maskValues={!shown} />
      {onText && (
        <div>
          <label htmlFor={props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
            Paste .env
          </label>
          <textarea
            {...props}
            value={text ?? ""}
            onChange={(e) => onText(e.target.value)}
            rows={3}
            spellCheck={false}
            placeholder={"KEY=value\n# comments and blank lines are skipped"}
            aria-describedby={[props["aria-describedby"], `${props.id}-hint`].filter(Boolean).join(" ")}
            className="w-full rounded border border-line px-2 py-1.5 font-mono text-[12px] focus:border-brand focus:outline-none aria-[invalid=true]:border-danger"
          />
          <p id={`${props.id}-hint`} className="mt-1 text-[11px] text-ink-muted">
            Read like <code>docker run --env-file</code>: each value exactly as written, quotes included.
          </p>
          <FieldMessage path="envText" />
          {parsed && parsed.rows.length > 0 && parsed.errors.length === 0 && (
            <SmallButton
              onClick={() => {
                onRows([...rows.filter((r) => r.key || r.value), ...parsed.rows]);
                onText("");
              }}
            >
              Move {parsed.rows.length} to rows
            </SmallButton>
          )}
        </div>
      )}
    </div>
  );
}
