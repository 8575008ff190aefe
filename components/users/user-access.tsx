"use client";

import { useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { revokeSession, revokeUserToken } from "@/lib/browser/api/user-actions";
import { formatDateTime } from "@/lib/browser/format-date";
import { useUserAccess } from "@/lib/browser/hooks/use-user-access";
import { SmallButton } from "@/components/ui/form-controls";

const when = (ms: number | null) => (ms ? formatDateTime(new Date(ms)) : "never");

/** One account's open sessions and API tokens, each revocable: its next request with that one answers 401. */
export function UserAccess({ name }: { name: string }) {
  const { sessions, tokens, error, refresh } = useUserAccess(name);
  const [failure, setFailure] = useState<string>();
  const run = (action: () => Promise<unknown>) => async () => {
    setFailure(undefined);
    try {
      await action();
    } catch (err) {
      setFailure(errorMessage(err));
    }
    await refresh();
  };

  return (
    <div className="grid grid-cols-1 gap-4 bg-pane px-3 py-2 md:grid-cols-2">
      <section aria-label={`Sessions of ${name}`}>
        <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">Sessions</h3>
        {sessions?.length === 0 && <p className="text-[12px] text-ink-muted">No open sessions.</p>}
        <ul className="mt-1 space-y-1">
          {sessions?.map((s) => (
            <li key={s.id} className="flex items-center gap-2 text-[12px]">
              <span className="font-mono">{s.address ?? "unknown address"}</span>
              <span className="text-ink-muted">last seen {when(s.lastSeenAt)}</span>
              <span className="ml-auto">
                <SmallButton label={`Revoke session ${s.id}`} onClick={run(() => revokeSession(name, s.id))}>
                  Revoke
                </SmallButton>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={`API tokens of ${name}`}>
        <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">API tokens</h3>
        {tokens?.length === 0 && <p className="text-[12px] text-ink-muted">No API tokens.</p>}
        <ul className="mt-1 space-y-1">
          {tokens?.map((t) => (
            <li key={t.id} className="flex items-center gap-2 text-[12px]">
              <span>{t.name}</span>
              <span className="text-ink-muted">used {when(t.lastUsedAt)}</span>
              <span className="ml-auto">
                <SmallButton label={`Revoke token ${t.name}`} onClick={run(() => revokeUserToken(name, t.id))}>
                  Revoke
                </SmallButton>
              </span>
            </li>
          ))}
        </ul>
      </section>
      {(failure ?? error) && (
        <p role="alert" className="text-[12px] text-danger-ink md:col-span-2">
          {failure ?? errorMessage(error)}
        </p>
      )}
    </div>
  );
}
