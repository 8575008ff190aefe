"use client";

import "./globals.css";
import { BrandMark } from "@/components/ui/icons";
import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// The root layout itself failed (the top bar, the live connection): this replaces the whole document, so it
// brings its own <html>, styles and a bare header instead of the top bar, which may be what broke.
export default function GlobalError(props: RouteErrorProps) {
  return (
    <html lang="en">
      <body>
        <title>Berth</title>
        <div className="flex h-dvh flex-col">
          <header className="flex h-11 shrink-0 items-center gap-1.5 border-b border-line bg-surface px-4 text-[15px] font-semibold text-ink">
            <BrandMark className="size-6 text-brand" />
            Berth
          </header>
          <main className="flex min-h-0 flex-1">
            <RouteError {...props} what="this page" back={{ href: "/containers", label: "Go to containers" }} />
          </main>
        </div>
      </body>
    </html>
  );
}
