import { redirect } from "next/navigation";
import { ContainerIndex } from "@/components/containers/container-index";

// The containers screen is home; it moves on to /containers/<name> once it knows which one to show, inside the same
// layout (app/(containers)/layout.tsx), so the list is neither mounted nor fetched again on the way.
// `/?wall=1` is the wall screen's short address for a monitor's bookmark.
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if ((await searchParams).wall === "1") redirect("/wall");
  return <ContainerIndex />;
}
