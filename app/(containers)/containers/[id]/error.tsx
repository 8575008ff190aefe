"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function ContainerError(props: RouteErrorProps) {
  return <RouteError {...props} what="this container" back={{ href: "/containers", label: "Back to containers" }} />;
}
