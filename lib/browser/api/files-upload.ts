import type { UploadResult } from "@/lib/shared/types/files";
import { uploadUrl } from "@/lib/browser/paths/files";
import { uploadBlob } from "./stream-upload";

export interface UploadHandle {
  done: Promise<UploadResult>;
  abort: () => void;
}

/** `docker cp file container:dir`: the File itself is the body, sent with its size, progress reported. */
export function uploadToContainer(
  ref: string,
  dir: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
): UploadHandle {
  const upload = uploadBlob<{ uploaded: UploadResult }>(uploadUrl(ref, dir, file.name), file, onProgress, {
    method: "PUT",
    contentType: "application/octet-stream",
  });
  return { done: upload.done.then((answer) => answer.uploaded), abort: upload.abort };
}
