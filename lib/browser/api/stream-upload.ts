import { ApiError } from "./api-error";

// A Blob or File as a request body, with upload progress (fetch has none) and a way to abort. The
// browser streams the Blob from disk — a picked file, or a tar composed of picked files — so nothing
// is read whole into memory here. The answer is JSON like every API call.

export interface UploadHandle<T> {
  done: Promise<T>;
  abort: () => void;
}

export function uploadBlob<T>(url: string, body: Blob, onProgress?: (sent: number, total: number) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", body.type || "application/octet-stream");
    xhr.setRequestHeader("Accept", "application/json");
    if (onProgress) xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : body.size);
    xhr.onerror = () => reject(new ApiError(0, "network_error", "Cannot reach the Berth server"));
    xhr.onabort = () => reject(new ApiError(0, "aborted", "Upload cancelled"));
    xhr.onload = () => {
      let answer: (T & { error?: { code?: string; message?: string } }) | undefined;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        answer = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300 && answer) resolve(answer);
      else {
        const status = xhr.status;
        reject(new ApiError(status, answer?.error?.code ?? `http_${status}`, answer?.error?.message ?? `Upload failed with status ${status}`));
      }
    };
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}
