/** `key=value` chips; engine text rendered as text. */
export function LabelsList({ labels, empty = "—" }: { labels: Record<string, string>; empty?: string }) {
  const entries = Object.entries(labels);
  if (!entries.length) return <span className="text-ink-faint">{empty}</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Labels">
      {entries.map(([k, v]) => (
        <li key={k} className="max-w-full truncate rounded border border-line bg-pane px-1.5 py-0.5 font-mono text-[11px] text-ink-muted" title={`${k}=${v}`}>
          {k}={v}
        </li>
      ))}
    </ul>
  );
}
