import { VolumeDetailScreen } from "@/components/volumes/volume-detail";
import { safeDecode } from "@/lib/browser/files/safe-decode";

export default async function VolumePage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <VolumeDetailScreen key={name} name={safeDecode(name)} />;
}
