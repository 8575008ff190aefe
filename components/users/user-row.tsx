"use client";

import { Fragment, useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { resetPassword, updateUser } from "@/lib/browser/api/user-actions";
import { ROLES, type Role } from "@/lib/shared/auth/roles";
import type { UserView } from "@/lib/shared/schemas/users";
import { inputClass, SmallButton } from "@/components/ui/form-controls";
import { SetupLink } from "./setup-link";
import { UserAccess } from "./user-access";
import { Cell } from "@/components/ui/data-table";

/** One account: its role, enabled or not, a password reset (a one-time link), and its sessions and tokens. */
export function UserRow({ user, onChanged }: { user: UserView; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [link, setLink] = useState<string>();
  const run = (action: () => Promise<unknown>) => async () => {
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(errorMessage(err));
    }
    onChanged();
  };
  const reset = run(async () => setLink((await resetPassword(user.name)).setupPath));

  return (
    <Fragment>
      <tr className="border-b border-line last:border-0">
        <Cell className="px-3 py-2 font-medium">{user.name}</Cell>
        <Cell label="Role" className="px-3 py-2">
          <select
            aria-label={`Role of ${user.name}`}
            value={user.role}
            onChange={(e) => void run(() => updateUser(user.name, { role: e.target.value as Role }))()}
            className={`${inputClass} w-32`}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Cell>
        <Cell label="State" className="px-3 py-2 text-ink-muted">
          {user.disabled ? "disabled" : user.passwordSet ? "enabled" : "waiting for setup link"}
        </Cell>
        <Cell className="px-3 py-2">
          <div className="flex flex-wrap justify-end gap-1.5 max-sm:justify-start max-sm:pt-1">
            <SmallButton label={`${user.disabled ? "Enable" : "Disable"} ${user.name}`} onClick={run(() => updateUser(user.name, { disabled: !user.disabled }))}>
              {user.disabled ? "Enable" : "Disable"}
            </SmallButton>
            <SmallButton label={`Reset password of ${user.name}`} onClick={reset}>
              Reset password
            </SmallButton>
            <SmallButton label={`Sessions and tokens of ${user.name}`} onClick={() => setOpen((o) => !o)}>
              {open ? "Hide access" : "Sessions and tokens"}
            </SmallButton>
          </div>
        </Cell>
      </tr>
      {(error || link || open) && (
        <tr className="border-b border-line">
          <td colSpan={4} className="px-3 py-1">
            {error && (
              <p role="alert" className="text-[12px] text-danger-ink">
                {error}
              </p>
            )}
            {link && <SetupLink name={user.name} path={link} />}
            {open && <UserAccess name={user.name} />}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
