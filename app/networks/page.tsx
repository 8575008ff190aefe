import { NetworksScreen } from "@/components/networks/networks-screen";

export default function NetworksPage() {
  return <NetworksScreen />;
}
