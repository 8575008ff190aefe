import clsx from "clsx";

/** A grey placeholder bar while data loads. */
export function Skeleton({ className }: { className?: string }) {
  return <span aria-hidden="true" className={clsx("block rounded bg-line motion-safe:animate-pulse", className)} />;
}
