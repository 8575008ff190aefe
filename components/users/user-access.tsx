"use client";

import { useState, type ReactNode } from "react";
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
      <RevocableList
        label={`Sessions of ${name}`}
        heading="Sessions"
        empty="No open sessions."
        items={sessions?.map((s) => ({
          key: s.id,
          main: <span className="font-mono">{s.address ?? "unknown address"}</span>,
          note: `last seen ${when(s.lastSeenAt)}`,
          revokeLabel: `Revoke session ${s.id}`,
          revoke: run(() => revokeSession(name, s.id)),
        }))}
      />
      <RevocableList
        label={`API tokens of ${name}`}
        heading="API tokens"
        empty="No API tokens."
        items={tokens?.map((t) => ({
          key: t.id,
          main: <span>{t.name}</span>,
          note: `used ${when(t.lastUsedAt)}`,
          revokeLabel: `Revoke token ${t.name}`,
          revoke: run(() => revokeUserToken(name, t.id)),
        }))}
      />
      {(failure ?? error) && (
        <p role="alert" className="text-[12px] text-danger-ink md:col-span-2">
          {failure ?? errorMessage(error)}
        </p>
      )}
    </div>
  );
}

interface Revocable {
  key: number;
  main: ReactNode;
  note: string;
  revokeLabel: string;
  revoke: () => void;
}

/** Sessions and tokens look and end alike: a row each, with when it was last used and a Revoke button. */
function RevocableList({ label, heading, empty, items }: { label: string; heading: string; empty: string; items?: Revocable[] }) {
  return (
    <section aria-label={label}>
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">{heading}</h3>
      {items?.length === 0 && <p className="text-[12px] text-ink-muted">{empty}</p>}
      <ul className="mt-1 space-y-1">
        {items?.map((item) => (
          <li key={item.key} className="flex items-center gap-2 text-[12px]">
            {item.main}
            <span className="text-ink-muted">{item.note}</span>
            <span className="ml-auto">
              <SmallButton label={item.revokeLabel} onClick={item.revoke}>
                Revoke
              </SmallButton>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
