import { ApiError } from "./api-error";
import type { UploadResult } from "@/lib/shared/types/files";
import { uploadUrl } from "@/lib/browser/paths/files";

// XMLHttpRequest rather than fetch: fetch has no upload progress. The body is the File itself, so the
// browser streams it from disk and sends its Content-Length, which the server's tar header needs.

export interface UploadHandle {
  done: Promise<UploadResult>;
  abort: () => void;
}

export function uploadToContainer(
  ref: string,
  dir: string,
  file: File,
  onProgress: (sent: number, total: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadResult>((resolve, reject) => {
    xhr.open("PUT", uploadUrl(ref, dir, file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, "network_error", "Cannot reach the Berth server"));
    xhr.onabort = () => reject(new ApiError(0, "aborted", "Upload cancelled"));
    xhr.onload = () => {
      let body: { uploaded?: UploadResult; error?: { code?: string; message?: string } } | undefined;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body?.uploaded) resolve(body.uploaded);
      else {
        reject(
          new ApiError(
            xhr.status,
            body?.error?.code ?? `http_${xhr.status}`,
            body?.error?.message ?? `Upload failed with status ${xhr.status}`,
          ),
        );
      }
    };
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
