import { NewStackScreen } from "@/components/stacks/new-stack-screen";

export default function NewStackPage() {
  return <NewStackScreen />;
}
