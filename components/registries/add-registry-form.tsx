"use client";

import { useState, type FormEvent } from "react";
import { FieldErrorsProvider, TextField, buttonClass } from "@/components/ui/form-controls";
import { isApiError, errorMessage } from "@/lib/browser/api/api-error";
import { addRegistry } from "@/lib/browser/api/registry-actions";
import type { RegistryInfo } from "@/lib/shared/types/registries";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";

/** Adds a registry v2 by `host[:port]`, checked with the same schema as the API (the reference parser's host rules). */
export function AddRegistryForm({ onAdded }: { onAdded: (registry: RegistryInfo) => void }) {
  const [address, setAddress] = useState("");
  const [name, setName] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The schema (and zod with it) loads on the first submit, not with the page.
    const { addRegistryBody } = await import("@/lib/shared/schemas/registries");
    const parsed = addRegistryBody.safeParse({ address, name });
    setErrors(issuesToFields(parsed.error?.issues ?? []));
    if (!parsed.success) return;
    setBusy(true);
    try {
      const { registry } = await addRegistry(parsed.data);
      setAddress("");
      setName("");
      onAdded(registry);
    } catch (err) {
      // A duplicate (409) belongs under the address field; anything else too, it is the only thing sent.
      setErrors({ address: isApiError(err) && err.status === 409 ? err.message : errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a registry" className="space-y-2 border-t border-line px-3 py-3">
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">Add a registry</h3>
      <FieldErrorsProvider errors={errors} prefix="add-registry">
        <TextField path="address" label="Address (host[:port])" value={address} onChange={setAddress} mono spellCheck={false} autoComplete="off" placeholder="127.0.0.1:5000" />
        <TextField path="name" label="Name (optional)" value={name} onChange={setName} autoComplete="off" placeholder="Team registry" />
      </FieldErrorsProvider>
      <button type="submit" className={`${buttonClass("primary")} w-full`} disabled={busy}>
        {busy ? "Adding…" : "+ Add registry"}
      </button>
    </form>
  );
}
