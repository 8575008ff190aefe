import { StackDetailScreen } from "@/components/stacks/stack-detail";
import { safeDecode } from "@/lib/browser/files/safe-decode";

export default async function StackPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <StackDetailScreen key={name} name={safeDecode(name)} />;
}
