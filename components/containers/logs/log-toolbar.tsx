import type { ReactNode } from "react";
import { LabeledSelect, ToolButton, Toggle } from "./log-controls";

export type TailOption = "100" | "1000" | "all";
export type SinceOption = "" | "5m" | "1h" | "24h";
export type StreamFilter = "both" | "stdout" | "stderr";

export const TAIL_OPTIONS = [
  { value: "100", label: "Last 100" },
  { value: "1000", label: "Last 1000" },
  { value: "all", label: "All" },
] as const;

export const SINCE_OPTIONS = [
  { value: "", label: "Any time" },
  { value: "5m", label: "Last 5 minutes" },
  { value: "1h", label: "Last hour" },
  { value: "24h", label: "Last 24 hours" },
] as const;

export const STREAM_OPTIONS = [
  { value: "both", label: "stdout + stderr" },
  { value: "stdout", label: "stdout" },
  { value: "stderr", label: "stderr" },
] as const;

export interface LogViewSettings {
  tail: TailOption;
  since: SinceOption;
  timestamps: boolean;
  streams: StreamFilter;
}

/** What to fetch (tail, since, timestamps) and what to show (streams). */
export function LogToolbar({
  settings,
  onChange,
  following,
  onFollow,
  onClear,
  onCopy,
  copied,
  downloadHref,
  fontSize,
  onFontSize,
  search,
}: {
  settings: LogViewSettings;
  onChange: (next: LogViewSettings) => void;
  following: boolean;
  onFollow: (follow: boolean) => void;
  onClear: () => void;
  onCopy: () => void;
  copied: boolean;
  downloadHref: string;
  fontSize: number;
  onFontSize: (size: number) => void;
  /** The search field, on the second row beside the actions. */
  search: ReactNode;
}) {
  const set = <K extends keyof LogViewSettings>(key: K, value: LogViewSettings[K]) => onChange({ ...settings, [key]: value });
  return (
    <div role="toolbar" aria-label="Log options" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <ToolButton onClick={() => onFollow(!following)} pressed={following}>
          {following ? "Following" : "Follow"}
        </ToolButton>
        <LabeledSelect label="Lines" value={settings.tail} options={TAIL_OPTIONS} onChange={(v) => set("tail", v)} />
        <LabeledSelect label="Since" value={settings.since} options={SINCE_OPTIONS} onChange={(v) => set("since", v)} />
        <LabeledSelect label="Streams" value={settings.streams} options={STREAM_OPTIONS} onChange={(v) => set("streams", v)} />
        <Toggle label="Timestamps" checked={settings.timestamps} onChange={(v) => set("timestamps", v)} />
      </div>
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        {/* At least the search box's width: where the box and the buttons do not both fit (a phone), the buttons
            wrap under it instead of the box running over them. */}
        <div className="min-w-56 flex-1">{search}</div>
        <span className="inline-flex items-center gap-1.5">
          <ToolButton label="Smaller text" onClick={() => onFontSize(fontSize - 1)} disabled={fontSize <= 10}>
            A−
          </ToolButton>
          <ToolButton label="Larger text" onClick={() => onFontSize(fontSize + 1)} disabled={fontSize >= 20}>
            A+
          </ToolButton>
          <ToolButton onClick={onCopy}>{copied ? "Copied" : "Copy"}</ToolButton>
          <ToolButton onClick={onClear}>Clear</ToolButton>
          <a
            href={downloadHref}
            download
            className="inline-flex h-7 items-center rounded border border-brand bg-brand px-2 text-[12px] font-medium text-white hover:bg-brand-deep"
          >
            Download .log
          </a>
        </span>
      </div>
    </div>
  );
}
