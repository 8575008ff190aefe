/** A pause for tests that poll the engine or the server until something settles. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
