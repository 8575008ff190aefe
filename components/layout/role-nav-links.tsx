"use client";

import Link from "next/link";
import { useSession } from "@/lib/browser/hooks/use-session";
import { NavLink } from "./nav-link";

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
    <Link href="/account" className="flex min-w-0 shrink items-center truncate text-[12px] text-ink-muted hover:text-brand-dark sm:ml-3 sm:shrink-0" title="Your account and API tokens">
      {session.name} ({session.role})
    </Link>
  );
}
