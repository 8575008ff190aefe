import Anser from "anser";

// ANSI SGR codes parsed to tokens (anser's JSON mode), rendered by React as styled <span>s. Log text
// is never turned into an HTML string: Portainer stripped colours because its ANSI-to-HTML was an XSS.

export interface AnsiSpan {
  text: string;
  /** CSS colours, "rgb(r, g, b)". */
  color?: string;
  background?: string;
  bold?: true;
  dim?: true;
  italic?: true;
  underline?: true;
  strike?: true;
}

// anser's basic colours assume a black background; some are unreadable on the #233137 panel.
const READABLE: Record<string, string> = {
  "0, 0, 0": "110, 125, 133",
  "187, 0, 0": "255, 95, 82",
  "0, 187, 0": "68, 204, 88",
  "187, 187, 0": "255, 190, 5",
  "0, 0, 187": "97, 150, 240",
  "187, 0, 187": "214, 118, 214",
  "0, 187, 187": "34, 184, 235",
  "85, 85, 85": "140, 155, 163",
  "85, 85, 255": "130, 170, 255",
};

const rgb = (v: string | null | undefined) => (v ? `rgb(${READABLE[v] ?? v})` : undefined);

// A cheap test first: most log lines carry no escape codes at all.
const HAS_ESCAPE = /[\u001b\u009b]/;

export function parseAnsi(text: string): AnsiSpan[] {
  if (!HAS_ESCAPE.test(text)) return [{ text }];
  const out: AnsiSpan[] = [];
  for (const t of Anser.ansiToJson(text, { json: true, remove_empty: true })) {
    const span: AnsiSpan = { text: t.content };
    const reverse = t.decorations.includes("reverse");
    const fg = rgb(t.fg_truecolor || t.fg);
    const bg = rgb(t.bg_truecolor || t.bg);
    if (reverse) {
      span.color = bg ?? "rgb(35, 49, 55)";
      span.background = fg ?? "rgb(230, 237, 244)";
    } else {
      if (fg) span.color = fg;
      if (bg) span.background = bg;
    }
    for (const d of t.decorations) {
      if (d === "bold") span.bold = true;
      else if (d === "dim") span.dim = true;
      else if (d === "italic") span.italic = true;
      else if (d === "underline") span.underline = true;
      else if (d === "strikethrough") span.strike = true;
    }
    if (t.decorations.includes("hidden")) span.color = "transparent";
    out.push(span);
  }
  return out;
}

/** The text a user reads (and searches): escape codes removed. */
export function ansiPlainText(text: string): string {
  if (!HAS_ESCAPE.test(text)) return text;
  return parseAnsi(text)
    .map((s) => s.text)
    .join("");
}
