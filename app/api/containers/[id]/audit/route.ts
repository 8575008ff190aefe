import { ApiError } from "@/lib/shared/errors";
import { apiRoute } from "@/lib/server/api/handler";
import { containerRef } from "@/lib/shared/schemas/containers";
import { auditCache } from "@/lib/server/security/audit-cache";

/** One container's security findings (from the server's audit cache; env values never included). */
export const GET = apiRoute<{ id: string }>(async (_req, { params }) => {
  const ref = containerRef.parse(params.id);
  const audit = await auditCache().container(ref);
  if (!audit) throw new ApiError(404, "not_found", `No such container: ${ref}`);
  return { audit };
});
