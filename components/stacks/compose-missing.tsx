/** Without a Compose CLI Berth shows stacks but cannot act on them: say so, and how to fix it. */
export function ComposeMissing({ hint }: { hint?: string }) {
  return (
    <p role="status" className="mt-3 rounded border border-warning/50 bg-warning-tint px-3 py-2 text-[13px] text-warning-ink">
      No Compose CLI found: stacks are read-only. {hint}
    </p>
  );
}
