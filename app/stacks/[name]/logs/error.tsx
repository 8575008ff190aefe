"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function StackLogsError(props: RouteErrorProps) {
  return <RouteError {...props} what="the stack's logs" back={{ href: "/stacks", label: "Go to stacks" }} />;
}
