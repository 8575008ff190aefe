"use client";

import { Screen } from "@/components/ui/screen";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useImage } from "@/lib/browser/hooks/use-image";
import { useNow } from "@/lib/browser/hooks/use-now";
import { isNotFound } from "@/lib/browser/api/api-error";
import { containerHref } from "@/lib/browser/paths/containers";
import { shortId } from "@/lib/browser/containers/short-id";
import { formatDateTime, formatRelative, parseEngineTime } from "@/lib/browser/format-date";
import { formatBytes } from "@/lib/shared/format-bytes";
import { Card, Field, Muted } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ImageConfig } from "./image-config";
import { ImageHistory } from "./image-history";
import { PushDialog } from "./push-dialog";
import { RemoveImageDialog } from "./remove-image-dialog";
import { TagDialog } from "./tag-dialog";
import { saveImageHref, saveImagesHref } from "@/lib/browser/api/transfer-actions";

const BUTTON = "inline-flex h-8 items-center rounded border border-line bg-surface px-3.5 text-[13px] font-medium text-ink hover:bg-hover";

/** `/images/<id>`: tags, config, history (the Dockerfile, readable) and the containers made from the image. */
export function ImageDetailScreen({ id }: { id: string }) {
  const router = useRouter();
  const { image, error } = useImage(id);
  const { containers } = useContainers();
  const now = useNow();
  const [dialog, setDialog] = useState<"tag" | "push" | "remove" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const users = useMemo(() => (image ? (containers ?? []).filter((c) => c.imageId === image.id) : []), [containers, image]);

  if (error) {
    return (
      <div className="flex flex-1 items-center justify-center bg-pane">
        <EmptyState title={isNotFound(error) ? "Image not found" : "Could not load the image"}>
          <p>{isNotFound(error) ? "It may have been removed." : error.message}</p>
          <Link href="/images" className="mt-2 inline-block text-brand-dark hover:underline">
            Back to images
          </Link>
        </EmptyState>
      </div>
    );
  }
  if (!image) return <div className="flex-1 bg-pane p-4 text-[13px] text-ink-muted">Loading image…</div>;

  const created = parseEngineTime(image.created);
  const runRef = image.tags[0] ?? image.id;
  const title = image.tags[0] ?? shortId(image.id);

  return (
    <Screen className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-xs text-ink-muted">
        <Link href="/images" className="hover:underline">
          Images
        </Link>{" "}
        / <span className="font-mono">{shortId(image.id)}</span>
      </nav>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 grow truncate font-mono text-[22px] font-semibold text-ink" title={title}>
          {title}
        </h1>
        <div className="flex flex-wrap gap-2">
          <Link href={`/new?image=${encodeURIComponent(runRef)}`} className="inline-flex h-8 items-center rounded bg-brand px-3.5 text-[13px] font-semibold text-white hover:bg-brand-deep">
            Run
          </Link>
          <button type="button" className={BUTTON} onClick={() => setDialog("tag")}>
            Tag
          </button>
          <button type="button" className={BUTTON} onClick={() => setDialog("push")}>
            Push
          </button>
          {/* A plain link: the browser streams the tar to disk. Saving by tags keeps them in the tar. */}
          <a href={image.tags.length ? saveImagesHref(image.tags) : saveImageHref(image.id)} download className={BUTTON}>
            Save
          </a>
          <button type="button" className={`${BUTTON} text-danger-ink`} onClick={() => setDialog("remove")}>
            Remove
          </button>
        </div>
      </header>
      {notice && (
        <p role="status" className="rounded border border-running/40 bg-running/8 px-3 py-2 text-[13px] text-ink">
          {notice}
        </p>
      )}

      <div className="grid gap-3 lg:grid-cols-2">
        <Card title="Image">
          <dl>
            <Field label="ID">
              <code className="font-mono text-xs break-all">{image.id}</code>
            </Field>
            <Field label="Tags">
              {image.tags.length ? (
                <ul aria-label="Tags" className="space-y-0.5">
                  {image.tags.map((t) => (
                    <li key={t} className="font-mono text-xs break-all">
                      {t}
                    </li>
                  ))}
                </ul>
              ) : (
                <Muted>none (dangling)</Muted>
              )}
            </Field>
            <Field label="Digests">
              {image.digests.length ? (
                <ul className="space-y-0.5">
                  {image.digests.map((d) => (
                    <li key={d} className="font-mono text-xs break-all">
                      {d}
                    </li>
                  ))}
                </ul>
              ) : (
                <Muted>none (never pushed or pulled)</Muted>
              )}
            </Field>
            <Field label="Created">
              {created ? <span title={formatDateTime(created)}>{formatRelative(created, now)}</span> : <Muted>unknown</Muted>}
            </Field>
            <Field label="Size">{formatBytes(image.size, { digits: 3 })}</Field>
            {image.author && <Field label="Author">{image.author}</Field>}
          </dl>
        </Card>
        <Card title="Containers">
          {users.length ? (
            <ul aria-label="Containers using this image" className="space-y-1">
              {users.map((c) => (
                <li key={c.id} className="flex items-center gap-2">
                  <Link href={containerHref(c.name)} className="font-medium text-brand-dark hover:underline">
                    {c.name}
                  </Link>
                  <span className="text-xs text-ink-muted">{c.state}</span>
                </li>
              ))}
            </ul>
          ) : (
            <Muted>No container uses this image.</Muted>
          )}
        </Card>
      </div>
      <ImageConfig image={image} />
      <ImageHistory id={image.id} now={now} />

      {dialog === "tag" && (
        <TagDialog
          imageId={image.id}
          onClose={() => setDialog(null)}
          onDone={(reference) => {
            setDialog(null);
            setNotice(`Tagged as ${reference}`);
          }}
        />
      )}
      {dialog === "push" && <PushDialog image={image} onClose={() => setDialog(null)} />}
      {dialog === "remove" && (
        <RemoveImageDialog
          image={image}
          users={users.map((c) => c.name)}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            router.push("/images");
          }}
        />
      )}
    </Screen>
  );
}
