/** Shell-like display of an argv: plain words as they are, anything else JSON-quoted. */
export function formatArgs(args: readonly string[]): string {
  return args.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ");
}
