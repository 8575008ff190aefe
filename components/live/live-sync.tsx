"use client";

import { useEffect } from "react";
import { useSWRConfig } from "swr";
import type { EngineEvent, EngineHealth } from "@/lib/docker/types";
import type { ContainerSummary } from "@/lib/docker/types";
import { CONTAINERS_KEY, HEALTH_KEY, isContainersKey } from "@/lib/client/api-paths";
import { keyConcernsEvents, patchContainerList } from "@/lib/client/container-event-patch";
import { getSocket } from "@/lib/client/socket";
import { isImagesKey } from "@/lib/images/paths";
import type { LiveStatus } from "@/components/live/live-status";

// One `docker run` emits create, network connect and start within a few ms: one refetch for the lot.
const COALESCE_MS = 16;

function changesContainers(event: EngineEvent): boolean {
  // exec_* and top fire constantly under a health check or a `docker top` and change nothing we show.
  return event.type === "container" && !event.action.startsWith("exec_") && event.action !== "top";
}

// Volume and network screens: their own events, plus container create/destroy (which changes who uses a volume
// or is attached to a network). Prefixes of the SWR keys each screen reads.
function volnetPrefixesFor(event: EngineEvent): string[] {
  if (event.type === "volume") return ["/api/volumes"];
  if (event.type === "network") return ["/api/networks"];
  if (event.type === "container" && (event.action === "create" || event.action === "destroy" || event.action === "rename")) {
    return ["/api/volumes", "/api/networks"];
  }
  return [];
}

/** Turns pushed engine events and health into SWR revalidations. Renders nothing. */
export function LiveSync({ onStatus }: { onStatus: (status: LiveStatus) => void }) {
  const { mutate, cache } = useSWRConfig();

  useEffect(() => {
    const socket = getSocket();
    let connectedBefore = false;
    let flushTimer: number | undefined;
    let pending: EngineEvent[] = [];
    let imagesTimer: number | undefined;

    const revalidate = (match: (key: unknown) => boolean) => {
      void mutate(match);
    };
    // Health arrives by push, so refetching it would only race the pushed value.
    const revalidateAll = () => revalidate((key) => key !== HEALTH_KEY);

    // A pull or build fires an image event per tag and layer: one refetch of the image keys for the burst.
    const onImageEvent = (event: EngineEvent) => {
      if (event.type !== "image" || imagesTimer !== undefined) return;
      imagesTimer = window.setTimeout(() => {
        imagesTimer = undefined;
        revalidate(isImagesKey);
      }, COALESCE_MS);
    };

    const onEvent = (event: EngineEvent) => {
      onImageEvent(event);
      if (!changesContainers(event)) return;
      // Show what the event says at once; the coalesced refetch below brings the engine's full view.
      const held = cache.get(CONTAINERS_KEY)?.data as { containers: ContainerSummary[] } | undefined;
      if (held) {
        const patched = patchContainerList(held.containers, event);
        if (patched !== held.containers) void mutate(CONTAINERS_KEY, { containers: patched }, { revalidate: false });
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
        // Data that loaded before the socket was listening may have missed an event in between.
        revalidate((key) => isContainersKey(key) && cache.get(key as string)?.data !== undefined);
      }
      connectedBefore = true;
    };

    const onDisconnect = () => onStatus("disconnected");

    socket.on("connect", onConnect);
    socket.on("disconnect", onDisconnect);
    socket.on("engine:health", onHealth);
    socket.on("engine:event", onEvent);
    onStatus(socket.connected ? "connected" : "connecting");
    socket.connect();

    return () => {
      socket.off("connect", onConnect);
      socket.off("disconnect", onDisconnect);
      socket.off("engine:health", onHealth);
      socket.off("engine:event", onEvent);
      window.clearTimeout(flushTimer);
      window.clearTimeout(imagesTimer);
      socket.disconnect();
    };
  }, [mutate, cache, onStatus]);

  useEffect(() => {
    const socket = getSocket();
    let timer: number | undefined;
    const pending = new Set<string>();
    const onVolnetEvent = (event: EngineEvent) => {
      for (const prefix of volnetPrefixesFor(event)) pending.add(prefix);
      if (!pending.size || timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        const prefixes = [...pending];
        pending.clear();
        // A volume's file listing runs a helper container whose own volume events must not re-run it.
        void mutate((key) => typeof key === "string" && !key.includes("/files") && prefixes.some((p) => key.startsWith(p)));
      }, COALESCE_MS);
    };
    socket.on("engine:event", onVolnetEvent);
    return () => {
      socket.off("engine:event", onVolnetEvent);
      window.clearTimeout(timer);
    };
  }, [mutate]);

  return null;
}
