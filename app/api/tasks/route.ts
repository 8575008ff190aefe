import { apiRoute } from "@/lib/server/api/handler";
import { listTasks } from "@/lib/server/live/tasks";

export const GET = apiRoute(async () => ({ tasks: listTasks() }));
