"use client";

import { RouteError, type RouteErrorProps } from "@/components/ui/route-error";

export default function RegistriesError(props: RouteErrorProps) {
  return <RouteError {...props} what="the registries" back={{ href: "/containers", label: "Go to containers" }} />;
}
