import type { ContainerDetail } from "@/lib/shared/types/engine";
import { parseEngineTime } from "@/lib/browser/format-date";
import { Card, Field, Muted } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";

export function CreatedCard({ container }: { container: ContainerDetail }) {
  const created = parseEngineTime(container.created);
  return (
    <Card title="Created">
      <dl>
        <Field label="Created">{created ? <DateTime date={created} /> : <Muted>unknown</Muted>}</Field>
        <Field label="Hostname">
          <span className="font-mono text-xs">{container.hostname || "—"}</span>
        </Field>
        <Field label="Network mode">{container.networkMode || "default"}</Field>
        {container.privileged && (
          <Field label="Privileged">
            <span className="font-medium text-danger-ink">yes</span>
          </Field>
        )}
      </dl>
    </Card>
  );
}
