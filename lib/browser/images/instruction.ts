/** The Dockerfile keyword that starts a history line, for highlighting ("RUN", "ENV"…), or undefined. */
export function instructionKeyword(createdBy: string): string | undefined {
  const match = /^([A-Z]+)\b/.exec(createdBy);
  return match?.[1];
}
