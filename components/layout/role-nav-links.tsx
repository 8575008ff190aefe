"use client";

import Link from "next/link";
import { useSession } from "@/lib/browser/hooks/use-session";
import { NavLink } from "./nav-link";
import { UserRound } from "lucide-react";

/** Links only an admin can use (the pages refuse everyone else anyway): the audit log and, in team mode, the users. */
export function AdminNavLinks() {
  const { session, can } = useSession();
  if (!can("admin")) return null;
  return (
    <>
      <NavLink href="/audit">Audit</NavLink>
      {session?.mode === "team" && <NavLink href="/users">Users</NavLink>}
    </>
  );
}

/** Who is signed in, linking to their account page (their API tokens). */
export function AccountLink() {
  const { session } = useSession();
  if (!session) return null;
  return (
    <Link href="/account" className="relative flex shrink-0 items-center text-[12px] whitespace-nowrap text-ink-muted hover:text-brand-dark sm:ml-1 2xl:ml-3" title="Your account and API tokens">
      {/* An icon on a phone, so Clean up and Tasks stay on the first row. */}
      <UserRound aria-hidden="true" className="size-4 sm:hidden" />
      <span className="max-sm:sr-only">
        {session.name} ({session.role})
      </span>
    </Link>
  );
}
