import type { LiveChannel } from "./channel";

// Placeholder until the exec channel is built.
export const execChannel: LiveChannel = () => {};
