import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { LiveProvider } from "@/components/live/live-provider";
import { TopBar } from "@/components/layout/top-bar";
import { EngineBanner } from "@/components/layout/engine-banner";
import { ToastsProvider } from "@/components/layout/toasts";
import { PaletteLauncher } from "@/components/palette/palette-launcher";

// Rendered per request: the server puts a fresh CSP nonce on every page.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Berth",
  description: "A live dashboard for Docker hosts",
  icons: { icon: { url: "/favicon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <LiveProvider>
          <ToastsProvider>
            <div className="flex h-dvh flex-col">
              <TopBar />
              <EngineBanner />
              <main className="flex min-h-0 flex-1">{children}</main>
            </div>
            <PaletteLauncher />
          </ToastsProvider>
        </LiveProvider>
      </body>
    </html>
  );
}
