import clsx from "clsx";

/** The small bordered button at the end of a table row (Remove, Disconnect, Isolate…). */
export function rowButtonClass(tone: "danger" | "brand" = "danger"): string {
  return clsx(
    "rounded border border-line px-2 py-0.5 text-[12px] text-ink-muted disabled:cursor-not-allowed disabled:opacity-40",
    tone === "danger" ? "enabled:hover:border-danger enabled:hover:text-danger-ink" : "enabled:hover:border-brand enabled:hover:text-brand-dark",
  );
}
