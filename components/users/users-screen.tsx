"use client";

import { errorMessage } from "@/lib/browser/api/api-error";
import { useSession } from "@/lib/browser/hooks/use-session";
import { useUsers } from "@/lib/browser/hooks/use-users";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { CardTable } from "@/components/ui/data-table";
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
          {/* A card per account on a phone: the role picker and three buttons do not fit one 390 px row. */}
          <div className="mt-4 rounded border border-line bg-surface">
            <CardTable aria-label="Users" className="border-collapse text-[13px]">
              <thead>
                <tr className="border-b border-line text-left text-[11px] font-semibold tracking-wide text-ink-muted uppercase">
                  <th className="px-3 py-2">Name</th>
                  <th className="px-3 py-2">Role</th>
                  <th className="px-3 py-2">State</th>
                  <th className="px-3 py-2 text-right">Actions</th>
                </tr>
              </thead>
              <tbody>
                {users?.map((u) => (
                  <UserRow key={u.id} user={u} onChanged={() => void mutate()} />
                ))}
              </tbody>
            </CardTable>
          </div>
        </>
      )}
    </Screen>
  );
}
