import type { LiveChannel } from "./channel";

// Placeholder until the stats channel is built.
export const statsChannel: LiveChannel = () => {};
