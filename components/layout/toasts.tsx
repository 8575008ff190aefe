"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { Socket } from "socket.io-client";
import type { Task } from "@/lib/shared/types/images";
import { getSocket } from "@/lib/browser/live/socket";
import { usePathname, useRouter } from "next/navigation";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { showsTask, taskNotice } from "@/lib/browser/tasks/task-notice";
import { openTaskCentre } from "@/lib/browser/tasks/open-task-centre";
import { onCleanupFinished } from "@/lib/browser/cleanup/cleanup-run";
import { formatBytes } from "@/lib/shared/format-bytes";
import type { TaskNotice } from "@/lib/browser/tasks/task-notice";
import { Toast, type ToastTone } from "@/components/ui/toast";

export interface Notice {
  tone: ToastTone;
  title: string;
  message?: string;
  href?: string;
  /** Instead of going to `href`: what a click does where there is no page for the thing (the task centre). */
  open?: () => void;
}

interface Shown extends Notice {
  key: number;
}

// A few at a time, newest on top; each goes by itself after a while unless it is an error.
const MAX_SHOWN = 4;
const LINGER_MS = 8000;

const ToastsContext = createContext<(notice: Notice) => void>(() => {});

/** Background notices (a task finished, a container died), top right under the bar; a click goes to the thing. */
export function ToastsProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const router = useRouter();
  const nextKey = useRef(0);
  const dismiss = useCallback((key: number) => setShown((list) => list.filter((t) => t.key !== key)), []);
  const notify = useCallback(
    (notice: Notice) => {
      const key = nextKey.current++;
      setShown((list) => [{ ...notice, key }, ...list].slice(0, MAX_SHOWN));
      if (notice.tone !== "error") window.setTimeout(() => dismiss(key), LINGER_MS);
    },
    [dismiss],
  );
  return (
    <ToastsContext.Provider value={notify}>
      {children}
      <TaskToasts notify={notify} />
      <CleanupToasts notify={notify} />
      {shown.length > 0 && (
        <section aria-label="Notifications" className="pointer-events-none fixed top-14 right-4 z-50 flex flex-col gap-2">
          {shown.map((t) => (
            <Toast
              key={t.key}
              tone={t.tone}
              title={t.title}
              message={t.message}
              onDismiss={() => dismiss(t.key)}
              onOpen={
                t.open || t.href
                  ? () => {
                      dismiss(t.key);
                      if (t.open) t.open();
                      else router.push(t.href!);
                    }
                  : undefined
              }
            />
          ))}
        </section>
      )}
    </ToastsContext.Provider>
  );
}

export function useNotify(): (notice: Notice) => void {
  return useContext(ToastsContext);
}

function toNotice({ opensTaskCentre, ...notice }: TaskNotice): Notice {
  return opensTaskCentre ? { ...notice, open: openTaskCentre } : notice;
}

/**
 * Tasks seen running in this tab that finish while the user is on another screen. Read from the socket's pushes,
 * not the task list's state: a quick pull's start and end can land in one render, and that end would be missed.
 * The list still counts for a task seen running whose end came while the socket was away (the list is re-read on
 * every connect). Either way the id leaves `running` once, so one end raises one toast.
 */
function TaskToasts({ notify }: { notify: (notice: Notice) => void }) {
  const { tasks } = useTasks();
  const pathname = usePathname();
  const running = useRef(new Set<string>());
  const where = useRef(pathname);
  where.current = pathname;

  const ended = useCallback(
    (task: Task) => {
      // Only an end seen here: tasks that had finished before this page loaded are history, not news.
      if (!running.current.delete(task.id)) return;
      const notice = taskNotice(task);
      if (notice && !showsTask(task, where.current)) notify(toNotice(notice));
    },
    [notify],
  );

  // Running when the page loaded (the list outlives a reload): their end is news too.
  useEffect(() => {
    for (const task of tasks ?? []) {
      if (task.state === "running") running.current.add(task.id);
      else ended(task);
    }
  }, [tasks, ended]);

  useEffect(() => {
    const socket = getSocket() as unknown as Socket;
    const onUpdate = (task: Task) => {
      if (task.state === "running") running.current.add(task.id);
      else ended(task);
    };
    socket.on("task:update", onUpdate);
    return () => {
      socket.off("task:update", onUpdate);
    };
  }, [ended]);
  return null;
}

/** A cleanup run that ends while the user is on another screen: what it reclaimed, a click back to its report. */
function CleanupToasts({ notify }: { notify: (notice: Notice) => void }) {
  const pathname = usePathname();
  const where = useRef(pathname);
  where.current = pathname;
  useEffect(
    () =>
      onCleanupFinished(({ result, failure }) => {
        // The cleanup screen shows its own report.
        if (where.current === "/cleanup") return;
        if (failure !== undefined) {
          notify({ tone: "error", title: "Cleanup failed", message: failure, href: "/cleanup" });
          return;
        }
        if (!result) return;
        const kept = result.skipped.length ? `, ${result.skipped.length} kept` : "";
        notify({
          tone: "success",
          title: `Cleanup reclaimed ${formatBytes(result.reclaimedBytes)}`,
          message: `${result.removed.length} removed${kept}`,
          href: "/cleanup",
        });
      }),
    [notify],
  );
  return null;
}
