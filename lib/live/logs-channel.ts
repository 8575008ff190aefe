import type { LiveChannel } from "./channel";

// Placeholder until the logs channel is built.
export const logsChannel: LiveChannel = () => {};
