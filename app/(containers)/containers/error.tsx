"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function ContainersError(props: RouteErrorProps) {
  return <RouteError {...props} what="the containers" back={{ href: "/system", label: "Go to System" }} />;
}
