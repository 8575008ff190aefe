"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function StacksError(props: RouteErrorProps) {
  return <RouteError {...props} what="the stacks" back={{ href: "/containers", label: "Go to containers" }} />;
}
