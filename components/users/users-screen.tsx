"use client";

import { errorMessage } from "@/lib/browser/api/api-error";
import { useSession } from "@/lib/browser/hooks/use-session";
import { useUsers } from "@/lib/browser/hooks/use-users";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { AddUserForm } from "./add-user-form";
import { UserRow } from "./user-row";

/** Team mode's accounts, for admins: add, change role, reset a password, disable, revoke sessions and tokens. */
export function UsersScreen() {
  const { session, can } = useSession();
  const team = session?.mode === "team";
  const { users, error, mutate } = useUsers(team && can("admin"));

  return (
    <Screen>
      <ScreenTitle>Users</ScreenTitle>
      {session?.mode === "local" && (
        <div role="note" className="mt-3 max-w-2xl rounded border border-line bg-surface p-3 text-[13px] text-ink">
          <p>Accounts exist only in team mode. In local mode Berth has one key, and whoever holds it is an admin.</p>
          <p className="mt-2 text-ink-muted">
            To share Berth with a team, create the first admin with <code className="font-mono">npm run berth -- user add NAME --role admin</code>,
            then start Berth with <code className="font-mono">BERTH_MODE=team</code>.
          </p>
        </div>
      )}
      {team && !can("admin") && <p className="mt-3 text-[13px] text-ink-muted">Only admins manage accounts.</p>}
      {team && can("admin") && (
        <>
          <p className="mt-1 text-[12px] text-ink-muted">
            Viewers see everything with environment values masked; operators also run the lifecycle, logs and terminals; admins do everything.
            Disabling an account ends its sessions at once.
          </p>
          <AddUserForm onAdded={() => void mutate()} />
          {error && (
            <p role="alert" className="mt-3 text-[13px] text-danger-ink">
              {errorMessage(error)}
            </p>
          )}
          <table aria-label="Users" className="mt-4 w-full border-collapse rounded border border-line bg-surface text-[13px]">
            <thead>
              <tr className="border-b border-line text-left text-[12px] text-ink-muted">
                <th className="px-2 py-1.5 font-medium">Name</th>
                <th className="px-2 py-1.5 font-medium">Role</th>
                <th className="px-2 py-1.5 font-medium">State</th>
                <th className="px-2 py-1.5 text-right font-medium">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users?.map((u) => (
                <UserRow key={u.id} user={u} onChanged={() => void mutate()} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </Screen>
  );
}
