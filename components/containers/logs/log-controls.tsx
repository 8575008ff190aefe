import clsx from "clsx";
import type { ReactNode } from "react";

// Small form controls of the logs toolbar, in the Kitematic look: white, 1px border, small radius.

export const controlClass =
  "h-7 rounded border border-line bg-surface px-2 text-[12px] text-ink hover:border-ink-faint focus-visible:border-brand";

export function ToolButton({
  children,
  onClick,
  pressed,
  label,
  disabled,
}: {
  children: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  /** When the visible text is a symbol, the name a screen reader says. */
  label?: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      disabled={disabled}
      className={clsx(
        controlClass,
        "inline-flex items-center gap-1 font-medium disabled:cursor-not-allowed disabled:opacity-50",
        pressed && "border-brand bg-brand-tint text-brand-dark",
      )}
    >
      {children}
    </button>
  );
}

export function LabeledSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="inline-flex items-center gap-1.5 text-[12px] text-ink-muted">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} className={controlClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-1.5 text-[12px] text-ink-muted select-none">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="accent-brand" />
      {label}
    </label>
  );
}
