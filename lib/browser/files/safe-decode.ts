/** Route params may arrive still percent-encoded; a malformed escape must not crash the page. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
