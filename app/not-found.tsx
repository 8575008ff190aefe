import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="flex flex-1 items-center justify-center bg-pane">
      <EmptyState title="Page not found">
        <p>
          Nothing lives at this address.{" "}
          <Link href="/containers" className="font-medium text-brand-dark hover:underline">
            Go to containers
          </Link>
        </p>
      </EmptyState>
    </div>
  );
}
