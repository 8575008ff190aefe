"use client";

import { useState } from "react";
import { ACTION_LABELS, FILELESS_ACTIONS, PROJECT_ACTIONS, type ProjectAction } from "@/lib/shared/stacks/actions";
import type { StackDetail } from "@/lib/shared/types/stacks";
import { runStackAction } from "@/lib/browser/api/stack-actions";
import { useAction } from "@/lib/browser/hooks/use-action";
import { buttonClass } from "@/components/ui/form-controls";
import { DialogError } from "@/components/ui/dialog-parts";
import { DownDialog } from "./down-dialog";

/**
 * The project's commands. Without a Compose CLI none (stacks are read-only); without readable files only those
 * that need none. Each starts a task; its output shows below and in the task centre.
 */
export function StackToolbar({ stack }: { stack: StackDetail }) {
  const { busy, error, run } = useAction();
  const [downOpen, setDownOpen] = useState(false);
  if (!stack.compose.cli) return null;
  const offered = PROJECT_ACTIONS.filter((a) => stack.filesReadable || FILELESS_ACTIONS.includes(a));
  const start = (action: ProjectAction) => {
    if (action === "down") setDownOpen(true);
    else void run(() => runStackAction(stack.name, action));
  };
  return (
    <div>
      <div role="toolbar" aria-label="Stack actions" className="flex flex-wrap gap-2">
        {offered.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            onClick={() => start(action)}
            className={buttonClass(action === "down" ? "danger" : action === "up" ? "primary" : "secondary")}
          >
            {ACTION_LABELS[action]}
            {action === "down" ? "…" : ""}
          </button>
        ))}
      </div>
      <DialogError message={error} />
      {downOpen && <DownDialog name={stack.name} onClose={() => setDownOpen(false)} onStarted={() => undefined} />}
    </div>
  );
}
