"use client";

import { useEffect } from "react";
import { useSWRConfig } from "swr";
import type { EngineEvent, EngineHealth } from "@/lib/shared/types/engine";
import type { ContainerChange } from "@/lib/shared/types/engine";
import type { ContainersResponse } from "@/lib/browser/hooks/use-containers";
import { CONTAINERS_KEY, HEALTH_KEY, isContainerListKey, isContainersKey } from "@/lib/browser/paths/containers";
import { applyContainerChanges, containerSideOf, keyConcernsEvents, patchContainerList } from "@/lib/browser/live/container-event-patch";
import { getSocket } from "@/lib/browser/live/socket";
import { keyUnderPrefixes, resourcePrefixesFor } from "@/lib/browser/live/resource-event-keys";
import type { LiveStatus } from "@/components/live/live-status";

// One `docker run` emits create, network connect and start within a few ms: one refetch for the lot.
const COALESCE_MS = 16;
// Images, volumes, networks, cleanup, system, security: a container start sends its network connect and its start a
// few hundred ms apart on a busy engine, and the cleanup screen's preview costs a `system df`. These screens are not
// what a user watches for a state change: one refetch per burst is worth a quarter of a second. (SWR refetches only
// keys a mounted screen uses: a tab not showing the cleanup screen fetches no preview. The header's reclaimable
// space is the server's disk summary, pushed as `disk:summary`: no tab refetches it.)
const RESOURCE_COALESCE_MS = 250;

function changesContainers(event: EngineEvent): boolean {
  // exec_* and top fire constantly under a health check or a `docker top` and change nothing we show.
  return event.type === "container" && !event.action.startsWith("exec_") && event.action !== "top";
}

/** Turns pushed engine events and health into SWR revalidations. Renders nothing. */
export function LiveSync({ onStatus }: { onStatus: (status: LiveStatus) => void }) {
  const { mutate, cache } = useSWRConfig();

  useEffect(() => {
    const socket = getSocket();
    let connectedBefore = false;
    let flushTimer: number | undefined;
    let pending: EngineEvent[] = [];
    let resourceTimer: number | undefined;
    const resourcePrefixes = new Set<string>();

    const revalidate = (match: (key: unknown) => boolean) => {
      void mutate(match);
    };
    // Health arrives by push, so refetching it would only race the pushed value.
    const revalidateAll = () => revalidate((key) => key !== HEALTH_KEY);

    // Images, volumes, networks: a pull fires an event per tag and layer; one refetch per screen per burst.
    const onResourceEvent = (event: EngineEvent) => {
      for (const prefix of resourcePrefixesFor(event)) resourcePrefixes.add(prefix);
      if (resourcePrefixes.size === 0 || resourceTimer !== undefined) return;
      resourceTimer = window.setTimeout(() => {
        resourceTimer = undefined;
        const prefixes = [...resourcePrefixes];
        resourcePrefixes.clear();
        revalidate((key) => keyUnderPrefixes(key, prefixes));
      }, RESOURCE_COALESCE_MS);
    };

    const onEvent = (raw: EngineEvent) => {
      onResourceEvent(raw);
      const held = cache.get(CONTAINERS_KEY)?.data as ContainersResponse | undefined;
      const event = containerSideOf(raw, (id) => held?.containers.find((c) => c.id === id)?.name) ?? raw;
      if (!changesContainers(event)) return;
      // Show what the event says at once; the coalesced refetch below brings the engine's full view.
      if (held) {
        const patched = patchContainerList(held.containers, event);
        if (patched !== held.containers) void mutate(CONTAINERS_KEY, { ...held, containers: patched }, { revalidate: false });
      }
      pending.push(event);
      if (flushTimer !== undefined) return;
      flushTimer = window.setTimeout(() => {
        flushTimer = undefined;
        const events = pending;
        pending = [];
        revalidate((key) => keyConcernsEvents(key, events));
      }, COALESCE_MS);
    };

    // The server's container store says what an event changed: the list is patched, not fetched again.
    const onContainersChanged = (change: ContainerChange) => {
      for (const key of heldListKeys()) {
        const held = cache.get(key)!.data as ContainersResponse;
        const all = new URLSearchParams(key.split("?")[1] ?? "").get("all") === "1";
        const patched: ContainersResponse = { containers: applyContainerChanges(held.containers, change, all), revision: change.revision };
        void mutate(key, patched, { revalidate: false });
      }
    };

    // The lists this tab holds (not one container's detail, which shares the prefix).
    const heldListKeys = () => [...cache.keys()].filter((key) => isContainerListKey(key) && cache.get(key)?.data !== undefined);

    // Sent once right after connect: a list fetched before the socket listened may have missed a change in between,
    // and the revision says whether it did. At 5,000 containers the list is ~2 MB: fetched again only when it moved.
    const onRevision = (revision: string) => {
      const stale = new Set(heldListKeys().filter((key) => (cache.get(key)!.data as ContainersResponse).revision !== revision));
      if (stale.size > 0) revalidate((key) => stale.has(key as string));
    };

    const onHealth = (health: EngineHealth) => {
      const previous = cache.get(HEALTH_KEY)?.data as EngineHealth | undefined;
      void mutate(HEALTH_KEY, health, { revalidate: false });
      // Events were lost while the engine was away.
      if (previous && !previous.reachable && health.reachable) revalidateAll();
    };

    const onConnect = () => {
      onStatus("connected");
      if (connectedBefore) {
        // Events were lost while we were disconnected.
        revalidateAll();
      } else {
        // One container's detail that loaded before the socket was listening may have missed an event in between;
        // the lists wait for the revision the server sends next (onRevision).
        revalidate((key) => isContainersKey(key) && !isContainerListKey(key) && cache.get(key as string)?.data !== undefined);
      }
      connectedBefore = true;
    };

    const onDisconnect = () => onStatus("disconnected");

    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on("engine:health", onHealth);
    socket.on("engine:event", onEvent);
    socket.on("containers:changed", onContainersChanged);
    socket.on("containers:revision", onRevision);
    onStatus(socket.connected ? "connected" : "connecting");
    socket.connect();

    return () => {
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.off("engine:health", onHealth);
      socket.off("engine:event", onEvent);
      socket.off("containers:changed", onContainersChanged);
      socket.off("containers:revision", onRevision);
      window.clearTimeout(flushTimer);
      window.clearTimeout(resourceTimer);
      socket.disconnect();
    };
  }, [mutate, cache, onStatus]);

  return null;
}
