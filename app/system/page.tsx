import { SystemScreen } from "@/components/system/system-screen";

export default function SystemPage() {
  return <SystemScreen />;
}
