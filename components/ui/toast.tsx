"use client";

import clsx from "clsx";
import type { ReactNode } from "react";
import { CloseIcon, WarningIcon } from "@/components/ui/icons";

export type ToastTone = "error" | "success" | "info";

const TONE: Record<ToastTone, string> = {
  error: "border-l-danger",
  success: "border-l-running",
  info: "border-l-brand",
};

/**
 * THE toast: a failed action's message (bottom right, `floating`, until dismissed or the next action) or one of a
 * stack of background notices (components/layout/toasts.tsx). With `onOpen` the body is a button that goes to
 * the thing it is about.
 */
export function Toast({
  tone = "error",
  title,
  message,
  onDismiss,
  onOpen,
  floating = false,
}: {
  tone?: ToastTone;
  title: string;
  message?: ReactNode;
  onDismiss: () => void;
  onOpen?: () => void;
  floating?: boolean;
}) {
  const text = (
    <>
      <p className="text-[13px] font-semibold text-ink">{title}</p>
      {message && <p className="mt-0.5 break-words text-[13px] text-ink-muted">{message}</p>}
    </>
  );
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={clsx(
        "pointer-events-auto flex w-[min(24rem,calc(100vw-2rem))] items-start gap-2.5 rounded border border-line border-l-4 bg-pane px-3 py-2.5 shadow-lg shadow-ink/10",
        TONE[tone],
        floating && "fixed right-4 bottom-4 z-50",
      )}
    >
      {tone === "error" && <WarningIcon className="mt-0.5 size-4 shrink-0 text-danger" />}
      {onOpen ? (
        <button type="button" onClick={onOpen} className="min-w-0 flex-1 text-left hover:underline">
          {text}
        </button>
      ) : (
        <div className="min-w-0 flex-1">{text}</div>
      )}
      <button
        type="button"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={onDismiss}
        className="-mr-1 rounded p-1 text-ink-muted hover:bg-hover hover:text-ink"
      >
        <CloseIcon className="size-4" />
      </button>
    </div>
  );
}

/** The error toast of an action (the container toolbar's, a network's): a Toast, floating bottom right. */
export function ErrorToast({ title, message, onDismiss }: { title: string; message: string; onDismiss: () => void }) {
  return <Toast tone="error" floating title={title} message={message} onDismiss={onDismiss} />;
}
