import { Skeleton } from "@/components/ui/skeleton";
import { WarningIcon } from "@/components/ui/icons";

export const HELLO_COMMAND = "docker run -d --name hello busybox sleep 600";

export function ListSkeleton() {
  return (
    <ul aria-label="Loading containers" aria-busy="true">
      {Array.from({ length: 6 }, (_, i) => (
        <li key={i} className="flex h-11 items-center gap-2.5 border-b border-line px-3">
          <Skeleton className="size-4 rounded-full" />
          <span className="flex-1 space-y-1.5">
            <Skeleton className="h-2.5 w-3/5" />
            <Skeleton className="h-2 w-2/5" />
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ListEngineDown() {
  return (
    <div className="flex flex-col items-center gap-1.5 px-5 py-8 text-center">
      <WarningIcon className="size-6 text-danger" />
      <p className="text-[13px] font-semibold text-ink">Engine not reachable</p>
      <p className="text-xs text-ink-muted">The list comes back by itself once Docker is running.</p>
    </div>
  );
}

export function ListError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="flex flex-col items-center gap-1.5 px-5 py-8 text-center">
      <p className="text-[13px] font-semibold text-ink">Could not load containers</p>
      <p className="break-words text-xs text-ink-muted">{message}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-1 rounded border border-line px-2.5 py-1 text-xs font-medium text-ink hover:bg-hover"
      >
        Try again
      </button>
    </div>
  );
}

export function ListEmpty() {
  return (
    <div className="px-5 py-8 text-center">
      <p className="text-[13px] font-semibold text-ink">No containers yet</p>
      <p className="mt-1.5 text-xs text-ink-muted">Run one from a terminal and it shows up here:</p>
      <code className="mt-2 block select-all break-words rounded bg-panel px-2 py-1.5 text-left font-mono text-[11px] text-white">
        {HELLO_COMMAND}
      </code>
    </div>
  );
}

export function ListNoMatch() {
  return <p className="px-5 py-8 text-center text-[13px] text-ink-muted">No containers match</p>;
}
