"use client";

import type { Task } from "@/lib/shared/types/images";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { BuildOutput } from "@/components/images/build-output";
import { TaskProgress } from "@/components/tasks/task-progress";
import { Card } from "@/components/ui/card";

const OUTCOME: Record<Task["state"], string> = { running: "Running", succeeded: "Done", failed: "Failed", cancelled: "Cancelled" };

/** The stack's last command, as the task centre has it: the CLI's output as it comes, the outcome, the error. */
export function StackLastTask({ name }: { name: string }) {
  const { tasks } = useTasks();
  const task = tasks?.find((t) => t.kind === "compose" && t.target.startsWith(`${name}: `));
  if (!task) return null;
  return (
    <Card title="Last command">
      <div aria-label="Last command" className="space-y-1.5">
        <p className="text-[13px]">
          <span className="font-mono">{task.target.slice(name.length + 2)}</span> · <span>{OUTCOME[task.state]}</span>
        </p>
        <TaskProgress task={task} compact />
        <BuildOutput output={task.output} label={`Output of ${task.target}`} className="max-h-56" />
      </div>
    </Card>
  );
}
