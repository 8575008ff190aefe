import { useEffect } from "react";
import useSWR from "swr";
import type { Socket } from "socket.io-client";
import type { Task } from "@/lib/shared/types/images";
import type { ApiError } from "@/lib/browser/api/api-error";
import { getSocket } from "@/lib/browser/live/socket";
import { TASKS_KEY } from "@/lib/browser/paths/images";
import { mergeTask } from "@/lib/browser/images/task-merge";


/** The server's task list (it outlives a reload), then every `task:update` pushed over the socket. */
export function useTasks() {
  const { data, error, mutate } = useSWR<{ tasks: Task[] }, ApiError>(TASKS_KEY);

  useEffect(() => {
    // The shared socket's typed event map knows only engine events; tasks are this feature's own.
    const socket = getSocket() as unknown as Socket;
    const onUpdate = (task: Task) => {
      void mutate((current) => ({ tasks: mergeTask(current?.tasks ?? [], task) }), { revalidate: false });
    };
    // Updates sent while this socket was not connected are lost: the list is re-read on every connect.
    const onConnect = () => void mutate();
    socket.on("task:update", onUpdate);
    socket.on("connect", onConnect);
    return () => {
      socket.off("task:update", onUpdate);
      socket.off("connect", onConnect);
    };
  }, [mutate]);

  return { tasks: data?.tasks, error, mutate };
}
