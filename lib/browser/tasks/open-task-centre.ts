// The task centre is the top bar's popover, open state its own: a toast (a failed build's) asks it to open
// through a window event rather than lifting that state into the layout for one caller.
const OPEN_EVENT = "berth:open-task-centre";

export function openTaskCentre(): void {
  window.dispatchEvent(new Event(OPEN_EVENT));
}

/** Returns the unsubscribe. */
export function onOpenTaskCentre(listener: () => void): () => void {
  window.addEventListener(OPEN_EVENT, listener);
  return () => window.removeEventListener(OPEN_EVENT, listener);
}
