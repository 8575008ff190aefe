"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function ImagesError(props: RouteErrorProps) {
  return <RouteError {...props} what="the images" back={{ href: "/containers", label: "Go to containers" }} />;
}
