"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function SystemError(props: RouteErrorProps) {
  return <RouteError {...props} what="the system overview" back={{ href: "/containers", label: "Go to containers" }} />;
}
