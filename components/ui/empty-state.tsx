import clsx from "clsx";
import type { ReactNode } from "react";
import { ContainerBoxIcon } from "@/components/ui/icons";

export function EmptyState({
  title,
  children,
  icon,
  className,
}: {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
  className?: string;
}) {
  return (
    <div className={clsx("flex flex-col items-center justify-center gap-2 px-6 py-10 text-center", className)}>
      <span className="text-ink-faint">{icon ?? <ContainerBoxIcon className="size-10" />}</span>
      <p className="text-sm font-semibold text-ink">{title}</p>
      {children && <div className="max-w-md text-[13px] text-ink-muted">{children}</div>}
    </div>
  );
}
