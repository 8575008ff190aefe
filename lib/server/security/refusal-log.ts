import "server-only";
import { processWide } from "@/lib/server/process-state";
import { TokenBucket } from "@/lib/server/token-bucket";
import type { ApiError } from "@/lib/shared/errors";

// Every refused request is one line in Berth's log, so a user can see that a page tried something (and
// which). A foreign page can send requests as fast as the browser goes, so the lines come out of a
// bucket: a burst of BURST, then PER_SECOND, and a count of what was left out once lines flow again.
const BURST = 500;
const PER_SECOND = 20;

interface Log {
  bucket: TokenBucket;
  dropped: number;
}

export function logRefusal(refusal: ApiError, now: number = Date.now()): void {
  // server.ts, the route bundles and the socket server share one bucket (separate module copies, one process).
  const b = processWide<Log>("refusal-log", () => ({ bucket: new TokenBucket(BURST, PER_SECOND, now), dropped: 0 }));
  if (!b.bucket.take(now)) {
    b.dropped++;
    return;
  }
  if (b.dropped) {
    console.warn(`[berth] ${b.dropped} more refused requests were not logged`);
    b.dropped = 0;
  }
  console.warn(`[berth] ${refusal.status} ${refusal.code}: ${refusal.message}`);
}
