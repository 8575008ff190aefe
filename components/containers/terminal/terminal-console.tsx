"use client";

import "@xterm/xterm/css/xterm.css";
import { useEffect, useRef, useState } from "react";
import type { TerminalMode } from "@/lib/shared/types/exec";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { WarningIcon } from "@/components/ui/icons";
import { TerminalForm } from "./terminal-form";
import { TerminalStatus } from "./terminal-status";
import { useTerminalSession } from "./use-terminal-session";
import { useXterm } from "./use-xterm";

/** The form, the dark terminal panel and its status line, for a running container. */
export function TerminalConsole({ container }: { container: ContainerDetail }) {
  const host = useRef<HTMLDivElement>(null);
  const xterm = useXterm(host);
  // The id, not the name: a rename must not point the session at another container.
  const { status, connect, disconnect } = useTerminalSession(xterm, container.id);
  const [mode, setMode] = useState<TerminalMode>("exec");
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!xterm) return;
    // Ctrl+Shift+C copies the selection, Ctrl+Shift+V pastes through the browser's own paste (so
    // Ctrl+C still interrupts the program, as in any terminal).
    xterm.term.attachCustomKeyEventHandler((e) => {
      if (e.type !== "keydown" || !e.ctrlKey || !e.shiftKey) return true;
      if (e.code === "KeyC") {
        void copy(xterm.term.getSelection());
        return false;
      }
      return e.code !== "KeyV";
    });
  }, [xterm]);

  const copySelection = async () => {
    if (!xterm) return;
    const ok = await copy(xterm.term.getSelection());
    setCopied(ok);
    if (ok) setTimeout(() => setCopied(false), 1500);
    xterm.term.focus();
  };

  const live = status.kind === "connected";
  const notice = status.kind === "connected" ? status.notice : undefined;

  return (
    <div className="flex h-full min-h-[460px] flex-col gap-3 p-5">
      <TerminalForm
        busy={status.kind === "connecting" || !xterm}
        connected={live}
        mode={mode}
        onModeChange={setMode}
        onConnect={connect}
        onDisconnect={disconnect}
      />
      {notice && (
        <p className="flex items-center gap-2 rounded border border-warning bg-warning-tint px-3 py-1.5 text-[13px] text-warning-ink">
          <WarningIcon className="size-4 shrink-0" />
          {notice}
        </p>
      )}
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded border border-line bg-panel">
        <div
          ref={host}
          role="group"
          aria-label="Terminal output"
          className="min-h-0 flex-1 p-2"
          onClick={() => xterm?.term.focus()}
        />
      </div>
      <div className="flex items-center justify-between gap-3">
        <TerminalStatus status={status} />
        <div className="flex shrink-0 items-center gap-2 text-xs text-ink-muted">
          <span className="hidden lg:inline">Ctrl+Shift+C / Ctrl+Shift+V to copy and paste</span>
          <button
            type="button"
            onClick={copySelection}
            className="rounded border border-line bg-surface px-2 py-1 font-medium text-ink hover:bg-hover"
          >
            {copied ? "Copied" : "Copy selection"}
          </button>
        </div>
      </div>
    </div>
  );
}

async function copy(text: string): Promise<boolean> {
  if (!text) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API outside secure contexts (e.g. http on a LAN name).
    return false;
  }
}
