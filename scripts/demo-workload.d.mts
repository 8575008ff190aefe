// Types for demo-workload.mjs (plain Node, so `npm run demo` needs no compiler), for scripts/screenshot.ts.
export const LABEL: string;
export const PROJECT: string;
export const DEMO: {
  web: string;
  logger: string;
  crashloop: string;
  cpu: string;
  oneshot: string;
  risky: string;
  snapshot: string;
  unusedVolume: string;
  unusedNetwork: string;
  stackVolume: string;
  stackNetwork: string;
};
export function composeCommand(): string[] | undefined;
export function seed(image: string, workdir: string, opts?: { webPort?: string }): { made: string[]; compose: string[] | undefined };
export function unseed(compose: string[] | undefined, workdir: string): void;
