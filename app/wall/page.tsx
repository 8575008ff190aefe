import { WallScreen } from "@/components/wall/wall-screen";

// The team monitor's view: every container's state, CPU and memory, read-only, large enough to read across a room.
export default function WallPage() {
  return <WallScreen />;
}
