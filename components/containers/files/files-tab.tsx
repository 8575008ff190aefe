"use client";

import type { ContainerDetail } from "@/lib/shared/types/engine";
import { useContainerDiff } from "@/lib/browser/hooks/use-container-diff";
import { ChangesCard } from "./changes-card";
import { DownloadPathCard } from "./download-path-card";
import { UploadCard } from "./upload-card";

/** The container's filesystem: what changed since the image (`docker diff`), and `docker cp` both ways. */
export function FilesTab({ container }: { container: ContainerDetail }) {
  // The id, not the name: a rename must not point the tab at another container.
  const ref = container.id;
  const { mutate } = useContainerDiff(ref);
  return (
    <div className="grid grid-cols-1 items-start gap-3 p-5 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <ChangesCard containerRef={ref} />
      <div className="grid min-w-0 gap-3">
        <DownloadPathCard containerRef={ref} />
        <UploadCard containerRef={ref} onUploaded={() => void mutate()} />
      </div>
    </div>
  );
}
