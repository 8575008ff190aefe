"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";
import { createStack } from "@/lib/browser/api/stack-actions";
import { stackHref } from "@/lib/browser/paths/stacks";
import { FieldErrorsProvider, TextField, buttonClass } from "@/components/ui/form-controls";
import { DialogError } from "@/components/ui/dialog-parts";
import { CodeField, FILE_INPUT } from "@/components/images/import-form-parts";
import { useAction } from "@/lib/browser/hooks/use-action";
import { DetailScreen } from "@/components/ui/screen";

/** Reads an uploaded file's text into a field (a compose file or a .env is small text). */
function UploadText({ label, onText }: { label: string; onText: (text: string) => void }) {
  return (
    <label className="block text-[12px] text-ink-muted">
      {label}
      <input type="file" className={`mt-1 ${FILE_INPUT}`} onChange={(e) => void e.target.files?.[0]?.text().then(onText)} />
    </label>
  );
}

/** Paste or upload a compose.yaml (+ .env), name it, deploy: kept under Berth's data dir, checked by `compose config`. */
export function NewStackScreen() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [compose, setCompose] = useState("");
  const [env, setEnv] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Busy stays on after a success: the page is about to change.
  const { busy, error: failure, setError: setFailure, run } = useAction({ keepBusy: true });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    // The schema (and zod with it) loads on the first submit, not with the page.
    const { createStackBody } = await import("@/lib/shared/schemas/stacks");
    const parsed = createStackBody.safeParse({ name, compose, ...(env ? { env } : {}) });
    setErrors(parsed.success ? {} : issuesToFields(parsed.error.issues));
    if (!parsed.success) return;
    if (await run(() => createStack(parsed.data))) router.push(stackHref(parsed.data.name));
  };

  return (
    <DetailScreen parent={{ href: "/stacks", label: "Stacks" }} title="New stack">
      <form onSubmit={submit} noValidate className="max-w-3xl space-y-3">
        <FieldErrorsProvider errors={errors} prefix="new-stack">
          <TextField
            autoFocus
            path="name"
            label="Name"
            value={name}
            onChange={setName}
            mono
            spellCheck={false}
            autoComplete="off"
            placeholder="my-app"
            hint="Lowercase letters, digits, - and _, starting with a letter or digit (Compose's rule)."
          />
          <CodeField path="compose" label="compose.yaml" value={compose} onChange={setCompose} rows={16} placeholder={"services:\n  web:\n    image: …"} />
          <UploadText label="…or upload compose.yaml" onText={setCompose} />
          <CodeField path="env" label=".env (optional)" value={env} onChange={setEnv} rows={4} placeholder="KEY=value" />
          <UploadText label="…or upload .env" onText={setEnv} />
        </FieldErrorsProvider>
        <DialogError message={failure} className="whitespace-pre-wrap font-mono text-[12px]" />
        <div className="flex justify-end">
          <button type="submit" disabled={busy} className={buttonClass("primary")}>
            {busy ? "Checking…" : "Deploy"}
          </button>
        </div>
      </form>
    </DetailScreen>
  );
}
