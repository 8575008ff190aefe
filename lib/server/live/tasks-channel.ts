import "server-only";
import type { Server } from "socket.io";
import type { LiveChannel } from "./channel";
import { onTaskUpdate } from "./tasks";

export const TASKS_ROOM = "tasks";

// One broadcaster per socket.io server, however many sockets connect.
const wired = new WeakSet<Server>();

/**
 * Task progress (pulls) for every connected browser: the task centre shows all tasks, so each
 * socket joins the room and one listener broadcasts each update to it. The socket sends nothing.
 */
export const tasksChannel: LiveChannel = (io, socket) => {
  void socket.join(TASKS_ROOM);
  if (wired.has(io)) return;
  wired.add(io);
  // Lives as long as the server: the process has one socket.io server.
  onTaskUpdate((task) => io.to(TASKS_ROOM).emit("task:update", task));
};
