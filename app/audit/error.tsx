"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function AuditError(props: RouteErrorProps) {
  return <RouteError {...props} what="the audit log" back={{ href: "/containers", label: "Go to containers" }} />;
}
