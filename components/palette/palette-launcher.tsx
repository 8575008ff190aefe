"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useShortcuts } from "@/lib/browser/hooks/use-shortcuts";
import { ShortcutHelp } from "@/components/palette/shortcut-help";

// The palette (cmdk and its lists) loads on the first Ctrl/⌘K, not with every page.
const CommandPalette = dynamic(() => import("@/components/palette/command-palette").then((m) => m.CommandPalette), { ssr: false });

/** Ctrl/⌘K opens the command palette anywhere; "?" lists the shortcuts (both from lib/shared/keyboard/shortcuts.ts). */
export function PaletteLauncher() {
  const [open, setOpen] = useState<"palette" | "help" | null>(null);
  useShortcuts({
    "palette.open": () => setOpen((o) => (o === "palette" ? null : "palette")),
    "help.open": () => setOpen("help"),
  });
  if (open === "palette") return <CommandPalette onClose={() => setOpen(null)} />;
  if (open === "help") return <ShortcutHelp onClose={() => setOpen(null)} />;
  return null;
}
