"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function EventsError(props: RouteErrorProps) {
  return <RouteError {...props} what="the events" back={{ href: "/containers", label: "Go to containers" }} />;
}
