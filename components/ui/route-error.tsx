"use client";

import clsx from "clsx";
import Link from "next/link";
import { useEffect } from "react";
import { useSWRConfig } from "swr";
import { errorMessage } from "@/lib/browser/api/api-error";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/form-controls";
import { WarningIcon } from "@/components/ui/icons";

/** What Next.js hands an `error.tsx`: the thrown value (not always an Error) and a way to render again. */
export interface RouteErrorProps {
  error: unknown;
  retry: () => void;
}

// A long message (a whole response body in an exception) would push the buttons off the screen.
const MAX_DETAIL = 300;

/**
 * What every route segment's `error.tsx` shows when its screen throws while rendering. It renders
 * inside the layouts above it, so the top bar (and the containers list, on container screens) stay
 * and work. It names what failed in plain words; the technical message is text, never markup, and
 * there is no stack: that goes to the browser console.
 */
export function RouteError({
  error,
  retry,
  what,
  back,
  className,
}: RouteErrorProps & {
  /** What could not be shown, as in "Berth could not show {what}". */
  what: string;
  /** Somewhere that still works. */
  back: { href: string; label: string };
  className?: string;
}) {
  const { mutate } = useSWRConfig();

  useEffect(() => {
    console.error(`[berth] ${what} failed to render:`, error);
  }, [error, what]);

  const tryAgain = () => {
    // A screen usually breaks on data it could not read, and SWR would hand the remounted screen
    // the same data again: drop every cached answer (screens still showing refetch theirs at once),
    // then render the segment again, its server part re-fetched.
    void mutate(() => true, undefined, { revalidate: true });
    retry();
  };

  const { message, digest } = errorDetails(error);

  return (
    <div role="alert" className={clsx("flex min-w-0 flex-1 items-center justify-center overflow-y-auto bg-pane", className)}>
      <EmptyState title={`Berth could not show ${what}`} icon={<WarningIcon className="size-10 text-danger" />}>
        <p>
          Something went wrong while this screen was drawn. It is a fault in Berth&apos;s page: Docker and your
          containers are not affected.
        </p>
        <div className="mt-4 flex flex-wrap items-center justify-center gap-2">
          <button type="button" onClick={tryAgain} className={buttonClass("primary")}>
            Try again
          </button>
          <Link href={back.href} className={clsx(buttonClass("secondary"), "inline-flex items-center")}>
            {back.label}
          </Link>
        </div>
        <details className="mt-4 text-left text-[12px] text-ink-muted">
          <summary className="cursor-pointer select-none">Details for a bug report</summary>
          <p className="mt-1 font-mono break-words text-danger-ink">{message}</p>
          {digest && <p className="mt-1 font-mono">Reference: {digest}</p>}
          <p className="mt-1">The full error is in the browser&apos;s developer console.</p>
        </details>
      </EmptyState>
    </div>
  );
}

/** The message (cut short) and, for an error thrown on the server, the digest that finds it in the server's log. */
function errorDetails(error: unknown): { message: string; digest?: string } {
  const raw = errorMessage(error);
  const message = raw.length > MAX_DETAIL ? `${raw.slice(0, MAX_DETAIL)}…` : raw;
  const digest = typeof error === "object" && error !== null && "digest" in error && error.digest ? String(error.digest) : undefined;
  return { message, digest };
}
