import "server-only";
import type { Server } from "socket.io";
import type { LiveRefusal } from "@/lib/shared/types/live";
import { refusal } from "./listen";

export interface BudgetLimits {
  /** Plural noun for messages: "engine log streams". */
  what: string;
  perSocket: number;
  perServer: number;
}

/**
 * What the sockets of one socket.io server hold of one kind (engine log streams, terminal sessions): at most
 * `perSocket` each and `perServer` together. Taken before the engine work starts (an opening stream counts) and given
 * back when it has ended.
 */
export class LiveBudget {
  private readonly held = new Map<string, number>();
  private sum = 0;

  constructor(readonly limits: BudgetLimits) {}

  /** Takes `n` for the socket, or answers which limit that would pass (and takes nothing). */
  take(socketId: string, n = 1): LiveRefusal | undefined {
    const { what, perSocket, perServer } = this.limits;
    const mine = this.held.get(socketId) ?? 0;
    if (mine + n > perSocket) return refusal("too_many", `at most ${perSocket} ${what} per connection (this one has ${mine} open); close one first`);
    if (this.sum + n > perServer) {
      return refusal("too_many", `the server is at its limit of ${perServer} ${what} for all connections together; try again when others close`);
    }
    this.held.set(socketId, mine + n);
    this.sum += n;
    return undefined;
  }

  release(socketId: string, n = 1): void {
    const mine = this.held.get(socketId) ?? 0;
    const back = Math.min(mine, n);
    if (mine - back > 0) this.held.set(socketId, mine - back);
    else this.held.delete(socketId);
    this.sum -= back;
  }

  heldBy(socketId: string): number {
    return this.held.get(socketId) ?? 0;
  }

  get total(): number {
    return this.sum;
  }
}

// One budget of each kind per socket.io server (the process has one; tests make their own).
const budgets = new WeakMap<object, Map<string, LiveBudget>>();

export function serverBudget(io: Server, limits: BudgetLimits): LiveBudget {
  let mine = budgets.get(io);
  if (!mine) budgets.set(io, (mine = new Map()));
  let budget = mine.get(limits.what);
  if (!budget) mine.set(limits.what, (budget = new LiveBudget(limits)));
  return budget;
}
