import { AuditScreen } from "@/components/audit/audit-screen";

export default function AuditPage() {
  return <AuditScreen />;
}
