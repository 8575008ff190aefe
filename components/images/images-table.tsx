"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { ImageRow, SortDir, SortKey } from "@/lib/browser/images/image-rows";
import { formatBytes } from "@/lib/shared/format-bytes";
import { imageHref } from "@/lib/browser/paths/images";
import { containerHref } from "@/lib/browser/paths/containers";
import { shortId } from "@/lib/browser/containers/short-id";
import { formatDateTime, formatRelative } from "@/lib/browser/format-date";
import { CardTable, Cell } from "@/components/ui/data-table";

function SortHeader({
  label,
  column,
  sort,
  onSort,
  className,
}: {
  label: string;
  column: SortKey;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  className?: string;
}) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"} className={className}>
      <button type="button" onClick={() => onSort(column)} className="inline-flex items-center gap-1 font-semibold hover:text-ink">
        {label}
        <span aria-hidden="true" className={active ? "text-brand" : "text-ink-faint"}>
          {active && sort.dir === "asc" ? "▲" : "▼"}
        </span>
      </button>
    </th>
  );
}

function Th({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <th scope="col" className={className}>
      {children}
    </th>
  );
}

export function ImagesTable({
  rows,
  sort,
  onSort,
  now,
}: {
  rows: ImageRow[];
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  now: number;
}) {
  return (
    // A card per image on a phone (the fixed columns add up to more than a phone is wide), a table from 640 px.
    <CardTable aria-label="Images" className="table-fixed border-collapse text-[13px]">
      <colgroup>
        <col />
        <col className="w-32" />
        <col className="w-32" />
        <col className="w-36" />
        <col className="w-24" />
        <col className="w-56" />
      </colgroup>
      <thead className="text-left text-[11px] uppercase tracking-wide text-ink-muted [&_th]:border-b [&_th]:border-line [&_th]:px-3 [&_th]:py-2">
        <tr>
          <Th>Repository</Th>
          <Th>Tag</Th>
          <Th>Image ID</Th>
          <SortHeader label="Created" column="created" sort={sort} onSort={onSort} />
          <SortHeader label="Size" column="size" sort={sort} onSort={onSort} className="text-right" />
          <Th>Containers</Th>
        </tr>
      </thead>
      <tbody className="sm:[&_td]:border-b sm:[&_td]:border-line sm:[&_td]:px-3 sm:[&_td]:py-2">
        {rows.map((row) => {
          const created = new Date(row.image.created * 1000);
          return (
            <tr key={row.key} className="hover:bg-hover max-sm:border-b max-sm:border-line max-sm:last:border-0">
              <Cell className="font-medium text-ink" title={row.repository}>
                <Link href={imageHref(row.image.id)} className="block truncate hover:text-brand-dark hover:underline">
                  {row.repository}
                </Link>
              </Cell>
              <Cell label="Tag" className="font-mono text-xs" title={row.tag}>
                <span className="block truncate">{row.tag}</span>
              </Cell>
              <Cell label="Image ID" className="font-mono text-xs text-ink-muted">
                {shortId(row.image.id)}
              </Cell>
              <Cell label="Created" className="text-ink-muted" title={formatDateTime(created)}>
                {formatRelative(created, now)}
              </Cell>
              <Cell label="Size" className="text-right tabular-nums">
                {formatBytes(row.image.size, { digits: 3 })}
              </Cell>
              <Cell label="Containers">
                {row.containers.length === 0 ? (
                  <span className="text-ink-faint">unused</span>
                ) : (
                  <span className="block truncate">
                    <span className="mr-1.5 rounded-full bg-brand-tint px-1.5 text-[11px] font-semibold text-brand-dark">
                      {row.containers.length}
                    </span>
                    {row.containers.map((name, i) => (
                      <span key={name}>
                        {i > 0 && ", "}
                        <Link href={containerHref(name)} className="hover:underline">
                          {name}
                        </Link>
                      </span>
                    ))}
                  </span>
                )}
              </Cell>
            </tr>
          );
        })}
      </tbody>
    </CardTable>
  );
}
