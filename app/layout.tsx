import type { Metadata } from "next";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import "./globals.css";
import { LiveProvider } from "@/components/live/live-provider";
import { TopBar } from "@/components/layout/top-bar";
import { EngineBanner } from "@/components/layout/engine-banner";
import { ToastsProvider } from "@/components/layout/toasts";
import { PaletteLauncher } from "@/components/palette/palette-launcher";
import { ThemeProvider } from "@/components/theme/theme-provider";

// Rendered per request: the server puts a fresh CSP nonce on every page.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Berth",
  description: "A live dashboard for Docker hosts",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

/** The nonce server.ts put in this request's CSP header, for the theme's inline script. */
async function cspNonce(): Promise<string | undefined> {
  const csp = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(csp)?.[1];
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = await cspNonce();
  return (
    // next-themes sets the class on <html> before React hydrates; the mismatch is expected.
    <html lang="en" suppressHydrationWarning>
      <body>
        <ThemeProvider nonce={nonce}>
        <LiveProvider>
          <ToastsProvider>
            <div className="flex h-dvh flex-col">
              <TopBar />
              <EngineBanner />
              <main className="flex min-h-0 min-w-0 flex-1 *:min-w-0">{children}</main>
            </div>
            <PaletteLauncher />
          </ToastsProvider>
        </LiveProvider>
        </ThemeProvider>
      </body>
    </html>
  );
}
