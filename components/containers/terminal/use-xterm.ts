"use client";

import { useEffect, useState, type RefObject } from "react";
import type { Terminal } from "@xterm/xterm";
import type { FitAddon } from "@xterm/addon-fit";

export interface Xterm {
  term: Terminal;
  fit: FitAddon;
}

// Kitematic's log panel colours; the palette keeps ANSI colours readable on the dark background.
const THEME = {
  background: "#233137",
  foreground: "#e6edf4",
  cursor: "#22b8eb",
  selectionBackground: "#22b8eb66",
  black: "#233137",
  red: "#ff5f52",
  green: "#15cc35",
  yellow: "#ffbe05",
  blue: "#22b8eb",
  magenta: "#c678dd",
  cyan: "#56b6c2",
  white: "#e6edf4",
};

/**
 * An xterm.js terminal in `host`, fitted to it and refitted whenever it changes size. xterm touches
 * `window` when its module loads, so it is imported here, in the browser only.
 */
export function useXterm(host: RefObject<HTMLDivElement | null>): Xterm | null {
  const [xterm, setXterm] = useState<Xterm | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let disposed = false;
    let term: Terminal | undefined;
    let observer: ResizeObserver | undefined;
    void (async () => {
      const [{ Terminal }, { FitAddon }] = await Promise.all([import("@xterm/xterm"), import("@xterm/addon-fit")]);
      if (disposed) return;
      term = new Terminal({
        cursorBlink: true,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", monospace',
        fontSize: 13,
        scrollback: 5000,
        // The same background as the log panel in either theme (the panel token is darker in dark mode).
        theme: { ...THEME, background: getComputedStyle(document.documentElement).getPropertyValue("--color-panel").trim() || THEME.background },
      });
      const fit = new FitAddon();
      term.loadAddon(fit);
      term.open(el);
      fit.fit();
      // Refit on the next frame: layout changes (sidebar, window) settle before we measure.
      let frame = 0;
      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (!disposed) fit.fit();
        });
      });
      observer.observe(el);
      setXterm({ term, fit });
    })();
    return () => {
      disposed = true;
      observer?.disconnect();
      term?.dispose();
    };
  }, [host]);

  return xterm;
}
