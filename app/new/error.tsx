"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function NewContainerError(props: RouteErrorProps) {
  return <RouteError {...props} what="the new-container form" back={{ href: "/containers", label: "Back to containers" }} />;
}
