/** The V8 flags the server runs with (scripts/server-node-flags.mjs). */
export const SERVER_NODE_FLAGS: readonly string[];
