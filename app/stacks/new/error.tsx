"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function NewStackError(props: RouteErrorProps) {
  return <RouteError {...props} what="the new stack form" back={{ href: "/stacks", label: "Go to stacks" }} />;
}
