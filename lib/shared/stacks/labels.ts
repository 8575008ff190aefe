// The labels Compose (v1 and v2 alike) puts on what it creates: how Berth finds every project on an engine,
// wherever it was started.
export const PROJECT_LABEL = "com.docker.compose.project";
export const SERVICE_LABEL = "com.docker.compose.service";
export const WORKING_DIR_LABEL = "com.docker.compose.project.working_dir";
export const CONFIG_FILES_LABEL = "com.docker.compose.project.config_files";
export const ONEOFF_LABEL = "com.docker.compose.oneoff";

/**
 * The config files label: paths joined by "," (Compose's own separator for it). Compose v1 writes them as given
 * on its command line, relative to the working directory; v2 writes them absolute. Berth's are absolute.
 */
export function configFilesOf(labels: Record<string, string>): string[] {
  const dir = labels[WORKING_DIR_LABEL];
  return (labels[CONFIG_FILES_LABEL] ?? "")
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean)
    .map((f) => (f.startsWith("/") || !dir ? f : `${dir.replace(/\/+$/, "")}/${f.replace(/^\.\//, "")}`));
}

export function projectOf(labels: Record<string, string> | undefined): string | undefined {
  return labels?.[PROJECT_LABEL] || undefined;
}
