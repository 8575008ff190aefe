"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function StackError(props: RouteErrorProps) {
  return <RouteError {...props} what="this stack" back={{ href: "/stacks", label: "Go to stacks" }} />;
}
