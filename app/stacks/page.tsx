import { StacksScreen } from "@/components/stacks/stacks-screen";

export default function StacksPage() {
  return <StacksScreen />;
}
