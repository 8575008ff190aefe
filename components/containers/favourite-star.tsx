"use client";

import clsx from "clsx";
import { StarIcon } from "@/components/ui/icons";
import { useFavourites } from "@/lib/browser/hooks/use-favourites";

/** Star or unstar a container by name (kept per browser); starred ones are pinned first in the list and palette. */
export function FavouriteStar({ name, inverted = false, className }: { name: string; inverted?: boolean; className?: string }) {
  const { favourites, toggle } = useFavourites();
  const on = favourites.has(name);
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={on ? `Unstar ${name}` : `Star ${name}`}
      title={on ? "Starred: pinned at the top (f)" : "Star: pin at the top of the list (f)"}
      onClick={() => toggle(name)}
      className={clsx(
        "pointer-events-auto flex size-7 items-center justify-center rounded",
        inverted ? "text-white hover:bg-white/20" : on ? "text-warning hover:bg-hover" : "text-ink-muted hover:bg-hover hover:text-ink",
        className,
      )}
    >
      <StarIcon className="size-4" filled={on} />
    </button>
  );
}
