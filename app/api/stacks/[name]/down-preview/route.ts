import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downPreview } from "@/lib/server/compose/actions";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { stackName } from "@/lib/shared/schemas/stacks";
import { z } from "zod";

const query = z.object({ volumes: queryFlag.optional() });

/** What `down` would remove, by name, so the confirmation shows exactly what goes. */
export const GET = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const { volumes } = parseQuery(req, query);
  return { preview: await downPreview(engine, stackName.parse(params.name), volumes ?? false) };
});
