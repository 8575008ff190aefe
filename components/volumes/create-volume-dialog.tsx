"use client";

import { issuesToFields, pickFields } from "@/lib/shared/schemas/field-errors";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { useId, useState, type FormEvent } from "react";
import { Modal } from "@/components/ui/modal";
import { FieldErrorsProvider, FormSection, TextField } from "@/components/ui/form-controls";
import { KeyValueRows } from "@/components/new-container/key-value-rows";
import type { KeyValue } from "@/lib/browser/containers/container-config-form";
import { errorMessage } from "@/lib/browser/api/api-error";
import { postJson } from "@/lib/browser/api/fetch-json";
import { createVolumeSchema } from "@/lib/shared/schemas/volumes";
import type { VolumeDetail } from "@/lib/shared/types/volumes";
import { rowsToRecord } from "./kv-record";

/** `docker volume create` as a form; validated here with the same schema the API uses. */
export function CreateVolumeDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (volume: VolumeDetail) => void }) {
  const id = useId();
  const [name, setName] = useState("");
  const [driver, setDriver] = useState("local");
  const [options, setOptions] = useState<KeyValue[]>([]);
  const [labels, setLabels] = useState<KeyValue[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const opts = rowsToRecord(options, "options");
    const labs = rowsToRecord(labels, "labels");
    const parsed = createVolumeSchema.safeParse({ name, driver, options: opts.record, labels: labs.record });
    // Options and labels are marked by row (rowsToRecord); the schema's own words are kept for the plain fields.
    const schemaErrors = parsed.success ? {} : issuesToFields(parsed.error.issues);
    const next: Record<string, string> = { ...opts.errors, ...labs.errors, ...pickFields(schemaErrors, ["name", "driver"]) };
    setErrors(next);
    if (!parsed.success || Object.keys(next).length) return;
    setBusy(true);
    try {
      const { volume } = await postJson<{ volume: VolumeDetail }>("/api/volumes", parsed.data);
      onCreated(volume);
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} preventClose={busy} className="w-[min(36rem,calc(100vw-2rem))]">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
          New volume
        </h2>
        <FieldErrorsProvider errors={errors} prefix="new-volume">
          <div className="mt-4 max-h-[65vh] space-y-3 overflow-y-auto">
            <div className="grid grid-cols-[2fr_1fr] gap-3">
              <TextField autoFocus path="name" label="Name" value={name} onChange={setName} mono spellCheck={false} autoComplete="off" placeholder="app-data" />
              <TextField path="driver" label="Driver" value={driver} onChange={setDriver} mono spellCheck={false} />
            </div>
            <FormSection title="Driver options" description="Passed to the driver as-is, like docker volume create -o type=tmpfs.">
              <KeyValueRows path="options" rows={options} onChange={setOptions} keyLabel="Option" valueLabel="Value" addLabel="+ Add option" />
            </FormSection>
            <FormSection title="Labels">
              <KeyValueRows path="labels" rows={labels} onChange={setLabels} keyLabel="Label" valueLabel="Value" addLabel="+ Add label" />
            </FormSection>
          </div>
        </FieldErrorsProvider>
        <DialogError message={failure} />
        <DialogActions label="Create volume" busyLabel="Creating…" busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
