"use client";

import type { ImageHistoryLayer } from "@/lib/shared/types/images";
import { useImageHistory } from "@/lib/browser/hooks/use-image-history";
import { formatBytes } from "@/lib/shared/format-bytes";
import { instructionKeyword } from "@/lib/browser/images/instruction";
import { formatDateTime, formatRelative } from "@/lib/browser/format-date";
import { Card } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/data-table";

function Instruction({ text }: { text: string }) {
  const keyword = instructionKeyword(text);
  if (!keyword) return <>{text}</>;
  return (
    <>
      <span className="font-semibold text-[#7fd3f7]">{keyword}</span>
      {text.slice(keyword.length)}
    </>
  );
}

function LayerRow({ layer, now }: { layer: ImageHistoryLayer; now: number }) {
  const created = layer.created ? new Date(layer.created * 1000) : undefined;
  return (
    <tr className="align-top">
      <td className="font-mono text-xs break-all whitespace-pre-wrap text-white">
        <Instruction text={layer.createdBy} />
        {layer.comment && <span className="block text-[#8fa3ad]"># {layer.comment}</span>}
      </td>
      <td className="text-right text-xs whitespace-nowrap text-[#c9d6dc] tabular-nums">{formatBytes(layer.size, { digits: 3 })}</td>
      <td className="text-right text-xs whitespace-nowrap text-[#8fa3ad]" title={created ? formatDateTime(created) : undefined}>
        {created ? formatRelative(created, now) : ""}
      </td>
    </tr>
  );
}

/** Every layer, oldest first so it reads like the Dockerfile that made it. */
export function ImageHistory({ id, now }: { id: string; now: number }) {
  const { history, error } = useImageHistory(id);
  const layers = history ? history.slice().reverse() : undefined;
  return (
    <Card title="History">
      {error ? (
        <p className="text-danger-ink">{error.message}</p>
      ) : !layers ? (
        <p className="text-ink-muted">Loading history…</p>
      ) : (
        <TableScroll className="rounded bg-panel p-2">
          <table aria-label="Image history" className="w-full border-separate border-spacing-x-2 border-spacing-y-1">
            <thead className="sr-only">
              <tr>
                <th scope="col">Instruction</th>
                <th scope="col">Size</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {layers.map((layer, i) => (
                <LayerRow key={`${i}-${layer.id}`} layer={layer} now={now} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
