/**
 * Splits a typed command into argv the way a shell would for simple cases: whitespace separates,
 * single quotes keep text literally, double quotes keep spaces and honour \" and \\, a backslash
 * escapes the next character. No expansion of any kind: the command runs without a shell unless the
 * user names one (e.g. `sh -c 'ls | wc -l'`).
 */
export function splitCommand(text: string): { argv: string[] } | { error: string } {
  const argv: string[] = [];
  let current = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\")) current += text[++i];
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) argv.push(current);
      current = "";
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) return { error: `unclosed ${quote === "'" ? "single" : "double"} quote` };
  if (inWord) argv.push(current);
  if (argv.length === 0) return { error: "type a command to run" };
  return { argv };
}
