import "server-only";

/** `npm run berth -- user …` (team mode's accounts). */
export async function runUserCommand(_args: string[]): Promise<number> {
  console.error("user commands arrive with team mode");
  return 2;
}
