import { ApiError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { containerRef } from "@/lib/schemas/containers";
import { auditCache } from "@/lib/security/audit-cache";

/** One container's security findings (from the server's audit cache; env values never included). */
export const GET = apiRoute<{ id: string }>(async (_req, { params }) => {
  const ref = containerRef.parse(params.id);
  const audit = await auditCache().container(ref);
  if (!audit) throw new ApiError(404, "not_found", `No such container: ${ref}`);
  return { audit };
});
