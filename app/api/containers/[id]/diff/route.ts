import { apiRoute } from "@/lib/server/api/handler";
import { containerChanges } from "@/lib/server/engine/files";
import { containerRef } from "@/lib/shared/schemas/containers";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => ({
  changes: await containerChanges(engine, containerRef.parse(params.id)),
}));
