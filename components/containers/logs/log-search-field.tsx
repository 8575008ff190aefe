import { useId } from "react";
import { SearchIcon } from "@/components/ui/icons";
import { controlClass, Toggle } from "./log-controls";

/** Search box with a regex switch; an invalid regex is a field error, never an exception. */
export function LogSearchField({
  query,
  onQuery,
  regex,
  onRegex,
  error,
  summary,
}: {
  query: string;
  onQuery: (q: string) => void;
  regex: boolean;
  onRegex: (v: boolean) => void;
  error?: string;
  summary?: string;
}) {
  const errorId = useId();
  const summaryId = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="relative">
        <SearchIcon className="pointer-events-none absolute top-1.5 left-2 size-4 text-ink-faint" />
        <input
          type="search"
          aria-label="Search logs"
          placeholder={regex ? "Regular expression" : "Search"}
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : summary ? summaryId : undefined}
          spellCheck={false}
          className={`${controlClass} w-56 pl-7 font-mono ${error ? "border-danger" : ""}`}
        />
      </div>
      <Toggle label="Regex" checked={regex} onChange={onRegex} />
      {error ? (
        <span id={errorId} role="alert" className="text-[12px] text-danger-ink">
          {error}
        </span>
      ) : (
        summary && (
          <span id={summaryId} role="status" className="text-[12px] text-ink-muted">
            {summary}
          </span>
        )
      )}
    </div>
  );
}
