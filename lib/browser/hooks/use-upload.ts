import { useCallback, useEffect, useRef, useState } from "react";
import type { UploadHandle } from "@/lib/browser/api/stream-upload";

export interface UploadState {
  sent: number;
  total: number;
}

/**
 * Runs one upload at a time with its progress; closing the dialog (unmount) aborts one in flight,
 * which closes the engine request on the server.
 */
export function useUpload() {
  const [progress, setProgress] = useState<UploadState | null>(null);
  const handle = useRef<UploadHandle<unknown> | null>(null);

  useEffect(() => () => handle.current?.abort(), []);

  const start = useCallback(async <T,>(begin: (onProgress: (sent: number, total: number) => void) => UploadHandle<T>): Promise<T> => {
    setProgress({ sent: 0, total: 0 });
    const h = begin((sent, total) => setProgress({ sent, total }));
    handle.current = h;
    try {
      return await h.done;
    } finally {
      handle.current = null;
      setProgress(null);
    }
  }, []);

  return { progress, start, abort: () => handle.current?.abort() };
}
