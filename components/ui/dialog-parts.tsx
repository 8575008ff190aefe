"use client";

import clsx from "clsx";
import type { ReactNode, RefObject } from "react";
import { buttonClass } from "./form-controls";
import { Spinner } from "./spinner";

/** What went wrong, announced to screen readers, under a dialog's fields. */
export function DialogError({ message, className }: { message?: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={clsx("mt-3 rounded border border-danger/40 bg-danger/5 px-2.5 py-2 text-[13px] text-danger-ink", className)}>
      {message}
    </p>
  );
}

/**
 * Cancel + the dialog's verb. The verb submits the surrounding form unless `onAction` is given; while `busy`
 * both are disabled and the verb shows a spinner (and `busyLabel` if there is one).
 */
export function DialogActions({
  label,
  busyLabel,
  busy,
  onCancel,
  onAction,
  tone = "primary",
  disabled = false,
  cancelRef,
  cancelLabel = "Cancel",
  cancelDisabled = busy,
  action,
  children,
}: {
  label: string;
  busyLabel?: string;
  busy: boolean;
  onCancel: () => void;
  onAction?: () => void;
  tone?: "primary" | "danger";
  disabled?: boolean;
  cancelRef?: RefObject<HTMLButtonElement | null>;
  /** "Close" where the dialog stays open to show a result. */
  cancelLabel?: string;
  cancelDisabled?: boolean;
  /** Replaces the verb button (e.g. "Cancel build" while a build runs). */
  action?: ReactNode;
  /** Extra controls at the left of the row. */
  children?: ReactNode;
}) {
  return (
    <div className="mt-5 flex items-center justify-end gap-2">
      {children && <div className="mr-auto">{children}</div>}
      <button ref={cancelRef} type="button" className={buttonClass("secondary")} onClick={onCancel} disabled={cancelDisabled}>
        {cancelLabel}
      </button>
      {action ?? (
        <button
          type={onAction ? "button" : "submit"}
          onClick={onAction}
          disabled={busy || disabled}
          aria-busy={busy || undefined}
          className={clsx(buttonClass(tone), "inline-flex items-center gap-1.5")}
        >
          {busy && <Spinner className="size-3.5" />}
          {busy && busyLabel ? busyLabel : label}
        </button>
      )}
    </div>
  );
}
