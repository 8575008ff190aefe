"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function VolumesError(props: RouteErrorProps) {
  return <RouteError {...props} what="the volumes" back={{ href: "/containers", label: "Go to containers" }} />;
}
