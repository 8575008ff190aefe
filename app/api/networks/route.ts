import { apiRoute } from "@/lib/api/handler";
import { listNetworks } from "@/lib/docker/networks";

export const GET = apiRoute(async () => ({ networks: await listNetworks() }));
