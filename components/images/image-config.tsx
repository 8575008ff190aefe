import type { ImageDetail } from "@/lib/shared/types/images";
import { joinArgv } from "@/lib/shared/argv";
import { Card, Field, Muted } from "@/components/ui/card";

function List({ items }: { items: string[] }) {
  if (!items.length) return <Muted>none</Muted>;
  return (
    <ul className="space-y-0.5">
      {items.map((item) => (
        <li key={item} className="font-mono text-xs break-all">
          {item}
        </li>
      ))}
    </ul>
  );
}

/** What a container made from this image starts with unless the user overrides it. */
export function ImageConfig({ image }: { image: ImageDetail }) {
  const { config } = image;
  const labels = Object.entries(config.labels);
  return (
    <Card title="Config">
      <dl>
        <Field label="Entrypoint">{config.entrypoint.length ? <code className="font-mono text-xs">{joinArgv(config.entrypoint)}</code> : <Muted>none</Muted>}</Field>
        <Field label="Command">{config.cmd.length ? <code className="font-mono text-xs">{joinArgv(config.cmd)}</code> : <Muted>none</Muted>}</Field>
        <Field label="Working dir">{config.workingDir ? <code className="font-mono text-xs">{config.workingDir}</code> : <Muted>/</Muted>}</Field>
        <Field label="User">{config.user || <Muted>root (default)</Muted>}</Field>
        <Field label="Env">
          <List items={config.env} />
        </Field>
        <Field label="Exposed ports">
          <List items={config.exposedPorts} />
        </Field>
        <Field label="Volumes">
          <List items={config.volumes} />
        </Field>
        <Field label="Labels">
          {labels.length ? (
            <ul className="space-y-0.5">
              {labels.map(([k, v]) => (
                <li key={k} className="font-mono text-xs break-all">
                  <span className="text-ink-muted">{k}</span>={v}
                </li>
              ))}
            </ul>
          ) : (
            <Muted>none</Muted>
          )}
        </Field>
        <Field label="Platform">
          {image.os}/{image.architecture}
        </Field>
      </dl>
    </Card>
  );
}
