"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function UsersError(props: RouteErrorProps) {
  return <RouteError {...props} what="the users" back={{ href: "/containers", label: "Go to containers" }} />;
}
