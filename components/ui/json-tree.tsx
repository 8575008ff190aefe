"use client";

import clsx from "clsx";
import type { ReactNode } from "react";

// A collapsible view of any JSON value, rendered as text (keys, strings, numbers) — never as HTML.
// Which nodes are open is the caller's state (a set of path keys), so "expand all", "collapse all"
// and a data refresh keep what the user opened.

export type JsonPath = readonly (string | number)[];
type Json = unknown;

/** A stable string for a path, for the expanded set. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** Keys of every object and array in `value` (for "expand all"). */
export function containerPathKeys(value: Json, path: JsonPath = [], out: string[] = []): string[] {
  if (value !== null && typeof value === "object") {
    out.push(pathKey(path));
    for (const [k, v] of entries(value)) containerPathKeys(v, [...path, k], out);
  }
  return out;
}

function entries(value: object): [string | number, Json][] {
  return Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
      className={clsx("size-3 shrink-0 text-ink-faint transition-transform", open && "rotate-90")}
    >
      <path d="M4.5 2.5 8 6l-3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

export interface JsonTreeProps {
  value: Json;
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Lets the caller replace how a string is shown (e.g. mask a secret); default is the quoted string. */
  renderString?: (path: JsonPath, value: string) => ReactNode | undefined;
  label?: string;
  /** Path keys of nodes to highlight (a search's hits). */
  highlighted?: ReadonlySet<string>;
}

export function JsonTree({ value, expanded, onToggle, renderString, label = "JSON", highlighted }: JsonTreeProps) {
  return (
    <div role="group" aria-label={label} className="font-mono text-xs leading-5 text-ink">
      <JsonNode name={undefined} value={value} path={[]} ctx={{ expanded, onToggle, renderString, highlighted }} />
    </div>
  );
}

interface Ctx {
  expanded: ReadonlySet<string>;
  onToggle: (key: string) => void;
  renderString?: JsonTreeProps["renderString"];
  highlighted?: ReadonlySet<string>;
}

/**
 * Paths whose key or text value contains `query` (case-insensitive), and every ancestor of them (to
 * open). `searchable` may hide a value from the search (a masked secret must not be findable).
 */
export function searchJson(
  value: Json,
  query: string,
  searchable: (path: JsonPath, value: string) => string = (_p, v) => v,
): { hits: Set<string>; open: Set<string> } {
  const q = query.trim().toLowerCase();
  const hits = new Set<string>();
  const open = new Set<string>();
  if (!q) return { hits, open };
  const walk = (v: Json, path: JsonPath): boolean => {
    const last = path[path.length - 1];
    let found = typeof last === "string" && last.toLowerCase().includes(q);
    if (v !== null && typeof v === "object") {
      let inside = false;
      for (const [k, child] of entries(v)) inside = walk(child, [...path, k]) || inside;
      if (inside) open.add(pathKey(path));
      if (found) hits.add(pathKey(path));
      return found || inside;
    }
    const text = typeof v === "string" ? searchable(path, v) : String(v);
    found ||= text.toLowerCase().includes(q);
    if (found) hits.add(pathKey(path));
    return found;
  };
  walk(value, []);
  return { hits, open };
}

function KeyLabel({ name }: { name: string | number | undefined }) {
  if (name === undefined) return null;
  return (
    <>
      <span className={typeof name === "number" ? "text-ink-faint" : "text-code-key"}>
        {typeof name === "number" ? name : `"${name}"`}
      </span>
      <span className="text-ink-faint">: </span>
    </>
  );
}

function Primitive({ value, path, ctx }: { value: Json; path: JsonPath; ctx: Ctx }) {
  if (typeof value === "string") {
    const custom = ctx.renderString?.(path, value);
    if (custom !== undefined) return <>{custom}</>;
    return <span className="whitespace-pre-wrap break-all text-code-string">{JSON.stringify(value)}</span>;
  }
  if (typeof value === "number") return <span className="text-code-number">{String(value)}</span>;
  if (typeof value === "boolean") return <span className="text-code-bool">{String(value)}</span>;
  return <span className="text-ink-faint">null</span>;
}

function JsonNode({ name, value, path, ctx }: { name: string | number | undefined; value: Json; path: JsonPath; ctx: Ctx }) {
  if (value === null || typeof value !== "object") {
    return (
      <div
        data-json-hit={ctx.highlighted?.has(pathKey(path)) || undefined}
        className={clsx("break-all pl-4", ctx.highlighted?.has(pathKey(path)) && "bg-warning-tint")}
      >
        <KeyLabel name={name} />
        <Primitive value={value} path={path} ctx={ctx} />
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const items = entries(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (items.length === 0) {
    return (
      <div className="pl-4">
        <KeyLabel name={name} />
        <span className="text-ink-faint">{open + close}</span>
      </div>
    );
  }
  const key = pathKey(path);
  // The root is always open: a collapsed root would show nothing useful.
  const isOpen = path.length === 0 || ctx.expanded.has(key);
  const summary = isArray ? `${items.length} item${items.length === 1 ? "" : "s"}` : `${items.length} key${items.length === 1 ? "" : "s"}`;
  return (
    <div>
      {path.length > 0 ? (
        <button
          type="button"
          aria-expanded={isOpen}
          aria-label={path.join(".")}
          data-json-hit={ctx.highlighted?.has(key) || undefined}
          onClick={() => ctx.onToggle(key)}
          className={clsx(
            "flex w-full items-center gap-1 rounded-sm text-left hover:bg-hover",
            ctx.highlighted?.has(key) && "bg-warning-tint",
          )}
        >
          <Chevron open={isOpen} />
          <span>
            <KeyLabel name={name} />
            <span className="text-ink-faint">{isOpen ? open : `${open}…${close}`}</span>
            {!isOpen && <span className="ml-2 font-sans text-[11px] text-ink-faint">{summary}</span>}
          </span>
        </button>
      ) : (
        <div className="pl-4 text-ink-faint">{open}</div>
      )}
      {isOpen && (
        <>
          <div className="ml-[5px] border-l border-line pl-3">
            {items.map(([k, v]) => (
              <JsonNode key={String(k)} name={k} value={v} path={[...path, k]} ctx={ctx} />
            ))}
          </div>
          <div className="pl-4 text-ink-faint">{close}</div>
        </>
      )}
    </div>
  );
}
