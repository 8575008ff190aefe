import { apiRoute } from "@/lib/api/handler";
import { containerChanges } from "@/lib/docker/files";
import { containerRef } from "@/lib/schemas/containers";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => ({
  changes: await containerChanges(containerRef.parse(params.id)),
}));
