import { z } from "zod";

/** `disk:watch` / `disk:unwatch` over socket.io carry nothing (the socket's engine) or an empty object. */
export const diskWatchPayload = z.union([z.undefined(), z.strictObject({})]);
