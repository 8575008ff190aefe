"use client";

import clsx from "clsx";
import type { ContainerVerb } from "@/lib/shared/containers/verbs";
import { VERB_LABELS } from "@/lib/shared/containers/verbs";
import { VerbIcon } from "@/components/containers/verb-icon";
import { Spinner } from "@/components/ui/spinner";

/** Kitematic's square toolbar button: icon on top, a tiny uppercase label under it. */
export function ToolbarButton({
  verb,
  disabled,
  busy,
  title,
  onClick,
}: {
  verb: ContainerVerb | "remove";
  disabled: boolean;
  busy: boolean;
  title?: string;
  onClick: () => void;
}) {
  const label = VERB_LABELS[verb];
  return (
    <button
      type="button"
      // The visible label is CSS-uppercased; the name stays the plain verb.
      aria-label={label}
      aria-busy={busy || undefined}
      title={title ?? label}
      disabled={disabled}
      onClick={onClick}
      className={clsx(
        // A phone gets 40 px icon squares (the label is the tooltip and the accessible name); Kitematic's 54×58 from 640 px.
        "flex size-10 flex-col items-center justify-center gap-1 rounded text-ink-muted transition-colors sm:h-[54px] sm:w-[58px]",
        "hover:bg-brand-tint hover:text-brand-dark disabled:cursor-default disabled:bg-transparent disabled:text-ink-faint disabled:opacity-60",
        verb === "remove" && "hover:bg-danger/10 hover:text-danger-ink",
        busy && "text-brand-dark disabled:text-brand-dark disabled:opacity-100",
      )}
    >
      {busy ? <Spinner className="size-5" /> : <VerbIcon verb={verb} className="size-5" />}
      <span aria-hidden="true" className="hidden text-[10px] font-semibold uppercase leading-none tracking-wider sm:block">
        {label}
      </span>
    </button>
  );
}
