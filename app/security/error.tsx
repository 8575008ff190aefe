"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function SecurityError(props: RouteErrorProps) {
  return <RouteError {...props} what="the security overview" back={{ href: "/containers", label: "Go to containers" }} />;
}
