// Types for build.mjs (plain Node, so `npm start` needs no compiler), for its unit test.
type Env = Record<string, string | undefined>;

export function build(root: string, env?: Env, run?: (root: string, env: Env) => number): number;
