// The logs search box: plain text (case-insensitive) or a regular expression.

export type SearchMatcher = { ok: true; regex: RegExp | null } | { ok: false; error: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function buildMatcher(query: string, asRegex: boolean): SearchMatcher {
  if (!query) return { ok: true, regex: null };
  try {
    return { ok: true, regex: new RegExp(asRegex ? query : escapeRegExp(query), "gi") };
  } catch (err) {
    return { ok: false, error: `Invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, "")}` };
  }
}

/** Where `regex` matches in `text`, as [start, end) pairs; empty matches are skipped. */
export function matchRanges(text: string, regex: RegExp | null, limit = 200): [number, number][] {
  if (!regex) return [];
  const out: [number, number][] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(text)) && out.length < limit) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Cuts styled pieces at match boundaries so each piece is wholly inside or outside a match. */
export function splitByRanges<T extends { text: string }>(pieces: T[], ranges: [number, number][]): (T & { match: boolean })[] {
  if (!ranges.length) return pieces.map((p) => ({ ...p, match: false }));
  const out: (T & { match: boolean })[] = [];
  let offset = 0;
  let r = 0;
  for (const piece of pieces) {
    const end = offset + piece.text.length;
    let pos = offset;
    while (pos < end) {
      while (r < ranges.length && ranges[r]![1] <= pos) r++;
      const range = ranges[r];
      if (!range || range[0] >= end) {
        out.push({ ...piece, text: piece.text.slice(pos - offset), match: false });
        pos = end;
      } else if (range[0] > pos) {
        out.push({ ...piece, text: piece.text.slice(pos - offset, range[0] - offset), match: false });
        pos = range[0];
      } else {
        const stop = Math.min(range[1], end);
        out.push({ ...piece, text: piece.text.slice(pos - offset, stop - offset), match: true });
        pos = stop;
      }
    }
    offset = end;
  }
  return out;
}
