"use client";

import { useState, type FormEvent } from "react";
import { addUser } from "@/lib/browser/api/user-actions";
import { errorMessage } from "@/lib/browser/api/api-error";
import { ROLES, type Role } from "@/lib/shared/auth/roles";
import { buttonClass, inputClass, TextField } from "@/components/ui/form-controls";
import { SetupLink } from "./setup-link";

/** Adds an account: with a password typed here, or (left empty) with a one-time link its owner opens to choose one. */
export function AddUserForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("viewer");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [link, setLink] = useState<{ name: string; path: string }>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setLink(undefined);
    // The schema (and zod with it) loads on the first submit, not with the page.
    const { addUserBody } = await import("@/lib/shared/schemas/users");
    const parsed = addUserBody.safeParse({ name, role, password });
    if (!parsed.success) return setError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    setBusy(true);
    try {
      const { user, setupPath } = await addUser(parsed.data);
      if (setupPath) setLink({ name: user.name, path: setupPath });
      setName("");
      setPassword("");
      onAdded();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form aria-label="Add a user" onSubmit={submit} className="mt-4 rounded border border-line bg-surface p-3">
      <div className="grid grid-cols-1 items-end gap-3 md:grid-cols-[1fr_10rem_1fr_auto]">
        <TextField path="user-name" label="Name" value={name} onChange={setName} autoComplete="off" required />
        <div className="min-w-0">
          <label htmlFor="user-role" className="mb-1 block text-[12px] font-medium text-ink-muted">
            Role
          </label>
          <select id="user-role" value={role} onChange={(e) => setRole(e.target.value as Role)} className={inputClass}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <TextField
          path="user-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          placeholder="empty: make a one-time setup link"
          value={password}
          onChange={setPassword}
        />
        <button type="submit" disabled={busy} className={buttonClass("primary")}>
          Add user
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-[13px] text-danger-ink">
          {error}
        </p>
      )}
      {link && <SetupLink name={link.name} path={link.path} />}
    </form>
  );
}
