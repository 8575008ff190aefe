"use client";

import { EVENT_TYPES } from "@/lib/shared/events/history-limits";
import { Checkbox, inputClass, TextField } from "@/components/ui/form-controls";

export interface EventFilterForm {
  type: string;
  action: string;
  container: string;
  image: string;
  /** datetime-local values, local time. */
  since: string;
  until: string;
  hideExec: boolean;
}

export const EMPTY_FILTER_FORM: EventFilterForm = { type: "", action: "", container: "", image: "", since: "", until: "", hideExec: true };

/** The filter row: applies to the live rows at once, and is the query when loading history. */
export function EventsFilters({ value, onChange }: { value: EventFilterForm; onChange: (next: EventFilterForm) => void }) {
  const set = <K extends keyof EventFilterForm>(key: K) => (v: EventFilterForm[K]) => onChange({ ...value, [key]: v });
  return (
    <div role="group" aria-label="Event filters" className="grid grid-cols-2 items-end gap-3 md:grid-cols-4 xl:grid-cols-7">
      <div className="min-w-0">
        <label htmlFor="ev-type" className="mb-1 block text-[12px] font-medium text-ink-muted">
          Type
        </label>
        <select id="ev-type" value={value.type} onChange={(e) => set("type")(e.target.value)} className={inputClass}>
          <option value="">All types</option>
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <TextField path="ev-action" label="Action" placeholder="start, die, pull…" value={value.action} onChange={set("action")} />
      <TextField path="ev-container" label="Container" placeholder="name or id" value={value.container} onChange={set("container")} />
      <TextField path="ev-image" label="Image" placeholder="e.g. nginx" value={value.image} onChange={set("image")} />
      <TextField path="ev-since" label="Since" type="datetime-local" step={1} value={value.since} onChange={set("since")} />
      <TextField path="ev-until" label="Until" type="datetime-local" step={1} value={value.until} onChange={set("until")} />
      <div className="pb-1.5">
        <Checkbox label="Hide exec & top" checked={value.hideExec} onChange={set("hideExec")} />
      </div>
    </div>
  );
}
