import { ApiError, answerError, unreachable } from "./api-error";

// A Blob or File as a request body, with upload progress (fetch has none) and a way to abort. The
// browser streams the Blob from disk — a picked file, or a tar composed of picked files — so nothing
// is read whole into memory here, and it sends the Content-Length (a tar header needs it). The answer is
// JSON like every API call.

export interface UploadHandle<T> {
  done: Promise<T>;
  abort: () => void;
}

export function uploadBlob<T>(
  url: string,
  body: Blob,
  onProgress?: (sent: number, total: number) => void,
  opts: { method?: "POST" | "PUT"; contentType?: string } = {},
): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open(opts.method ?? "POST", url);
    xhr.setRequestHeader("Content-Type", opts.contentType ?? (body.type || "application/octet-stream"));
    xhr.setRequestHeader("Accept", "application/json");
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : body.size);
    xhr.onerror = () => reject(unreachable());
    xhr.onabort = () => reject(new ApiError("aborted", "Upload cancelled"));
    xhr.onload = () => {
      let answer: unknown;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        answer = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && answer) resolve(answer as T);
      else reject(answerError(xhr.status, answer));
    };
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}
