"use client";

import { inputClass, FieldMessage, TextField, useField } from "@/components/ui/form-controls";

export type RestartName = "no" | "always" | "unless-stopped" | "on-failure";

const POLICIES: { value: RestartName; label: string }[] = [
  { value: "no", label: "No (never restart)" },
  { value: "always", label: "Always" },
  { value: "unless-stopped", label: "Unless stopped" },
  { value: "on-failure", label: "On failure" },
];

/** Restart policy + memory/CPU limits: the settings the engine can also change in place. */
export function RestartResources({
  policy,
  onPolicy,
  memory,
  onMemory,
  cpus,
  onCpus,
}: {
  policy: { name: RestartName; maximumRetryCount: string };
  onPolicy: (p: { name: RestartName; maximumRetryCount: string }) => void;
  memory: string;
  onMemory: (v: string) => void;
  cpus: string;
  onCpus: (v: string) => void;
}) {
  const name = useField("restartPolicy.name");
  return (
    <div className="grid grid-cols-2 gap-3">
      <div>
        <label htmlFor={name.props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
          Restart policy
        </label>
        <select {...name.props} value={policy.name} onChange={(e) => onPolicy({ ...policy, name: e.target.value as RestartName })} className={inputClass}>
          {POLICIES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
        <FieldMessage path="restartPolicy.name" />
      </div>
      {policy.name === "on-failure" ? (
        <TextField
          path="restartPolicy.maximumRetryCount"
          label="Maximum retries"
          inputMode="numeric"
          placeholder="0 = unlimited"
          value={policy.maximumRetryCount}
          onChange={(maximumRetryCount) => onPolicy({ ...policy, maximumRetryCount })}
        />
      ) : (
        <div />
      )}
      <TextField path="memory" label="Memory limit" placeholder="e.g. 512m, 1g" value={memory} onChange={onMemory} hint="Blank: no limit." />
      <TextField path="cpus" label="CPU limit" placeholder="e.g. 0.5, 2" inputMode="decimal" value={cpus} onChange={onCpus} hint="Number of CPUs; blank: no limit." />
    </div>
  );
}
