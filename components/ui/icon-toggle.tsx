import clsx from "clsx";
import type { ReactNode } from "react";

/** A small square on/off button with an icon (the containers list's usage and grouping switches). */
export function IconToggle({
  on,
  onChange,
  label,
  title,
  children,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  label: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={label}
      onClick={() => onChange(!on)}
      title={title}
      className={clsx(
        "flex size-6 shrink-0 items-center justify-center rounded border",
        on ? "border-brand bg-brand-tint text-brand-dark" : "border-transparent text-ink-muted hover:bg-hover",
      )}
    >
      {children}
    </button>
  );
}
