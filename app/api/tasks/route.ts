import { apiRoute } from "@/lib/api/handler";
import { listTasks } from "@/lib/live/tasks";

export const GET = apiRoute(async () => ({ tasks: listTasks() }));
