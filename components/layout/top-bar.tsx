import Link from "next/link";
import { LogOut } from "lucide-react";
import { BrandMark } from "@/components/ui/icons";
import { NavLink } from "@/components/layout/nav-link";
import { EngineInfo, LiveIndicator } from "@/components/layout/engine-info";
import { TaskCentre } from "@/components/tasks/task-centre";
import { CleanupButton } from "@/components/cleanup/cleanup-button";
import { AccountLink, AdminNavLinks } from "@/components/layout/role-nav-links";
import { ThemeSwitch } from "@/components/theme/theme-switch";

export function TopBar() {
  return (
    // On a phone the links take a second row of their own, scrolling sideways; from 640 px it is one 44 px bar.
    <header className="flex shrink-0 flex-wrap items-center gap-x-2.5 border-b border-line bg-surface px-3 sm:h-11 sm:flex-nowrap sm:gap-x-3 sm:px-4 2xl:gap-x-4">
      <Link href="/" className="flex h-11 items-center gap-1.5 text-[15px] font-semibold text-ink sm:h-auto">
        <BrandMark className="size-6 text-brand" />
        Berth
      </Link>
      <nav aria-label="Main" className="order-last -mx-3 flex h-10 w-[calc(100%+1.5rem)] items-stretch overflow-x-auto border-t border-line sm:order-none sm:mx-0 sm:h-full sm:w-auto sm:min-w-0 sm:shrink sm:border-t-0">
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
      {/* Below 1280 px the engine's address gives way to the links, and on a crowded bar the links scroll sideways
          rather than push Clean up and Tasks off the edge; the banner still says when the engine is unreachable. */}
      <div className="ml-auto hidden min-w-0 flex-1 basis-0 overflow-hidden sm:block">
        <EngineInfo />
      </div>
      <LiveIndicator className="hidden sm:flex" />
      {/* The team monitor's read-only grid; it is one click back to the containers from there. */}
      <Link href="/wall" title="Wall screen: every container's state, CPU and memory, in large type" className="hidden shrink-0 items-center text-[12px] text-ink-muted hover:text-brand-dark sm:flex">
        Wall
      </Link>
      <div className="ml-auto shrink-0 sm:ml-0">
        <ThemeSwitch />
      </div>
      <AccountLink />
      {/* The server's own page: it asks, then ends this browser's session (a POST from a page of its own). */}
      <a href="/logout" title="Sign out" className="relative flex shrink-0 items-center whitespace-nowrap text-[12px] text-ink-muted hover:text-brand-dark">
        {/* An icon on a phone, so the first row keeps Clean up and Tasks on it, and below 1536 px, so a team admin's
            links (Audit, Users) and their name still fit the bar at 1440. */}
        <LogOut aria-hidden="true" className="size-4 2xl:hidden" />
        <span className="max-2xl:sr-only">Sign out</span>
      </a>
      <CleanupButton />
      <TaskCentre />
    </header>
  );
}
