"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function VolumeError(props: RouteErrorProps) {
  return <RouteError {...props} what="this volume" back={{ href: "/volumes", label: "Back to volumes" }} />;
}
