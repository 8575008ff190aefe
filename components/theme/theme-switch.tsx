"use client";

import clsx from "clsx";
import { useEffect, useState } from "react";
import { useTheme } from "next-themes";
import { Monitor, Moon, Sun } from "lucide-react";

const CHOICES = [
  { id: "system", label: "System theme", Icon: Monitor },
  { id: "light", label: "Light theme", Icon: Sun },
  { id: "dark", label: "Dark theme", Icon: Moon },
] as const;

/** System / light / dark, remembered in this browser by next-themes. */
export function ThemeSwitch() {
  const { theme, setTheme } = useTheme();
  // The stored choice is known only in the browser: render none checked on the server, then the real one.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const current = mounted ? (theme ?? "system") : undefined;

  return (
    <div role="radiogroup" aria-label="Theme" className="flex shrink-0 items-center rounded border border-line p-px">
      {CHOICES.map(({ id, label, Icon }) => (
        <button
          key={id}
          type="button"
          role="radio"
          aria-checked={current === id}
          aria-label={label}
          title={label}
          onClick={() => setTheme(id)}
          className={clsx(
            "flex size-6 items-center justify-center rounded-sm transition-colors",
            current === id ? "bg-brand-tint text-brand-dark" : "text-ink-muted hover:bg-hover hover:text-ink",
          )}
        >
          <Icon aria-hidden="true" className="size-3.5" />
        </button>
      ))}
    </div>
  );
}
