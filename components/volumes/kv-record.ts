import type { KeyValue } from "@/lib/browser/containers/container-config-form";

/** Form rows → `{ key: value }`; blank rows are dropped, and each problem is reported on its row's field. */
export function rowsToRecord(rows: KeyValue[], path: string): { record: Record<string, string>; errors: Record<string, string> } {
  const record: Record<string, string> = {};
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (!key && !row.value) return;
    if (!key) errors[`${path}.${i}.key`] = "Key is required";
    else if (key in record) errors[`${path}.${i}.key`] = `Duplicate key ${key}`;
    else record[key] = row.value;
  });
  return { record, errors };
}
