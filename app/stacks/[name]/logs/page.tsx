import { StackLogsScreen } from "@/components/stacks/stack-logs-screen";
import { safeDecode } from "@/lib/browser/files/safe-decode";

export default async function StackLogsPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <StackLogsScreen key={name} name={safeDecode(name)} />;
}
