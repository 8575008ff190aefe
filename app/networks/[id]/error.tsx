"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function NetworkError(props: RouteErrorProps) {
  return <RouteError {...props} what="this network" back={{ href: "/networks", label: "Back to networks" }} />;
}
