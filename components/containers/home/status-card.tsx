import type { ContainerDetail } from "@/lib/shared/types/engine";
import { parseEngineTime } from "@/lib/browser/format-date";
import { Card, Field, Muted } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";

function restartPolicy({ name, maximumRetryCount }: ContainerDetail["restartPolicy"]): string {
  if (!name || name === "no") return "no";
  return name === "on-failure" && maximumRetryCount > 0 ? `on-failure (max ${maximumRetryCount} retries)` : name;
}

export function StatusCard({ container }: { container: ContainerDetail }) {
  const started = parseEngineTime(container.startedAt);
  const finished = parseEngineTime(container.finishedAt);
  const stopped = container.state === "exited" || container.state === "dead";

  return (
    <Card title="Status">
      <dl>
        <Field label="State">
          <span className="font-medium">{container.state}</span> <Muted>· {container.status}</Muted>
        </Field>
        {container.health && <Field label="Health">{container.health}</Field>}
        <Field label="Started">{started ? <DateTime date={started} /> : <Muted>never</Muted>}</Field>
        {stopped && (
          <>
            <Field label="Finished">{finished ? <DateTime date={finished} /> : <Muted>—</Muted>}</Field>
            <Field label="Exit code">
              <span className={container.exitCode === 0 ? "font-mono" : "font-mono font-semibold text-danger-ink"}>
                {container.exitCode}
              </span>
            </Field>
            <Field label="OOMKilled">
              {container.oomKilled ? <span className="font-semibold text-danger-ink">yes</span> : "no"}
            </Field>
          </>
        )}
        {container.state === "running" && container.pid > 0 && (
          <Field label="PID">
            <span className="font-mono text-xs">{container.pid}</span>
          </Field>
        )}
        <Field label="Restarts">{container.restartCount}</Field>
        <Field label="Restart policy">{restartPolicy(container.restartPolicy)}</Field>
        {container.error && (
          <Field label="Error">
            <span className="break-words text-danger-ink">{container.error}</span>
          </Field>
        )}
      </dl>
    </Card>
  );
}
