import { memo, useEffect, useState } from "react";
import type { yamlTokens, YamlTokenKind } from "@/lib/browser/stacks/yaml-tokens";

// The yaml library's lexer (≈35 kB gzip) loads after the page: until it is here the file shows as plain text.
let lexer: typeof yamlTokens | undefined;
const loadLexer = () => import("@/lib/browser/stacks/yaml-tokens").then((m) => (lexer = m.yamlTokens));

const COLOURS: Record<YamlTokenKind, string | undefined> = {
  key: "text-[#7fd3f7]",
  string: "text-[#a5e075]",
  scalar: "text-[#e6edf4]",
  comment: "text-[#93a4ac] italic",
  punct: "text-[#ffbe05]",
  anchor: "text-[#ff9e8a]",
  plain: undefined,
};

/** A YAML file highlighted from the yaml library's lexer: every token a text span (never HTML). */
export const YamlView = memo(function YamlView({ source, label }: { source: string; label: string }) {
  const [tokenize, setTokenize] = useState(() => lexer);
  useEffect(() => {
    if (!tokenize) void loadLexer().then((fn) => setTokenize(() => fn));
  }, [tokenize]);
  const tokens = tokenize ? tokenize(source) : [{ kind: "plain" as const, text: source }];
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-[28rem] overflow-auto rounded bg-panel px-3 py-2 font-mono text-[12px] leading-5 text-[#e6edf4]"
    >
      {tokens.map((t, i) => (
        <span key={i} className={COLOURS[t.kind]}>
          {t.text}
        </span>
      ))}
    </pre>
  );
});
