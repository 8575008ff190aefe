import type { ContainerDetail } from "@/lib/shared/types/engine";
import { shortId } from "@/lib/browser/containers/short-id";
import { Card, Field } from "@/components/ui/card";

export function ImageCard({ container }: { container: ContainerDetail }) {
  return (
    <Card title="Image">
      <dl>
        <Field label="Name">
          <span className="break-all font-medium">{container.image}</span>
        </Field>
        <Field label="Image ID">
          <span className="font-mono text-xs" title={container.imageId}>
            {shortId(container.imageId)}
          </span>
        </Field>
      </dl>
    </Card>
  );
}
