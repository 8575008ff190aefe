"use client";

import { useState, type FormEvent } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useContainerTop } from "@/lib/browser/hooks/use-container-top";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { ProcessesTable } from "@/components/containers/processes/processes-table";

const PS_ARGS = /^[a-zA-Z0-9 ,-]*$/;

/** `docker top`: the container's processes, refreshed on demand and on container events. */
export function ProcessesTab({ container }: { container: ContainerDetail }) {
  const running = container.state === "running" || container.state === "paused";
  const [draft, setDraft] = useState("");
  const [psArgs, setPsArgs] = useState("");
  const { top, error, isLoading, isValidating, mutate } = useContainerTop(running ? container.id : null, psArgs);
  const draftValid = PS_ARGS.test(draft) && draft.length <= 64;

  if (!running) {
    return (
      <EmptyState title="Not running">
        {container.name} is {container.state}. Its processes show here while it runs.
      </EmptyState>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draftValid) return;
    if (draft.trim() === psArgs.trim()) void mutate();
    else setPsArgs(draft);
  };

  return (
    <div className="flex flex-col gap-3 p-5">
      <form onSubmit={submit} className="flex flex-wrap items-center gap-2" aria-label="Process list options">
        <label htmlFor="ps-args" className="text-[12px] font-semibold text-ink-muted">
          ps options
        </label>
        <input
          id="ps-args"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="-ef (e.g. aux)"
          maxLength={64}
          spellCheck={false}
          aria-invalid={!draftValid}
          aria-describedby={draftValid ? undefined : "ps-args-error"}
          className="h-8 w-48 rounded border border-line bg-surface px-2 font-mono text-[12.5px] outline-none focus:border-brand aria-[invalid=true]:border-danger"
        />
        <button
          type="submit"
          disabled={!draftValid}
          className="flex h-8 items-center gap-1.5 rounded border border-line bg-surface px-3 text-[12px] font-semibold uppercase tracking-wide text-ink hover:bg-hover disabled:opacity-50"
        >
          {isValidating && <Spinner className="size-3.5" />}
          Refresh
        </button>
        {top && (
          <span className="text-[12px] text-ink-muted tabular-nums">
            {top.processes.length} {top.processes.length === 1 ? "process" : "processes"}
          </span>
        )}
        {!draftValid && (
          <span id="ps-args-error" role="alert" className="text-[12px] text-danger-ink">
            Letters, digits, spaces, commas and dashes only.
          </span>
        )}
      </form>
      {error && (
        <p role="alert" className="rounded border border-danger/40 bg-surface px-3 py-2 text-[13px] text-danger-ink">
          {errorMessage(error)}
        </p>
      )}
      {top ? (
        <ProcessesTable top={top} />
      ) : (
        isLoading && (
          <div className="flex items-center justify-center gap-2 py-10 text-[13px] text-ink-muted">
            <Spinner /> Loading processes…
          </div>
        )
      )}
    </div>
  );
}
