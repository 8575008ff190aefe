import { apiRoute } from "@/lib/server/api/handler";
import { containerRef } from "@/lib/shared/schemas/containers";
import { ApiError } from "@/lib/shared/errors";

/** One container's security findings (from the server's audit cache; env values never included). */
export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const audit = await engine.audit.container(ref);
  if (!audit) throw new ApiError("not_found", `No such container: ${ref}`);
  return { audit };
});
