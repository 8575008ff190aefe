"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

// The last net under the root layout (home, not-found, any screen without its own): the top bar stays.
export default function RootError(props: RouteErrorProps) {
  return <RouteError {...props} what="this page" back={{ href: "/system", label: "Go to System" }} />;
}
