"use client";

import { useEffect } from "react";
import { getSocket } from "@/lib/browser/live/socket";
import { containerHref } from "@/lib/browser/paths/containers";
import { isUserStop } from "@/lib/browser/containers/user-stops";
import { ExitWatch } from "@/lib/browser/containers/unexpected-exit";
import { useNotify } from "@/components/layout/toasts";

/** While the containers list is open: a toast for a container that dies on its own with a non-zero code. */
export function ExitToasts() {
  const notify = useNotify();
  useEffect(() => {
    const socket = getSocket();
    const watch = new ExitWatch();
    const onEvent = (event: Parameters<typeof watch.unexpectedExit>[0]) => {
      const code = watch.unexpectedExit(event, isUserStop);
      if (code === undefined) return;
      const name = event.name ?? event.attributes.name ?? event.id.slice(0, 12);
      notify({ tone: "error", title: `${name} exited with code ${code}`, message: "It stopped on its own. Open it to see its logs.", href: `${containerHref(name)}?tab=logs` });
    };
    socket.on("engine:event", onEvent);
    return () => {
      socket.off("engine:event", onEvent);
    };
  }, [notify]);
  return null;
}
