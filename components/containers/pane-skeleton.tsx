import { Skeleton } from "@/components/ui/skeleton";

export function HeaderSkeleton() {
  return (
    <div className="space-y-2.5 py-1" aria-hidden="true">
      <Skeleton className="h-6 w-56" />
      <Skeleton className="h-3 w-32" />
    </div>
  );
}

export function CardsSkeleton() {
  return (
    <div className="grid grid-cols-1 gap-3 p-5 xl:grid-cols-2" aria-busy="true" aria-label="Loading container">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="space-y-2.5 rounded border border-line bg-surface p-3">
          <Skeleton className="h-2.5 w-20" />
          <Skeleton className="h-3 w-4/5" />
          <Skeleton className="h-3 w-3/5" />
        </div>
      ))}
    </div>
  );
}
