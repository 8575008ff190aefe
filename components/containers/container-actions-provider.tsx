"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { useSWRConfig } from "swr";
import type { ContainerDetail, ContainerSummary } from "@/lib/shared/types/engine";
import { VERB_LABELS, type ContainerVerb } from "@/lib/shared/containers/verbs";
import { CONTAINERS_KEY, CONTAINERS_PREFIX } from "@/lib/browser/paths/containers";
import { errorMessage } from "@/lib/browser/api/api-error";
import { removeContainer, runContainerVerb, type RemoveOptions } from "@/lib/browser/api/container-actions";
import { refersTo } from "@/lib/browser/containers/container-match";
import { markUserStop } from "@/lib/browser/containers/user-stops";
import { useContainers, type ContainersResponse } from "@/lib/browser/hooks/use-containers";
import type { ContainerResponse } from "@/lib/browser/hooks/use-container";
import { useSelection } from "@/components/containers/container-selection";
import { RemoveDialog } from "@/components/containers/remove-dialog";
import { ErrorToast } from "@/components/ui/toast";

export type BusyAction = ContainerVerb | "remove";

interface ContainerActions {
  /** What is in flight, by container id: one action per container at a time. */
  busy: Readonly<Record<string, BusyAction>>;
  run: (container: ContainerSummary, verb: ContainerVerb) => void;
  requestRemove: (container: ContainerSummary) => void;
}

const ActionsContext = createContext<ContainerActions | null>(null);

const isDetailKey = (key: unknown) => typeof key === "string" && key.startsWith(`${CONTAINERS_PREFIX}/`);

/**
 * Lifecycle actions shared by the list rows and the detail toolbar, with the one remove dialog and
 * the one error toast they both use.
 */
export function ContainerActionsProvider({ children }: { children: ReactNode }) {
  const { mutate, cache } = useSWRConfig();
  const { containers } = useContainers();
  const { selectedRef, select } = useSelection();
  const [busy, setBusy] = useState<Record<string, BusyAction>>({});
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [removeTarget, setRemoveTarget] = useState<ContainerSummary | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);

  const setBusyFor = useCallback((id: string, action: BusyAction | null) => {
    setBusy((current) => {
      const next = { ...current };
      if (action) next[id] = action;
      else delete next[id];
      return next;
    });
  }, []);

  const patchList = useCallback(
    (change: (list: ContainerSummary[]) => ContainerSummary[]) => {
      // Never write over an error or a list still loading.
      const held = cache.get(CONTAINERS_KEY)?.data as ContainersResponse | undefined;
      if (held) void mutate(CONTAINERS_KEY, { containers: change(held.containers) }, { revalidate: false });
    },
    [cache, mutate],
  );

  // The response is the freshest state there is; show it now rather than after the pushed event's
  // refetch (which still comes, and settles anything else the action changed). Only keys already
  // holding this container are touched: writing any other key would clear its error (e.g. a 404).
  const applyDetail = useCallback(
    (detail: ContainerDetail) => {
      for (const key of cache.keys()) {
        if (!isDetailKey(key)) continue;
        const held = cache.get(key)?.data as ContainerResponse | undefined;
        if (held?.container.id === detail.id) void mutate(key, { container: detail }, { revalidate: false });
      }
      patchList((list) => list.map((c) => (c.id === detail.id ? { ...c, state: detail.state, status: detail.status } : c)));
    },
    [cache, mutate, patchList],
  );

  const run = useCallback(
    (container: ContainerSummary, verb: ContainerVerb) => {
      setFailure(null);
      if (verb !== "start" && verb !== "unpause") markUserStop([container.id]);
      setBusyFor(container.id, verb);
      runContainerVerb(container.id, verb)
        .then(applyDetail)
        .catch((error: unknown) =>
          setFailure({ title: `Could not ${VERB_LABELS[verb].toLowerCase()} ${container.name}`, message: errorMessage(error) }),
        )
        .finally(() => setBusyFor(container.id, null));
    },
    [applyDetail, setBusyFor],
  );

  const requestRemove = useCallback((container: ContainerSummary) => {
    setFailure(null);
    setRemoveError(null);
    setRemoveTarget(container);
  }, []);

  const confirmRemove = useCallback(
    async (options: RemoveOptions) => {
      const target = removeTarget;
      if (!target) return;
      setRemoveError(null);
      setBusyFor(target.id, "remove");
      markUserStop([target.id]);
      // Decided before the list changes: the neighbour below, else the one above.
      const list = containers ?? [];
      const index = list.findIndex((c) => c.id === target.id);
      const next = index < 0 ? undefined : (list[index + 1] ?? list[index - 1]);
      const wasSelected = selectedRef !== undefined && refersTo(target, selectedRef);
      try {
        await removeContainer(target.id, options);
        setRemoveTarget(null);
        patchList((list) => list.filter((c) => c.id !== target.id));
        if (wasSelected) select(next?.name ?? null, { replace: true });
      } catch (error) {
        setRemoveError(errorMessage(error));
      } finally {
        setBusyFor(target.id, null);
      }
    },
    [containers, patchList, removeTarget, select, selectedRef, setBusyFor],
  );

  const value = useMemo(() => ({ busy, run, requestRemove }), [busy, run, requestRemove]);

  return (
    <ActionsContext.Provider value={value}>
      {children}
      {removeTarget && (
        <RemoveDialog
          container={removeTarget}
          busy={busy[removeTarget.id] === "remove"}
          error={removeError}
          onConfirm={confirmRemove}
          onClose={() => setRemoveTarget(null)}
        />
      )}
      {failure && <ErrorToast title={failure.title} message={failure.message} onDismiss={() => setFailure(null)} />}
    </ActionsContext.Provider>
  );
}

export function useContainerActions(): ContainerActions {
  const value = useContext(ActionsContext);
  if (!value) throw new Error("useContainerActions must be used inside ContainerActionsProvider");
  return value;
}
