"use client";

import type { ReactNode } from "react";
import { ThemeProvider as NextThemes } from "next-themes";

export const THEME_STORAGE_KEY = "berth-theme";

/**
 * next-themes sets class="dark" on <html> from localStorage or the system before the page paints (its inline
 * script carries this response's CSP nonce, so script-src needs no 'unsafe-inline').
 */
export function ThemeProvider({ nonce, children }: { nonce?: string; children: ReactNode }) {
  return (
    <NextThemes attribute="class" defaultTheme="system" enableSystem storageKey={THEME_STORAGE_KEY} disableTransitionOnChange nonce={nonce}>
      {children}
    </NextThemes>
  );
}
