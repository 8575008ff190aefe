import { apiRoute } from "@/lib/server/api/handler";
import { getStack } from "@/lib/server/compose/stacks";

export const GET = apiRoute<{ name: string }>(async (_req, { params, engine }) => ({ stack: await getStack(engine, params.name) }));
