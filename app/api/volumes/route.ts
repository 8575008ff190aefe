import { apiRoute } from "@/lib/api/handler";
import { listVolumes } from "@/lib/docker/volumes";

export const GET = apiRoute(async () => ({ volumes: await listVolumes() }));
