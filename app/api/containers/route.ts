import { apiRoute, parseQuery, readJsonBody } from "@/lib/server/api/handler";
import { listContainers } from "@/lib/server/engine/containers";
import { createContainer } from "@/lib/server/engine/container-create";
import { listContainersQuery } from "@/lib/shared/schemas/containers";
import { createContainerBody } from "@/lib/shared/schemas/container-config";

export const GET = apiRoute(async (req, { engine }) => {
  const { all } = parseQuery(req, listContainersQuery);
  const containers = await listContainers(engine, { all });
  // Read right after the list, before anything else can run: the revision of exactly these rows.
  return { containers, revision: engine.containers.revision };
});

export const POST = apiRoute(async (req, { engine, principal }) => {
  const cfg = createContainerBody.parse(await readJsonBody(req));
  // Host paths, privileged mode, devices…: an admin's to ask for (lib/shared/auth/create-policy.ts).
  const container = await createContainer(engine, cfg, { restricted: principal?.role !== "admin" });
  return Response.json({ container }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
