import type { ContainerSummary } from "@/lib/shared/types/engine";
import { shortId } from "@/lib/browser/containers/short-id";
import { StatusPill } from "@/components/containers/status-pill";
import { FavouriteStar } from "@/components/containers/favourite-star";

export function ContainerHeader({ container }: { container: ContainerSummary }) {
  return (
    <div className="min-w-0">
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="min-w-0 max-w-full truncate text-[22px] font-semibold leading-tight text-ink" title={container.name}>
          {container.name}
        </h1>
        <StatusPill state={container.state} status={container.status} />
        <FavouriteStar name={container.name} />
      </div>
      <p className="mt-1 truncate font-mono text-xs text-ink-muted" title={container.id}>
        {shortId(container.id)}
        {container.project && <span className="font-sans"> · compose project {container.project}</span>}
      </p>
    </div>
  );
}
