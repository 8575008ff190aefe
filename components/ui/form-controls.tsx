"use client";

import clsx from "clsx";
import { createContext, useContext, type InputHTMLAttributes, type ReactNode } from "react";

/**
 * A stable DOM id for a field path, for `aria-describedby` and focusing the first invalid field. Here, not beside a
 * form's schema: every page uses these controls, and importing a schema module would put zod in its first load.
 */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

// Field errors travel by context so every input can mark itself invalid (aria-invalid) and point at
// its message (aria-describedby) without threading props through each section.

interface FieldErrors {
  errors: Record<string, string>;
  prefix: string;
}

const FieldErrorsContext = createContext<FieldErrors>({ errors: {}, prefix: "f" });

export function FieldErrorsProvider({ errors, prefix, children }: FieldErrors & { children: ReactNode }) {
  return <FieldErrorsContext.Provider value={{ errors, prefix }}>{children}</FieldErrorsContext.Provider>;
}

/** id + ARIA for the input at `path`, and its error message if any. */
export function useField(path: string) {
  const { errors, prefix } = useContext(FieldErrorsContext);
  const id = fieldId(prefix, path);
  const error = errors[path];
  return {
    error,
    errorId: `${id}-error`,
    props: {
      id,
      "aria-invalid": error ? (true as const) : undefined,
      "aria-describedby": error ? `${id}-error` : undefined,
    },
  };
}

export function FieldMessage({ path }: { path: string }) {
  const { error, errorId } = useField(path);
  if (!error) return null;
  return (
    <p id={errorId} className="mt-1 text-[12px] text-danger-ink">
      {error}
    </p>
  );
}

export const inputClass =
  "h-8 w-full min-w-0 rounded border border-line bg-surface px-2 text-[13px] text-ink placeholder:text-ink-faint focus:border-brand focus:outline-none aria-[invalid=true]:border-danger";

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  className,
  mono,
  ...rest
}: {
  path: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  mono?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">) {
  const { props } = useField(path);
  return (
    <div className={clsx("min-w-0", className)}>
      <label htmlFor={props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
        {label}
      </label>
      <input {...rest} {...props} value={value} onChange={(e) => onChange(e.target.value)} className={clsx(inputClass, mono && "font-mono")} />
      {hint && <p className="mt-1 text-[12px] text-ink-faint">{hint}</p>}
      <FieldMessage path={path} />
    </div>
  );
}

/** An input inside a row table: labelled for screen readers only, error under it. */
export function CellInput({
  path,
  label,
  value,
  onChange,
  className,
  ...rest
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "id">) {
  const { props } = useField(path);
  return (
    <div className={clsx("min-w-0", className)}>
      <input {...rest} {...props} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} />
      <FieldMessage path={path} />
    </div>
  );
}

export function Checkbox({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: ReactNode }) {
  return (
    <label className="flex items-start gap-2 text-[13px] text-ink">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 accent-brand" />
      <span>
        {label}
        {hint && <span className="block text-[12px] text-ink-faint">{hint}</span>}
      </span>
    </label>
  );
}

/** One titled block of the form, styled like Kitematic's settings panels. */
export function FormSection({ title, description, children, action }: { title: string; description?: ReactNode; children: ReactNode; action?: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded border border-line bg-surface">
      <header className="flex min-h-9 items-center justify-between gap-2 border-b border-line px-4 py-1.5">
        <h3 id={id} className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
          {title}
        </h3>
        {action}
      </header>
      <div className="space-y-3 px-4 py-3">
        {description && <p className="text-[12px] text-ink-muted">{description}</p>}
        {children}
      </div>
    </section>
  );
}

export function SmallButton({ children, onClick, label }: { children: ReactNode; onClick: () => void; label?: string }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      title={label}
      className="h-7 shrink-0 rounded border border-line bg-surface px-2 text-[12px] font-medium text-ink-muted hover:border-brand hover:text-brand-dark"
    >
      {children}
    </button>
  );
}

export function buttonClass(kind: "primary" | "secondary" | "danger") {
  return clsx(
    // inline-flex: a link dressed as a button (+ New stack, Merged logs) centres its text as a button does.
    "inline-flex h-8 shrink-0 items-center justify-center whitespace-nowrap rounded px-3 text-[13px] font-semibold disabled:cursor-not-allowed disabled:opacity-50",
    kind === "primary" && "bg-brand text-white hover:bg-brand-deep",
    kind === "secondary" && "border border-line bg-surface text-ink hover:border-brand hover:text-brand-dark",
    kind === "danger" && "bg-danger-fill text-white hover:bg-danger-dark",
  );
}
