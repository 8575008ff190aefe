// Env-file text, read the way `docker run --env-file` reads it (docker/cli opts/file.go, parseKeyValueFile),
// so pasting a file into Berth gives the container what the CLI would have given it:
// - lines end at "\n" (a "\r" before it is dropped); a UTF-8 BOM at the very start is dropped;
// - leading whitespace is trimmed; an empty line or one starting with "#" is skipped;
// - `KEY=VALUE` splits at the first "=", and the value is kept verbatim: no quote stripping, no escapes, no
//   `export `, trailing whitespace and further "=" kept;
// - a name holding a space or tab, or no name before "=", is an error naming the line.
// The CLI takes a line with just `KEY` from its own environment; a browser has none to take it from, so
// Berth flags that line rather than guess. dotenv and its kin strip quotes and expand escapes, which would
// give the container different values than the CLI does, hence this small parser rather than a library.

import { isWellFormed } from "@/lib/shared/well-formed-text";

export interface EnvRow {
  key: string;
  value: string;
}

const BOM = "\uFEFF";
// Go's unicode.IsSpace, which the CLI trims with (JavaScript's \s also holds U+FEFF and lacks U+0085).
const LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** A line as a short, printable quote for an error message. */
function excerpt(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** One line, already trimmed: nothing (blank or a comment), a row, or what is wrong with it. */
function readLine(line: string, n: number): EnvRow | string | undefined {
  if (!line || line.startsWith("#")) return undefined;
  // An environment string cannot hold a NUL, nor text that is not UTF-8: the engine would refuse or mangle it.
  if (line.includes("\0")) return `Line ${n} contains a NUL byte`;
  if (!isWellFormed(line)) return `Line ${n} is not valid UTF-8`;
  const eq = line.indexOf("=");
  const key = eq === -1 ? line : line.slice(0, eq);
  if (/[ \t]/.test(key)) return `Line ${n}: the name ${excerpt(key)} contains whitespace`;
  if (!key) return `Line ${n}: no variable name before "="`;
  if (eq === -1) {
    return `Line ${n} (${excerpt(key)}) has no "=": docker run --env-file would copy it from the environment it runs in, which Berth cannot see; write it as KEY=value`;
  }
  return { key, value: line.slice(eq + 1) };
}

/** Env-file text → rows in file order (a later row with the same key wins, as with `-e`), and one error per bad line. */
export function parseEnvFile(text: string): { rows: EnvRow[]; errors: string[] } {
  const rows: EnvRow[] = [];
  const errors: string[] = [];
  const lines = (text.startsWith(BOM) ? text.slice(1) : text).split("\n");
  lines.forEach((raw, i) => {
    const result = readLine((raw.endsWith("\r") ? raw.slice(0, -1) : raw).replace(LEADING_SPACE, ""), i + 1);
    if (typeof result === "string") errors.push(result);
    else if (result) rows.push(result);
  });
  return { rows, errors };
}
