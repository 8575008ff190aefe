import { containerPath } from "./containers";

// URLs of the Files and Inspect endpoints. They start with the containers prefix, so live-sync
// revalidates them on every container event as it does the rest of the container's data.

export function diffKey(ref: string): string {
  return `${containerPath(ref)}/diff`;
}

export function inspectKey(ref: string): string {
  return `${containerPath(ref)}/inspect`;
}

export type ArchiveFormat = "auto" | "file" | "tar" | "stat";

export function archiveUrl(ref: string, path: string, format: ArchiveFormat = "auto"): string {
  const q = new URLSearchParams({ path });
  if (format !== "auto") q.set("format", format);
  return `${containerPath(ref)}/archive?${q}`;
}

export function uploadUrl(ref: string, dir: string, name: string): string {
  return `${containerPath(ref)}/archive?${new URLSearchParams({ path: dir, name })}`;
}
