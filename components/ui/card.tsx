import clsx from "clsx";
import type { ReactNode } from "react";

/** Kitematic's widget box: white, 1px border, small radius, no shadow. */
export function Card({
  title,
  action,
  children,
  className,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = `card-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className={clsx("min-w-0 rounded border border-line bg-surface", className)}>
      <header className="flex h-9 items-center justify-between gap-2 border-b border-line px-3">
        <h3 id={headingId} className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
          {title}
        </h3>
        {action}
      </header>
      <div className="px-3 py-2.5 text-[13px]">{children}</div>
    </section>
  );
}

/** A label/value row inside a card. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 gap-3 py-0.5">
      <dt className="w-28 shrink-0 text-ink-muted">{label}</dt>
      <dd className="min-w-0 flex-1 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  return <span className="text-ink-faint">{children}</span>;
}
