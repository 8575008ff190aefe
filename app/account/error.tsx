"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function AccountError(props: RouteErrorProps) {
  return <RouteError {...props} what="your account" back={{ href: "/containers", label: "Go to containers" }} />;
}
