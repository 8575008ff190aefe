import Link from "next/link";
import { BrandMark } from "@/components/ui/icons";
import { NavLink } from "@/components/layout/nav-link";
import { EngineInfo } from "@/components/layout/engine-info";
import { TaskCentre } from "@/components/tasks/task-centre";
import { CleanupButton } from "@/components/cleanup/cleanup-button";
import { AccountLink, AdminNavLinks } from "@/components/layout/role-nav-links";

export function TopBar() {
  return (
    <header className="flex h-11 shrink-0 items-center gap-4 border-b border-line bg-white px-4">
      <Link href="/" className="flex items-center gap-1.5 text-[15px] font-semibold text-ink">
        <BrandMark className="size-6 text-brand" />
        Berth
      </Link>
      <nav aria-label="Main" className="flex h-full shrink-0 items-stretch">
        <NavLink href="/containers" alsoActiveOn={["/", "/new"]}>
          Containers
        </NavLink>
        <NavLink href="/stacks">Stacks</NavLink>
        <NavLink href="/images">Images</NavLink>
        <NavLink href="/registries">Registries</NavLink>
        <NavLink href="/volumes">Volumes</NavLink>
        <NavLink href="/networks">Networks</NavLink>
        <NavLink href="/events">Events</NavLink>
        <NavLink href="/system">System</NavLink>
        <NavLink href="/security">Security</NavLink>
        <AdminNavLinks />
      </nav>
      {/* Below 1280 px the engine's address gives way to the links; the banner still says when it is unreachable. */}
      <div className="ml-auto min-w-0 overflow-hidden">
        <EngineInfo />
      </div>
      <AccountLink />
      {/* The server's own page: it asks, then ends this browser's session (a POST from a page of its own). */}
      <a href="/logout" className="ml-3 flex shrink-0 items-center text-[12px] text-ink-muted hover:text-brand-dark">
        Sign out
      </a>
      <CleanupButton />
      <TaskCentre />
    </header>
  );
}
