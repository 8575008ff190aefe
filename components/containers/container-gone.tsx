import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

/** The URL names no container: never did ("No such container") or did until it was removed. */
export function ContainerGone({ name, removed }: { name: string; removed: boolean }) {
  return (
    <EmptyState title={removed ? `Container ${name} no longer exists` : "No such container"}>
      <p>
        {removed
          ? "It was removed, perhaps from the command line or another window."
          : `There is no container called “${name}” on this engine.`}{" "}
        <Link href="/containers" className="font-medium text-brand-dark hover:underline">
          Back to containers
        </Link>
      </p>
    </EmptyState>
  );
}
