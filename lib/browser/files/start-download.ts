/** Makes the browser download `url` as `filename`, as a click on `<a download>` would (the browser streams it to disk). */
export function startDownload(url: string, filename: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}
