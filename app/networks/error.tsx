"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function NetworksError(props: RouteErrorProps) {
  return <RouteError {...props} what="the networks" back={{ href: "/containers", label: "Go to containers" }} />;
}
