"use client";

import { useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { createOwnToken, revokeOwnToken } from "@/lib/browser/api/user-actions";
import { formatDateTime } from "@/lib/browser/format-date";
import { useOwnTokens } from "@/lib/browser/hooks/use-own-tokens";
import { buttonClass, SmallButton, TextField } from "@/components/ui/form-controls";

/** The signed-in account's API tokens: made here (shown once), used as `Authorization: Bearer`, revoked here. */
export function OwnTokens() {
  const { tokens, error, mutate } = useOwnTokens(true);
  const [label, setLabel] = useState("");
  const [made, setMade] = useState<string>();
  const [failure, setFailure] = useState<string>();

  async function create(e: FormEvent) {
    e.preventDefault();
    setFailure(undefined);
    try {
      setMade((await createOwnToken(label.trim())).token);
      setLabel("");
    } catch (err) {
      setFailure(errorMessage(err));
    }
    await mutate();
  }
  const revoke = (id: number) => async () => {
    setFailure(undefined);
    try {
      await revokeOwnToken(id);
    } catch (err) {
      setFailure(errorMessage(err));
    }
    await mutate();
  };

  return (
    <section aria-label="My API tokens" className="mt-4 rounded border border-line bg-surface p-3">
      <h2 className="text-[14px] font-semibold text-ink">My API tokens</h2>
      <p className="mt-1 text-[12px] text-ink-muted">For scripts: send one as <code className="font-mono">Authorization: Bearer …</code>. It acts with your role.</p>
      <form aria-label="Create an API token" onSubmit={create} className="mt-3 flex flex-wrap items-end gap-2">
        <TextField path="token-name" label="Token name" value={label} onChange={setLabel} placeholder="ci, laptop…" required className="w-64 max-w-full" />
        <button type="submit" className={buttonClass("primary")}>
          Create token
        </button>
      </form>
      {made && (
        <div role="status" aria-label="New API token" className="mt-2 rounded border border-line bg-pane p-2 text-[12px]">
          <p className="text-ink-muted">Copy it now: Berth keeps only its hash and will not show it again.</p>
          <code className="mt-1 block break-all font-mono text-ink">{made}</code>
        </div>
      )}
      {(failure ?? error) && (
        <p role="alert" className="mt-2 text-[12px] text-danger-ink">
          {failure ?? errorMessage(error)}
        </p>
      )}
      <ul aria-label="Tokens" className="mt-3 space-y-1">
        {tokens?.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-x-3 gap-y-0.5 text-[12px]">
            <span className="font-medium">{t.name}</span>
            <span className="text-ink-muted">made {formatDateTime(new Date(t.createdAt))}</span>
            <span className="text-ink-muted">used {t.lastUsedAt ? formatDateTime(new Date(t.lastUsedAt)) : "never"}</span>
            <span className="ml-auto">
              <SmallButton label={`Revoke ${t.name}`} onClick={revoke(t.id)}>
                Revoke
              </SmallButton>
            </span>
          </li>
        ))}
        {tokens?.length === 0 && <li className="text-[12px] text-ink-muted">No tokens yet.</li>}
      </ul>
    </section>
  );
}
