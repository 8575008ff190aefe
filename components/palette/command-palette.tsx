"use client";

import { Command } from "cmdk";
import { useId, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useSWRConfig } from "swr";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { VERB_LABELS, verbApplies, type ContainerVerb } from "@/lib/shared/containers/verbs";
import { errorMessage } from "@/lib/browser/api/api-error";
import { runContainerVerb } from "@/lib/browser/api/container-actions";
import { markUserStop } from "@/lib/browser/containers/user-stops";
import { useContainers } from "@/lib/browser/hooks/use-containers";
import { useFavourites } from "@/lib/browser/hooks/use-favourites";
import { useImages } from "@/lib/browser/hooks/use-images";
import { useNetworks } from "@/lib/browser/hooks/use-networks";
import { useStacks } from "@/lib/browser/hooks/use-stacks";
import { useVolumes } from "@/lib/browser/hooks/use-volumes";
import { CONTAINERS_KEY, containerHref } from "@/lib/browser/paths/containers";
import { imageHref } from "@/lib/browser/paths/images";
import { networkHref } from "@/lib/browser/paths/networks";
import { stackHref } from "@/lib/browser/paths/stacks";
import { volumeHref } from "@/lib/browser/paths/volumes";
import { entryId, rankEntries, type EntryKind, type PaletteEntry } from "@/lib/browser/palette/palette-entries";
import { readRecent, rememberRecent } from "@/lib/browser/palette/recent-entries";
import { Modal } from "@/components/ui/modal";

const SCREENS: [string, string][] = [
  ["Containers", "/containers"],
  ["New container", "/new"],
  ["Stacks", "/stacks"],
  ["Images", "/images"],
  ["Registries", "/registries"],
  ["Volumes", "/volumes"],
  ["Networks", "/networks"],
  ["Events", "/events"],
  ["System", "/system"],
  ["Cleanup", "/cleanup"],
  ["Security", "/security"],
  ["Audit log", "/audit"],
];

const KIND_LABEL: Record<EntryKind, string> = {
  container: "Container",
  image: "Image",
  volume: "Volume",
  network: "Network",
  stack: "Stack",
  screen: "Screen",
};

type Verb = "open" | "start" | "stop" | "restart" | "logs" | "terminal" | "star";

function containerVerbs(c: ContainerSummary, starred: boolean): { verb: Verb; label: string }[] {
  const list: { verb: Verb; label: string }[] = [{ verb: "open", label: "Open" }];
  for (const v of ["start", "stop", "restart"] as const) if (verbApplies(v, c.state)) list.push({ verb: v, label: VERB_LABELS[v] });
  list.push({ verb: "logs", label: "Logs" }, { verb: "terminal", label: "Terminal" }, { verb: "star", label: starred ? "Unstar" : "Star" });
  return list;
}

/** Jump anywhere by fuzzy name, or pick a container and run a verb on it. Mounted means open. */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const id = useId();
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const { containers } = useContainers();
  const { images } = useImages();
  const { volumes } = useVolumes();
  const { networks } = useNetworks();
  const { stacks } = useStacks();
  const { favourites, toggle } = useFavourites();
  const [recent] = useState(readRecent);
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<ContainerSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const entries = useMemo<PaletteEntry[]>(() => {
    const list: PaletteEntry[] = SCREENS.map(([label, href]) => ({ kind: "screen", key: href, label, href }));
    for (const c of containers ?? []) list.push({ kind: "container", key: c.name, label: c.name, detail: `${c.state} · ${c.image}`, href: containerHref(c.name) });
    for (const s of stacks ?? []) list.push({ kind: "stack", key: s.name, label: s.name, href: stackHref(s.name) });
    for (const img of images ?? []) {
      const name = img.tags[0] ?? img.id.replace(/^sha256:/, "").slice(0, 12);
      list.push({ kind: "image", key: name, label: name, detail: img.tags.slice(1).join(", ") || undefined, href: imageHref(img.tags[0] ?? img.id) });
    }
    for (const v of volumes ?? []) list.push({ kind: "volume", key: v.name, label: v.name, href: volumeHref(v.name) });
    for (const n of networks ?? []) list.push({ kind: "network", key: n.name, label: n.name, href: networkHref(n.name) });
    return list;
  }, [containers, images, networks, stacks, volumes]);

  const results = useMemo(() => rankEntries(entries, query, favourites, recent), [entries, query, favourites, recent]);

  function go(href: string) {
    onClose();
    router.push(href);
  }

  function pick(entry: PaletteEntry) {
    rememberRecent(entryId(entry));
    const container = entry.kind === "container" ? containers?.find((c) => c.name === entry.key) : undefined;
    if (!container) return go(entry.href);
    setChosen(container);
    setQuery("");
    setError(null);
  }

  async function runVerb(c: ContainerSummary, verb: Verb) {
    if (verb === "open") return go(containerHref(c.name));
    if (verb === "logs" || verb === "terminal") return go(`${containerHref(c.name)}?tab=${verb}`);
    if (verb === "star") return toggle(c.name);
    setBusy(true);
    setError(null);
    if (verb !== "start") markUserStop([c.id]);
    try {
      await runContainerVerb(c.id, verb as ContainerVerb);
      void mutate(CONTAINERS_KEY);
      onClose();
    } catch (err) {
      setError(`Could not ${verb} ${c.name}: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="w-[min(36rem,calc(100vw-2rem))] self-start mt-[12vh]">
      <h2 id={`${id}-title`} className="sr-only">
        Command palette
      </h2>
      <Command
        label="Command palette"
        shouldFilter={false}
        onKeyDown={(event) => {
          // Backspace on an empty query goes back from a container's verbs to the search.
          if (chosen && event.key === "Backspace" && !query) {
            event.preventDefault();
            setChosen(null);
          }
        }}
      >
        <div className="flex items-center gap-2 border-b border-line pb-2">
          {chosen && (
            <button type="button" onClick={() => setChosen(null)} className="rounded bg-brand-tint px-1.5 py-0.5 font-mono text-xs text-brand-dark" title="Back to the search">
              {chosen.name}
            </button>
          )}
          <Command.Input
            autoFocus
            value={query}
            onValueChange={setQuery}
            placeholder={chosen ? "Run a verb on it…" : "Jump to a container, image, volume, network, stack or screen…"}
            className="min-w-0 flex-1 bg-transparent py-1 text-[14px] text-ink outline-none placeholder:text-ink-faint"
          />
        </div>
        {error && (
          <p role="alert" className="mt-2 text-[13px] text-danger-ink">
            {error}
          </p>
        )}
        <Command.List className="mt-2 max-h-[50vh] overflow-y-auto">
          <Command.Empty className="py-6 text-center text-[13px] text-ink-muted">Nothing matches.</Command.Empty>
          {chosen ? (
            <Command.Group heading={`Verbs for ${chosen.name}`} className="text-[11px] text-ink-muted">
              {containerVerbs(chosen, favourites.has(chosen.name))
                .filter((v) => !query || v.label.toLowerCase().includes(query.trim().toLowerCase()))
                .map((v) => (
                  <Command.Item
                    key={v.verb}
                    value={v.verb}
                    disabled={busy}
                    onSelect={() => void runVerb(chosen, v.verb)}
                    className="flex cursor-pointer items-center rounded px-2 py-1.5 text-[13px] text-ink data-[selected=true]:bg-brand-tint"
                  >
                    {v.label}
                  </Command.Item>
                ))}
            </Command.Group>
          ) : (
            results.map((entry) => (
              <Command.Item
                key={entryId(entry)}
                value={entryId(entry)}
                onSelect={() => pick(entry)}
                className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-[13px] text-ink data-[selected=true]:bg-brand-tint"
              >
                {entry.kind === "container" && favourites.has(entry.key) && (
                  <span aria-label="Starred" className="text-warning">
                    ★
                  </span>
                )}
                <span className="min-w-0 flex-1 truncate font-medium">{entry.label}</span>
                {entry.detail && <span className="min-w-0 max-w-[45%] truncate text-xs text-ink-muted">{entry.detail}</span>}
                <span className="shrink-0 text-[11px] uppercase tracking-wide text-ink-muted">{KIND_LABEL[entry.kind]}</span>
              </Command.Item>
            ))
          )}
        </Command.List>
        <p className="mt-2 border-t border-line pt-2 text-[11px] text-ink-muted">
          ↑↓ to move · Enter to choose{chosen ? " · Backspace to go back" : " · a container offers its verbs"} · Esc to close
        </p>
      </Command>
    </Modal>
  );
}
