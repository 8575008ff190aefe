import { CleanupScreen } from "@/components/cleanup/cleanup-screen";

export default function CleanupPage() {
  return <CleanupScreen />;
}
