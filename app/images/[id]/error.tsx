"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function ImageError(props: RouteErrorProps) {
  return <RouteError {...props} what="this image" back={{ href: "/images", label: "Back to images" }} />;
}
