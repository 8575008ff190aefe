"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function WallError(props: RouteErrorProps) {
  return <RouteError {...props} what="the wall screen" back={{ href: "/containers", label: "Go to containers" }} />;
}
