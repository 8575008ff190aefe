import "server-only";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { isRole } from "@/lib/shared/auth/roles";
import { createApiToken } from "./api-tokens";
import { addUser, findUser, listUsers } from "./users";

// `npm run berth -- user add NAME --role R` (password from stdin when piped, else a prompt that does not echo),
// `user list`, and `token add USER [LABEL]` (an API token, printed once).

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
  }
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted || process.stderr.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stderr.write(q);
      muted = true;
      rl.question("", (answer) => {
        muted = false;
        process.stderr.write("\n");
        resolve(answer);
      });
    });
  try {
    const first = await ask("Password: ");
    const again = await ask("Again: ");
    if (first !== again) throw new Error("the two passwords differ");
    return first;
  } finally {
    rl.close();
  }
}

export async function runUserCommand(args: string[]): Promise<number> {
  const [verb, name] = args;
  if (verb === "list") {
    for (const u of listUsers()) console.log(`${u.name}\t${u.role}${u.disabled ? "\tdisabled" : ""}`);
    return 0;
  }
  if (verb === "add" && name) {
    const i = args.indexOf("--role");
    const role = i === -1 ? "viewer" : args[i + 1];
    if (!isRole(role)) {
      console.error("--role must be viewer, operator or admin");
      return 2;
    }
    const user = await addUser(name, role, await readPassword());
    console.log(`added ${user.name} (${user.role})`);
    return 0;
  }
  console.error("usage: npm run berth -- user add NAME --role viewer|operator|admin  |  user list");
  return 2;
}

export function runTokenCommand(args: string[]): number {
  const [verb, name, label] = args;
  const user = name ? findUser(name) : undefined;
  if (verb !== "add" || !user) {
    console.error(name && !user ? `no user named ${name}` : "usage: npm run berth -- token add USER [LABEL]");
    return 2;
  }
  // Printed once: Berth keeps only its hash.
  console.log(createApiToken(user.id, label ?? "cli").token);
  return 0;
}
