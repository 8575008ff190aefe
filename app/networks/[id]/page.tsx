import { NetworkDetailScreen } from "@/components/networks/network-detail";
import { safeDecode } from "@/lib/browser/files/safe-decode";

export default async function NetworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <NetworkDetailScreen key={id} idOrName={safeDecode(id)} />;
}
