"use client";

import { useId, useState, type FormEvent } from "react";
import clsx from "clsx";
import type { TerminalMode } from "@/lib/shared/types/exec";
import { splitArgv } from "@/lib/shared/argv";
import { execUser, execWorkdir } from "@/lib/shared/schemas/exec";
import type { OpenSpec } from "./use-terminal-session";

type CommandChoice = "sh" | "bash" | "custom";

/** What to open: a command (`docker exec -it`) or the main process (`docker attach`). */
export function TerminalForm({
  busy,
  connected,
  mode,
  onModeChange,
  onConnect,
  onDisconnect,
}: {
  busy: boolean;
  connected: boolean;
  mode: TerminalMode;
  onModeChange: (mode: TerminalMode) => void;
  onConnect: (spec: OpenSpec) => void;
  onDisconnect: () => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState<CommandChoice>("sh");
  const [custom, setCustom] = useState("");
  const [user, setUser] = useState("");
  const [workdir, setWorkdir] = useState("");
  const [error, setError] = useState<string>();
  const locked = busy || connected;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (connected) return onDisconnect();
    if (mode === "attach") return onConnect({ mode: "attach" });
    const split = choice === "custom" ? splitArgv(custom) : [choice];
    if ("error" in split) return setError(`Command: ${split.error}`);
    if (split.length === 0) return setError("Command: type a command to run");
    const u = user.trim() ? execUser.safeParse(user.trim()) : undefined;
    if (u && !u.success) return setError(`User: ${u.error.issues[0]?.message}`);
    const w = workdir.trim() ? execWorkdir.safeParse(workdir.trim()) : undefined;
    if (w && !w.success) return setError(`Working directory: ${w.error.issues[0]?.message}`);
    setError(undefined);
    onConnect({ mode: "exec", cmd: split, user: u?.data, workdir: w?.data });
  };

  return (
    <form onSubmit={submit} aria-label="Terminal" className="rounded border border-line bg-surface px-3 py-2.5 text-[13px]">
      <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
        <fieldset disabled={locked} className="flex flex-col gap-1">
          <legend className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-ink-muted">Mode</legend>
          <div className="flex overflow-hidden rounded border border-line">
            {(["exec", "attach"] as const).map((m) => (
              <label
                key={m}
                className={clsx(
                  "cursor-pointer px-3 py-1 text-[13px] has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand",
                  mode === m ? "bg-brand text-white" : "bg-surface text-ink hover:bg-hover",
                )}
              >
                <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => onModeChange(m)} className="sr-only" />
                {m === "exec" ? "Exec" : "Attach"}
              </label>
            ))}
          </div>
        </fieldset>

        {mode === "exec" ? (
          <>
            <Field label="Command" htmlFor={`${id}-cmd`}>
              <select
                id={`${id}-cmd`}
                value={choice}
                disabled={locked}
                onChange={(e) => setChoice(e.target.value as CommandChoice)}
                className={inputClass("w-28")}
              >
                <option value="sh">sh</option>
                <option value="bash">bash</option>
                <option value="custom">Custom…</option>
              </select>
            </Field>
            {choice === "custom" && (
              <Field label="Custom command" htmlFor={`${id}-custom`}>
                <input
                  id={`${id}-custom`}
                  value={custom}
                  disabled={locked}
                  onChange={(e) => setCustom(e.target.value)}
                  placeholder="e.g. top -d 1"
                  spellCheck={false}
                  autoComplete="off"
                  className={inputClass("w-56 font-mono")}
                />
              </Field>
            )}
            <Field label="User" htmlFor={`${id}-user`}>
              <input
                id={`${id}-user`}
                value={user}
                disabled={locked}
                onChange={(e) => setUser(e.target.value)}
                placeholder="default"
                spellCheck={false}
                autoComplete="off"
                className={inputClass("w-28 font-mono")}
              />
            </Field>
            <Field label="Working directory" htmlFor={`${id}-workdir`}>
              <input
                id={`${id}-workdir`}
                value={workdir}
                disabled={locked}
                onChange={(e) => setWorkdir(e.target.value)}
                placeholder="default"
                spellCheck={false}
                autoComplete="off"
                className={inputClass("w-40 font-mono")}
              />
            </Field>
          </>
        ) : (
          <p className="max-w-sm pb-1 text-ink-muted">
            Attach to the container&apos;s main process. Detaching leaves it running.
          </p>
        )}

        <button
          type="submit"
          disabled={busy}
          className={clsx(
            "ml-auto h-8 rounded px-4 text-[13px] font-semibold text-white disabled:opacity-50",
            connected ? "bg-ink-muted hover:bg-ink" : "bg-brand hover:bg-brand-deep",
          )}
        >
          {connected ? (mode === "attach" ? "Detach" : "Disconnect") : busy ? "Connecting…" : "Connect"}
        </button>
      </div>
      {error && (
        <p role="alert" className="mt-2 text-danger-ink">
          {error}
        </p>
      )}
    </form>
  );
}

function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

function inputClass(extra: string) {
  return clsx("h-8 rounded border border-line bg-surface px-2 text-[13px] text-ink disabled:bg-pane disabled:text-ink-muted", extra);
}
