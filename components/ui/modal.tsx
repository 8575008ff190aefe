"use client";

import clsx from "clsx";
import { useEffect, useRef, type ReactNode, type RefObject } from "react";

/**
 * A native modal <dialog>: the browser traps focus, makes the page inert and handles Escape.
 * Mounted means open; `onClose` runs on Escape, a backdrop click or the browser closing it.
 */
export function Modal({
  labelledBy,
  describedBy,
  onClose,
  preventClose = false,
  initialFocus,
  children,
  className,
}: {
  labelledBy: string;
  describedBy?: string;
  onClose: () => void;
  /** While an action runs, Escape and backdrop clicks are ignored. */
  preventClose?: boolean;
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // Back to the button that opened it, if it is still there.
      if (opener?.isConnected) opener.focus();
    };
    // Opened once on mount; later prop changes must not re-open or steal focus.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault();
        if (!preventClose) onClose();
      }}
      onClose={() => onClose()}
      onClick={(event) => {
        // A click on the dialog element itself (not its content) is a click on the backdrop.
        if (event.target === event.currentTarget && !preventClose) onClose();
      }}
      className={clsx(
        "m-auto w-[min(28rem,calc(100vw-2rem))] rounded-md border border-line bg-surface p-0 text-ink shadow-xl shadow-ink/20 backdrop:bg-ink/40",
        className,
      )}
    >
      <div className="p-5">{children}</div>
    </dialog>
  );
}
