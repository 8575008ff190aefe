"use client";

import { CloseIcon, WarningIcon } from "@/components/ui/icons";

/** A failed action's message, bottom right, until dismissed or the next action. */
export function ErrorToast({ title, message, onDismiss }: { title: string; message: string; onDismiss: () => void }) {
  return (
    <div
      role="alert"
      className="fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] items-start gap-2.5 rounded border border-line border-l-4 border-l-danger bg-surface px-3 py-2.5 shadow-lg shadow-ink/10"
    >
      <WarningIcon className="mt-0.5 size-4 shrink-0 text-danger" />
      <div className="min-w-0 flex-1">
        <p className="text-[13px] font-semibold text-ink">{title}</p>
        <p className="mt-0.5 break-words text-[13px] text-ink-muted">{message}</p>
      </div>
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
