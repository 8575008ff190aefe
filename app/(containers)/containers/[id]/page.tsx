import { ContainerPane } from "@/components/containers/container-pane";
import { safeDecode } from "@/lib/browser/files/safe-decode";

export default async function ContainerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Keyed so per-container state (tab, revealed env values) never carries over to the next one.
  return <ContainerPane key={id} idOrName={safeDecode(id)} />;
}
