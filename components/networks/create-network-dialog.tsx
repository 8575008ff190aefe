"use client";

import { issuesToFields, pickFields } from "@/lib/shared/schemas/field-errors";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { useId, useState, type FormEvent } from "react";
import { Modal } from "@/components/ui/modal";
import { Checkbox, FieldErrorsProvider, FormSection, TextField } from "@/components/ui/form-controls";
import { KeyValueRows } from "@/components/new-container/key-value-rows";
import type { KeyValue } from "@/lib/browser/containers/container-config-form";
import { errorMessage } from "@/lib/browser/api/api-error";
import { postJson } from "@/lib/browser/api/fetch-json";
import { createNetworkSchema } from "@/lib/shared/schemas/networks";
import type { NetworkDetail } from "@/lib/shared/types/networks";
import { rowsToRecord } from "@/components/volumes/kv-record";

/** `docker network create` for bridge networks; validated here with the schema the API uses. */
export function CreateNetworkDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (network: NetworkDetail) => void }) {
  const id = useId();
  const [name, setName] = useState("");
  const [subnet, setSubnet] = useState("");
  const [gateway, setGateway] = useState("");
  const [internal, setInternal] = useState(false);
  const [attachable, setAttachable] = useState(false);
  const [labels, setLabels] = useState<KeyValue[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const labs = rowsToRecord(labels, "labels");
    const parsed = createNetworkSchema.safeParse({ name, driver: "bridge", subnet, gateway, internal, attachable, labels: labs.record });
    // Labels are marked by row (rowsToRecord); the schema's own words are kept for the plain fields.
    const schemaErrors = parsed.success ? {} : issuesToFields(parsed.error.issues);
    const next: Record<string, string> = { ...labs.errors, ...pickFields(schemaErrors, ["name", "subnet", "gateway"]) };
    setErrors(next);
    if (!parsed.success || Object.keys(next).length) return;
    setBusy(true);
    try {
      const { network } = await postJson<{ network: NetworkDetail }>("/api/networks", parsed.data);
      onCreated(network);
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
          New bridge network
        </h2>
        <FieldErrorsProvider errors={errors} prefix="new-network">
          <div className="mt-4 max-h-[65vh] space-y-3 overflow-y-auto">
            <TextField autoFocus path="name" label="Name" value={name} onChange={setName} mono spellCheck={false} autoComplete="off" placeholder="app-net" />
            <div className="grid grid-cols-2 gap-3">
              <TextField path="subnet" label="Subnet (optional)" value={subnet} onChange={setSubnet} mono spellCheck={false} placeholder="10.213.200.0/24" hint="Empty: the engine picks a free range." />
              <TextField path="gateway" label="Gateway (optional)" value={gateway} onChange={setGateway} mono spellCheck={false} placeholder="10.213.200.1" hint="Must lie inside the subnet." />
            </div>
            <Checkbox label="Internal" checked={internal} onChange={setInternal} hint="No route to the outside world: containers only reach each other." />
            <Checkbox label="Attachable" checked={attachable} onChange={setAttachable} hint="Lets standalone containers join (matters for swarm-scoped networks)." />
            <FormSection title="Labels">
              <KeyValueRows path="labels" rows={labels} onChange={setLabels} keyLabel="Label" valueLabel="Value" addLabel="+ Add label" />
            </FormSection>
          </div>
        </FieldErrorsProvider>
        <DialogError message={failure} />
        <DialogActions label="Create network" busyLabel="Creating…" busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
