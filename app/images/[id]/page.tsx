import { ImageDetailScreen } from "@/components/images/image-detail-screen";
import { safeDecode } from "@/lib/browser/files/safe-decode";

export const metadata = { title: "Image · Berth" };

export default async function ImagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ImageDetailScreen key={id} id={safeDecode(id)} />;
}
