"use client";

import { useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { matchShortcut } from "@/lib/shared/keyboard/shortcuts";
import { pinFavourites } from "@/lib/browser/containers/favourite-order";
import { applyRangeClick, keepPresent } from "@/lib/browser/containers/range-selection";
import { useFavourites } from "@/lib/browser/hooks/use-favourites";
import { BulkBar } from "@/components/containers/bulk-bar";
import Link from "next/link";
import { useSession } from "@/lib/browser/hooks/use-session";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { errorMessage, isEngineUnreachable } from "@/lib/browser/api/api-error";
import { findByRef, matchesFilter } from "@/lib/browser/containers/container-match";
import { preloadContainers, useContainers } from "@/lib/browser/hooks/use-containers";
import { useEngineHealth } from "@/lib/browser/hooks/use-engine-health";
import { useSlashFocus } from "@/lib/browser/hooks/use-slash-focus";
import { useSelection } from "@/components/containers/container-selection";
import { ContainerFilter } from "@/components/containers/container-filter";
import { ContainerRow } from "@/components/containers/container-row";
import { VIRTUAL_FROM, VirtualRows, type VirtualRowsHandle } from "@/components/containers/virtual-rows";
import { UsageToggle } from "@/components/containers/stats/row-usage";
import { GroupToggle, ProjectGroup } from "@/components/containers/project-group";
import { groupByProject, visibleRows } from "@/lib/browser/containers/container-groups";
import {
  ListEmpty,
  ListEngineDown,
  ListError,
  ListNoMatch,
  ListSkeleton,
} from "@/components/containers/container-list-states";

preloadContainers();

// The list's own keys (their names and the help come from lib/shared/keyboard/shortcuts.ts).
const MOVES = {
  "list.down": (i: number, n: number) => Math.min(i + 1, n - 1),
  "list.up": (i: number) => Math.max(i - 1, 0),
  "list.first": () => 0,
  "list.last": (_: number, n: number) => n - 1,
} as const;
const MOVE_IDS = Object.keys(MOVES) as (keyof typeof MOVES)[];

export function ContainerSidebar() {
  const { containers, error, mutate } = useContainers();
  const { health } = useEngineHealth();
  const mayCreate = useSession().may("POST", "/api/containers");
  const { selectedRef, select } = useSelection();
  const [query, setQuery] = useState("");
  const [showUsage, setShowUsage] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const virtualRef = useRef<VirtualRowsHandle>(null);
  useSlashFocus(filterRef);

  const [grouped, setGrouped] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const { favourites } = useFavourites();
  // Starred first (by name, so a recreated one stays pinned); grouping keeps this order inside each stack.
  const matching = useMemo(
    () => pinFavourites((containers ?? []).filter((c) => matchesFilter(c, query)), favourites),
    [containers, query, favourites],
  );
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | undefined>(undefined);
  // Removed containers drop out of the selection.
  const selectedIds = useMemo(() => keepPresent(picked, (containers ?? []).map((c) => c.id)), [picked, containers]);
  const groups = useMemo(() => (grouped ? groupByProject(matching) : undefined), [grouped, matching]);
  // The rows in the order shown (what the arrow keys walk): collapsed groups' rows are not shown.
  const visible = useMemo(() => (groups ? visibleRows(groups, collapsed) : matching), [groups, collapsed, matching]);
  const toggleGroup = (project: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (!next.delete(project)) next.add(project);
      return next;
    });
  const selected = findByRef(containers ?? [], selectedRef);
  // Stale rows would lie while the engine is away: say so instead.
  const engineDown = health?.reachable === false || isEngineUnreachable(error);

  function focusRow(container: ContainerSummary) {
    const selector = `a[data-container-id="${CSS.escape(container.id)}"]`;
    const row = listRef.current?.querySelector<HTMLElement>(selector);
    if (row || !virtualRef.current) return row?.focus();
    // A virtualized list holds only the rows in view: bring this one in, then focus it once it is drawn.
    virtualRef.current.scrollToIndex(visible.findIndex((c) => c.id === container.id));
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(selector)?.focus());
  }

  function openRow(container: ContainerSummary) {
    if (container.id !== selected?.id) select(container.name);
    focusRow(container);
  }

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const id = matchShortcut(MOVE_IDS, event);
    const move = id && MOVES[id];
    if (!move || visible.length === 0) return;
    event.preventDefault();
    const focusedId = (document.activeElement as HTMLElement | null)?.closest("li")?.querySelector("a")?.dataset.containerId;
    const from = visible.findIndex((c) => c.id === (focusedId ?? selected?.id));
    const target = visible[from < 0 ? 0 : move(from, visible.length)];
    if (target) openRow(target);
  }

  function enterList() {
    const target = visible.find((c) => c.id === selected?.id) ?? visible[0];
    if (target) openRow(target);
  }

  function onCheck(container: ContainerSummary, shift: boolean) {
    const order = visible.map((c) => c.id);
    setPicked(applyRangeClick({ order, selected: selectedIds, anchor: anchor.current, clicked: container.id, shift }));
    anchor.current = container.id;
  }

  const renderRow = (container: ContainerSummary, style?: CSSProperties) => (
    <ContainerRow
      key={container.id}
      container={container}
      selected={container.id === selected?.id}
      onSelect={openRow}
      usage={showUsage}
      style={style}
      starred={favourites.has(container.name)}
      checked={selectedIds.has(container.id)}
      selecting={selectedIds.size > 0}
      onCheck={onCheck}
    />
  );

  let content;
  if (engineDown) content = <ListEngineDown />;
  else if (error) content = <ListError message={errorMessage(error)} onRetry={() => void mutate()} />;
  else if (!containers) content = <ListSkeleton />;
  else if (containers.length === 0) content = <ListEmpty />;
  else if (matching.length === 0) content = <ListNoMatch />;
  else if (groups)
    content = (
      <ul ref={listRef} role="list" onKeyDown={onListKeyDown}>
        {groups.map((group) => (
          <ProjectGroup
            key={group.project ?? ""}
            group={group}
            collapsed={group.project !== undefined && collapsed.has(group.project)}
            onToggle={toggleGroup}
          >
            {group.containers.map((c) => renderRow(c))}
          </ProjectGroup>
        ))}
      </ul>
    );
  else if (visible.length >= VIRTUAL_FROM)
    content = <VirtualRows items={visible} scrollRef={scrollRef} listRef={listRef} handleRef={virtualRef} onKeyDown={onListKeyDown} render={renderRow} />;
  else
    content = (
      <ul ref={listRef} role="list" onKeyDown={onListKeyDown}>
        {visible.map((c) => renderRow(c))}
      </ul>
    );

  const total = containers?.length;
  return (
    <aside className="flex w-full shrink-0 flex-col border-line bg-surface sm:w-[260px] sm:border-r xl:w-[300px]">
      <div className="flex h-12 shrink-0 items-center gap-1.5 px-3">
        <h2 className="text-[15px] font-semibold text-ink">Containers</h2>
        {total !== undefined && !engineDown && (
          <span
            className="rounded-full bg-hover px-1.5 py-px text-[11px] font-semibold text-ink-muted tabular-nums"
            title={query ? `${matching.length} of ${total} match` : `${total} containers`}
          >
            {query ? `${matching.length}/${total}` : total}
          </span>
        )}
        {mayCreate && <Link
          href="/new"
          className="ml-auto flex h-6 shrink-0 items-center whitespace-nowrap rounded px-1 text-[12px] font-semibold uppercase tracking-wide text-brand-dark hover:bg-brand-tint hover:text-brand-dark"
        >
          + New
        </Link>}
        {!engineDown && <GroupToggle on={grouped} onChange={setGrouped} />}
        {!engineDown && <UsageToggle on={showUsage} onChange={setShowUsage} />}
      </div>
      <ContainerFilter
        value={query}
        onChange={setQuery}
        inputRef={filterRef}
        onArrowDown={enterList}
        onEnter={() => visible[0] && openRow(visible[0])}
      />
      {!engineDown && containers && containers.length > 0 && (
        <BulkBar
          matching={matching}
          selected={selectedIds}
          onSelectAll={(all) => setPicked(all ? new Set([...selectedIds, ...matching.map((c) => c.id)]) : new Set())}
          onClear={() => setPicked(new Set())}
        />
      )}
      <nav ref={scrollRef} aria-label="Containers" className="min-h-0 flex-1 overflow-y-auto border-t border-line">
        {content}
      </nav>
    </aside>
  );
}
