// Compose's own naming rules, so Berth refuses what the CLI would refuse (or, worse, silently normalise) before
// anything runs. A name passing these can never be read as an option or as more than one argument.

/** Compose's project name rule: lowercase letters, digits, "-" and "_", starting with a letter or digit. */
export const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** Longer names make container names past what the engine shows comfortably; Compose itself sets no bound. */
export const PROJECT_NAME_MAX = 63;
/** Compose's service name rule (the compose-spec schema): letters, digits, ".", "_", "-", not first. */
export const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9._-]*$/;

/** Why `name` is not a project name Compose takes, or undefined when it is one. */
export function projectNameProblem(name: string): string | undefined {
  if (!name) return "A stack name is required";
  if (name.length > PROJECT_NAME_MAX) return `A stack name is at most ${PROJECT_NAME_MAX} characters`;
  if (!PROJECT_NAME.test(name)) {
    return "A stack name holds only lowercase letters, digits, \"-\" and \"_\", and starts with a letter or digit";
  }
  return undefined;
}

export function isProjectName(name: string): boolean {
  return projectNameProblem(name) === undefined;
}

export function isServiceName(name: string): boolean {
  return name.length <= 255 && SERVICE_NAME.test(name);
}
