/** Whether a layer's last engine status means it needs no more bytes (pull or push). */
export function isLayerDone(status: string): boolean {
  return /complete|already exists|^pushed$|^mounted from /i.test(status);
}
