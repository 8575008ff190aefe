"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function CleanupError(props: RouteErrorProps) {
  return <RouteError {...props} what="the clean-up screen" back={{ href: "/containers", label: "Go to containers" }} />;
}
