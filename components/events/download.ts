import { startDownload } from "@/lib/browser/files/start-download";

/** Saves text as a file through a temporary object URL (no server round trip for rows already in the page). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  startDownload(url, filename);
  // Revoked on the next turn: the click has handed the blob to the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
