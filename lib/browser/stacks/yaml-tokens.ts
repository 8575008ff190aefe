import { CST, Lexer } from "yaml";

// YAML as coloured text: the `yaml` library's own lexer cuts the source into tokens, and each is shown as a text
// span with a class; nothing is ever turned into HTML, so a compose file cannot inject markup.

export type YamlTokenKind = "key" | "string" | "scalar" | "comment" | "punct" | "anchor" | "plain";
export interface YamlToken {
  kind: YamlTokenKind;
  text: string;
}

// The lexer's control tokens (document, scalar and flow markers, a BOM) carry no source text.
const CONTROL = new Set(["\u0002", "\u0018", "\u001f", "\u0010", "\ufeff"]);

function kindOf(type: string | null): YamlTokenKind {
  switch (type) {
    case null:
    case "scalar":
      return "scalar";
    case "double-quoted-scalar":
    case "single-quoted-scalar":
    case "block-scalar":
      return "string";
    case "comment":
      return "comment";
    case "anchor":
    case "alias":
    case "tag":
      return "anchor";
    case "space":
    case "newline":
      return "plain";
    default:
      return "punct";
  }
}

/** The source cut into kinds; joined back, the texts are the source exactly. */
export function yamlTokens(source: string): YamlToken[] {
  const tokens: YamlToken[] = [];
  for (const text of new Lexer().lex(source)) {
    if (CONTROL.has(text)) continue;
    tokens.push({ kind: kindOf(CST.tokenType(text)), text });
  }
  // A scalar followed (after spaces) by ":" is a mapping key.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "scalar" && t.kind !== "string") continue;
    let j = i + 1;
    while (tokens[j]?.kind === "plain" && !tokens[j]!.text.includes("\n")) j++;
    if (tokens[j]?.text === ":") t.kind = "key";
  }
  return tokens;
}
