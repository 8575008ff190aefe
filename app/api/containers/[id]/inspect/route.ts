import { apiRoute } from "@/lib/server/api/handler";
import { inspectContainerRaw } from "@/lib/server/engine/inspect-raw";
import { containerRef } from "@/lib/shared/schemas/containers";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => inspectContainerRaw(engine, containerRef.parse(params.id)));
