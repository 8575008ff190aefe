"use client";

import { useId, useState, type FormEvent } from "react";
import { Modal } from "@/components/ui/modal";
import { Checkbox, FieldErrorsProvider, TextField } from "@/components/ui/form-controls";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { errorMessage } from "@/lib/browser/api/api-error";
import { logIn } from "@/lib/browser/api/registry-actions";
import type { RegistryInfo } from "@/lib/shared/types/registries";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";
import { loginBody } from "@/lib/shared/schemas/registries";

/**
 * `docker login` for one registry. The engine checks the password before Berth keeps it; it is never
 * shown again (the screen says only who is logged in).
 */
export function LoginDialog({ registry, onClose, onLoggedIn }: { registry: RegistryInfo; onClose: () => void; onLoggedIn: (r: RegistryInfo) => void }) {
  const id = useId();
  const [username, setUsername] = useState(registry.loggedInAs ?? "");
  const [password, setPassword] = useState("");
  const [remember, setRemember] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(undefined);
    const parsed = loginBody.safeParse({ username, password, remember });
    setErrors(issuesToFields(parsed.error?.issues ?? []));
    if (!parsed.success) return;
    setBusy(true);
    try {
      const { registry: updated } = await logIn(registry.id, parsed.data);
      onLoggedIn(updated);
      onClose();
    } catch (err) {
      setFailure(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} preventClose={busy} className="w-[min(28rem,calc(100vw-2rem))]">
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
          Log in to {registry.name}
        </h2>
        <p className="mt-1 font-mono text-[12px] text-ink-muted">{registry.address}</p>
        <FieldErrorsProvider errors={errors} prefix="registry-login">
          <div className="mt-4 space-y-3">
            <TextField autoFocus path="username" label="User name" value={username} onChange={setUsername} autoComplete="username" spellCheck={false} />
            <TextField path="password" label="Password or access token" type="password" value={password} onChange={setPassword} autoComplete="current-password" />
            <Checkbox
              label="Remember on this machine"
              checked={remember}
              onChange={setRemember}
              hint="Kept in Berth's data directory in a file only the server's user can read. Otherwise the login lasts until Berth restarts."
            />
          </div>
        </FieldErrorsProvider>
        <DialogError message={failure} />
        <DialogActions label="Log in" busyLabel="Checking…" busy={busy} onCancel={onClose} />
      </form>
    </Modal>
  );
}
