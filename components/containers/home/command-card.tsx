import type { ContainerDetail } from "@/lib/shared/types/engine";
import { joinArgv } from "@/lib/shared/argv";
import { Card, Field, Muted } from "@/components/ui/card";

export function CommandCard({ container }: { container: ContainerDetail }) {
  const argv = [...container.entrypoint, ...container.cmd];
  const command = argv.length > 0 ? joinArgv(argv) : container.command;
  return (
    <Card title="Command">
      <pre className="whitespace-pre-wrap break-all rounded bg-pane px-2 py-1.5 font-mono text-xs text-ink">
        {command || "—"}
      </pre>
      <dl className="mt-2">
        {container.entrypoint.length > 0 && (
          <Field label="Entrypoint">
            <span className="break-all font-mono text-xs">{joinArgv(container.entrypoint)}</span>
          </Field>
        )}
        <Field label="Working dir">
          {container.workingDir ? <span className="break-all font-mono text-xs">{container.workingDir}</span> : <Muted>/ (image default)</Muted>}
        </Field>
        <Field label="User">{container.user ? <span className="font-mono text-xs">{container.user}</span> : <Muted>image default</Muted>}</Field>
      </dl>
    </Card>
  );
}
