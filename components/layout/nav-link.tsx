"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A top-bar link, marked current on its own screen and on any path listed in `alsoActiveOn`. */
export function NavLink({ href, alsoActiveOn = [], children }: { href: string; alsoActiveOn?: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`) || alsoActiveOn.includes(pathname);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={clsx(
        "flex h-full shrink-0 items-center whitespace-nowrap border-b-2 px-3 text-[13px] font-medium transition-colors sm:max-2xl:px-2.5",
        active ? "border-brand text-ink" : "border-transparent text-ink-muted hover:text-ink",
      )}
    >
      {children}
    </Link>
  );
}
