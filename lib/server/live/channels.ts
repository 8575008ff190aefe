import "server-only";
import type { LiveChannel } from "./channel";
import { logsChannel } from "./logs-channel";
import { execChannel } from "./exec-channel";
import { statsChannel } from "./stats-channel";
import { tasksChannel } from "./tasks-channel";
import { diskChannel } from "./disk-channel";
import { auditChannel } from "./audit-channel";

export const LIVE_CHANNELS: LiveChannel[] = [logsChannel, execChannel, statsChannel, tasksChannel, diskChannel, auditChannel];
