"use client";

import { createContext, startTransition, useCallback, useContext, useMemo, useOptimistic, type ReactNode } from "react";
import { useParams, useRouter } from "next/navigation";
import { containerHref } from "@/lib/browser/paths/containers";
import { safeDecode } from "@/lib/browser/files/safe-decode";

interface Selection {
  /** The name (or id) in the URL, or the one being navigated to. */
  selectedRef: string | undefined;
  /** `null` goes back to the bare list, which then picks a container itself. */
  select: (name: string | null, options?: { replace?: boolean }) => void;
}

const SelectionContext = createContext<Selection | null>(null);

/**
 * The selected container is the URL's. While the router fetches the next page the row is already
 * highlighted (optimistically), so arrowing through the list never feels laggy.
 */
export function ContainerSelectionProvider({ children }: { children: ReactNode }) {
  const params = useParams<{ id?: string }>();
  const router = useRouter();
  const routeRef = typeof params.id === "string" ? safeDecode(params.id) : undefined;
  const [selectedRef, setOptimisticRef] = useOptimistic(routeRef);

  const select = useCallback(
    (name: string | null, options?: { replace?: boolean }) => {
      startTransition(() => {
        setOptimisticRef(name ?? undefined);
        const href = name ? containerHref(name) : "/containers";
        if (options?.replace) router.replace(href, { scroll: false });
        else router.push(href, { scroll: false });
      });
    },
    [router, setOptimisticRef],
  );

  const value = useMemo(() => ({ selectedRef, select }), [selectedRef, select]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const value = useContext(SelectionContext);
  if (!value) throw new Error("useSelection must be used inside ContainerSelectionProvider");
  return value;
}
