import { apiRoute } from "@/lib/server/api/handler";

// The disk summary the header and the System screen are pushed (`disk:summary`), measured for this request.
export const GET = apiRoute(async (_req, { engine }) => engine.diskSummary.measureFresh());
