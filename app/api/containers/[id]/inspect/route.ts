import { apiRoute } from "@/lib/api/handler";
import { inspectContainerRaw } from "@/lib/docker/inspect-raw";
import { containerRef } from "@/lib/schemas/containers";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => inspectContainerRaw(containerRef.parse(params.id)));
