import { useCallback, useEffect, useRef, useState } from "react";
import useSWR from "swr";
import type { VolumeBrowseSession, VolumeListing } from "@/lib/shared/types/volumes";
import { isApiError, type ApiError } from "@/lib/browser/api/api-error";
import { closeBrowseSession, listBrowseFolder, openBrowseSession } from "@/lib/browser/api/volume-browse";
import { browseDownloadUrl } from "@/lib/browser/paths/volumes";

const isExpired = (err: unknown) => isApiError(err) && err.code === "browse_session_expired";

/**
 * One folder of a volume, read in a browse session (docs/api.md): the session is opened on the first listing, opened
 * again transparently when the server says it has ended (idle for a few minutes, Berth restarted), and ended when the
 * page goes away. Listings are never refetched on focus or engine events: the user refreshes them.
 */
export function useVolumeFiles(volume: string, path: string | null) {
  const session = useRef<VolumeBrowseSession | null>(null);
  const opening = useRef<Promise<VolumeBrowseSession> | null>(null);
  const [current, setCurrent] = useState<VolumeBrowseSession | null>(null);
  // Each browse (a mount of the page, or Browse files after Close) lists afresh rather than show another's cache.
  const [epoch, setEpoch] = useState(() => Math.random());

  /** The session to use: the one held, or a newly opened (or joined) one when `renew` or none is held. */
  const sessionFor = useCallback(
    (renew: boolean): Promise<VolumeBrowseSession> => {
      if (!renew && session.current) return Promise.resolve(session.current);
      opening.current ??= openBrowseSession(volume)
        .then((s) => {
          session.current = s;
          setCurrent(s);
          return s;
        })
        .finally(() => {
          opening.current = null;
        });
      return opening.current;
    },
    [volume],
  );

  /** Runs `call` in the session; once more in a new one if the server says the session has ended. */
  const inSession = useCallback(
    async <T,>(call: (id: string) => Promise<T>): Promise<T> => {
      const s = await sessionFor(false);
      try {
        return await call(s.id);
      } catch (err) {
        if (!isExpired(err)) throw err;
        // Another call may have renewed it meanwhile: then that one is used.
        if (session.current?.id === s.id) session.current = null;
        return call((await sessionFor(false)).id);
      }
    },
    [sessionFor],
  );

  const { data, error, isLoading, isValidating, mutate } = useSWR<VolumeListing, ApiError, readonly [string, string, string, number] | null>(
    path === null ? null : (["volume-folder", volume, path, epoch] as const),
    ([, , folder]) => inSession((id) => listBrowseFolder(volume, id, folder)),
    { revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false },
  );

  // Ends the session when the browse page unmounts or the tab goes away (best effort: idle sessions end anyway).
  useEffect(() => {
    const end = () => {
      const s = session.current;
      session.current = null;
      if (s) closeBrowseSession(volume, s.id);
    };
    window.addEventListener("pagehide", end);
    return () => {
      window.removeEventListener("pagehide", end);
      end();
    };
  }, [volume]);

  /**
   * A download URL in a live session: the session is joined (or opened) first, so a link never points into an ended
   * one (which would save an error answer as the file).
   */
  const downloadUrl = useCallback(
    async (file: string, format: "auto" | "tar") => browseDownloadUrl(volume, (await sessionFor(true)).id, file, format),
    [volume, sessionFor],
  );

  /** Ends the session now (the user is done browsing). */
  const close = useCallback(() => {
    const s = session.current;
    session.current = null;
    setCurrent(null);
    setEpoch(Math.random());
    if (s) closeBrowseSession(volume, s.id);
  }, [volume]);

  return { listing: data, error, isLoading, isValidating, refresh: mutate, session: current, downloadUrl, close };
}
