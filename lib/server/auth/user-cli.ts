import "server-only";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { isRole } from "@/lib/shared/auth/roles";
import { createApiToken } from "./api-tokens";
import { addUser, findUser, listUsers } from "./users";
import { setDisabled, setPassword, setRole } from "./user-admin";
import { listUserTokens, revokeUserToken } from "./user-sessions";
import { ApiError } from "@/lib/shared/errors";

// `npm run berth -- user add NAME --role R` (password from stdin when piped, else a prompt that does not echo),
// `user list|role NAME R|disable NAME|enable NAME|passwd NAME`, and `token add USER [LABEL]` (an API token,
// printed once), `token list USER`, `token revoke USER ID`. The same rules as the Users page (the last admin stays).

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

const USER_USAGE =
  "usage: npm run berth -- user add NAME --role viewer|operator|admin | user list | user role NAME ROLE | user disable NAME | user enable NAME | user passwd NAME";

/** An ApiError (the last admin, no such user, a weak password) is the user's to fix: its message, exit 1. */
async function reported(run: () => Promise<number> | number): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    console.error(err.message);
    return 1;
  }
}

export function runUserCommand(args: string[]): Promise<number> {
  return reported(() => userCommand(args));
}

async function userCommand(args: string[]): Promise<number> {
  const [verb, name, value] = args;
  if (verb === "role" && name && isRole(value)) {
    console.log(`${name} is now ${setRole(name, value).role}`);
    return 0;
  }
  if ((verb === "disable" || verb === "enable") && name) {
    setDisabled(name, verb === "disable");
    console.log(`${name} ${verb}d${verb === "disable" ? " (its sessions ended)" : ""}`);
    return 0;
  }
  if (verb === "passwd" && name) {
    await setPassword(name, await readPassword());
    console.log(`password of ${name} changed (its sessions ended)`);
    return 0;
  }
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
  console.error(USER_USAGE);
  return 2;
}

export function runTokenCommand(args: string[]): number {
  const [verb, name, label] = args;
  const user = name ? findUser(name) : undefined;
  if (!user || !["add", "list", "revoke"].includes(verb ?? "")) {
    console.error(name && !user ? `no user named ${name}` : "usage: npm run berth -- token add USER [LABEL] | token list USER | token revoke USER ID");
    return 2;
  }
  if (verb === "list") {
    for (const t of listUserTokens(user.id)) console.log(`${t.id}\t${t.name}\t${new Date(t.createdAt).toISOString()}`);
    return 0;
  }
  if (verb === "revoke") {
    try {
      revokeUserToken(user.id, Number(label));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      console.error(err.message);
      return 1;
    }
    console.log(`revoked token ${label} of ${user.name}`);
    return 0;
  }
  // Printed once: Berth keeps only its hash.
  console.log(createApiToken(user.id, label ?? "cli").token);
  return 0;
}
