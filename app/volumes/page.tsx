import { VolumesScreen } from "@/components/volumes/volumes-screen";

export default function VolumesPage() {
  return <VolumesScreen />;
}
