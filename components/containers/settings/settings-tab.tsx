"use client";

import { useState } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { errorMessage, isNotFound } from "@/lib/browser/api/api-error";
import { useContainerSettings } from "@/lib/browser/hooks/use-container-settings";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { SettingsEditor } from "./settings-editor";

/** Settings: rename and `docker update` in place; env/ports/mounts/command through a reviewed recreate. */
export function SettingsTab({ container }: { container: ContainerDetail }) {
  const { settings, error, mutate } = useContainerSettings(container.id);
  // Bumped after a save so the drafts restart from what the engine now holds.
  const [generation, setGeneration] = useState(0);
  // Lives here, not in the editor: the editor restarts after a save and the message must survive it.
  const [notice, setNotice] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  if (!settings) {
    // A 404 is the old id of a container just recreated: the pane is about to hand us the new one.
    if (error && !isNotFound(error)) return <EmptyState title="Could not read the settings">{errorMessage(error)}</EmptyState>;
    return (
      <div className="flex items-center gap-2 p-6 text-[13px] text-ink-muted">
        <Spinner className="size-4" /> Loading settings…
      </div>
    );
  }
  // With settings in hand, a failed refetch keeps the editor (and the user's drafts) on screen.
  return (
    <SettingsEditor
      key={`${container.id}:${generation}`}
      container={container}
      settings={settings}
      notice={notice}
      onNotice={setNotice}
      onSaved={async () => {
        await mutate();
        setGeneration((g) => g + 1);
      }}
    />
  );
}
