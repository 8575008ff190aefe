import clsx from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of every full-width screen (images, volumes, events…): one width, one margin, one scroll. */
export function Screen({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className="min-w-0 flex-1 overflow-y-auto bg-pane">
      <div className={clsx("mx-auto w-full max-w-7xl px-6 py-5", className)}>{children}</div>
    </div>
  );
}

export function ScreenTitle({ children }: { children: ReactNode }) {
  return <h1 className="text-[22px] font-semibold text-ink">{children}</h1>;
}

/** One resource's screen: a breadcrumb back to its list, its name (monospace, as the engine spells it), an action. */
export function DetailScreen({
  parent,
  title,
  subtitle,
  action,
  children,
}: {
  parent: { href: string; label: string };
  title: string;
  subtitle?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Screen>
      <nav aria-label="Breadcrumb" className="text-[12px] text-ink-muted">
        <Link href={parent.href} className="hover:text-brand-dark">
          {parent.label}
        </Link>{" "}
        /
      </nav>
      {/* Wraps rather than squeezing the name to a few letters: on a phone the action goes under it. */}
      <header className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="min-w-0 truncate font-mono text-[22px] font-semibold text-ink" title={title}>
          {title}
        </h1>
        {subtitle && <span className="font-mono text-xs text-ink-muted">{subtitle}</span>}
        <div className="ml-auto">{action}</div>
      </header>
      {children}
    </Screen>
  );
}
