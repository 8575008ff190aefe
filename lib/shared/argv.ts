import { parse, quote, type ParseEntry } from "shell-quote";

// A command as the engine runs it is an argv: Cmd, Entrypoint and exec's Cmd are arrays, run without a shell.
// The user types it as one line, and Berth shows an argv as one line: shell-quote does both directions.
// Whatever only a shell would act on — `|`, `>`, `&&`, `;`, a glob, `$VAR`, a `#` comment — is refused with a
// message rather than passed on as text the user did not mean (or, for `$VAR`, silently dropped).

/** A `$NAME` shell-quote found; returned as an object so it is refused, never expanded to "". */
interface Variable {
  variable: string;
}

const SHELL_HINT = "the command runs without a shell: quote it to pass it as text, or run it through one (sh -c '…')";

function refusal(entry: Exclude<ParseEntry, string> | Variable): string {
  if ("variable" in entry) {
    const name = /^(?:\w+|[*@#?$!-])$/.test(entry.variable) ? `$${entry.variable}` : `\${${entry.variable}}`;
    return `${name} is a shell variable, and ${SHELL_HINT}`;
  }
  if ("comment" in entry) return `# starts a shell comment, and ${SHELL_HINT}`;
  if (entry.op === "glob") return `${entry.pattern} is a shell pattern, and ${SHELL_HINT}`;
  return `${entry.op} is a shell operator, and ${SHELL_HINT}`;
}

/**
 * shell-quote drops an unmatched quote or a trailing backslash without a word, so `echo 'oops` would run as
 * `echo oops`. This walks the quoting the way its parser does (single quotes literal, backslash escapes outside
 * them and before `"`, `\` or `$` inside double quotes, `$'…'` with backslash escapes, an unquoted `#` ends it)
 * only to say what is left open.
 */
function unclosed(text: string): string | undefined {
  let quote: "'" | '"' | "$'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = null;
    } else if (quote === '"' || quote === "$'") {
      if (ch === "\\") i++;
      else if (ch === (quote === '"' ? '"' : "'")) quote = null;
    } else if (ch === "\\") {
      if (i === text.length - 1) return "The command ends with a lone backslash";
      i++;
    } else if (ch === "$" && text[i + 1] === "'") {
      quote = "$'";
      i++;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === "#") {
      return undefined;
    }
  }
  if (quote === '"') return 'Unclosed double quote (")';
  if (quote) return "Unclosed single quote (')";
  return undefined;
}

/**
 * A typed command line → argv, with a shell's quoting: whitespace separates, quotes group, backslash escapes.
 * `[]` for blank text; `{ error }` for an unclosed quote or anything only a shell would act on.
 */
export function splitArgv(text: string): string[] | { error: string } {
  const open = unclosed(text);
  if (open) return { error: open };
  let entries: (ParseEntry | Variable)[];
  try {
    // A lone `$` (no name after it) is text to a shell too.
    entries = parse(text, (name): string | Variable => (name === "" ? "$" : { variable: name }));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) }; // "Bad substitution: ${}"
  }
  const argv: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== "string") return { error: refusal(entry) };
    argv.push(entry);
  }
  return argv;
}

/** One word as `quote()` writes it, unless shell-quote's own parser would read that back differently. */
function quoteWord(word: string): string {
  const quoted = quote([word]);
  const back = splitArgv(quoted);
  if (Array.isArray(back) && back.length === 1 && back[0] === word) return quoted;
  // quote() escapes `*` as `\*`, which parse() still reads as a glob, and writes "…\`…" which it reads back with
  // the backslash; single quotes (a `'` written as '\'') read back exactly in every shell and in parse().
  return `'${word.replace(/'/g, "'\\''")}'`;
}

/** argv → the one line a user would type for it; `splitArgv(joinArgv(argv))` gives `argv` back. */
export function joinArgv(argv: readonly string[]): string {
  return argv.map(quoteWord).join(" ");
}
