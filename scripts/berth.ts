// `npm run berth -- <command>`: what you do to Berth from the host's shell, with the same settings (environment)
// as the server. Commands: `url` prints the URL that opens Berth with its key (local mode);
// `user add NAME --role viewer|operator|admin` makes an account (team mode), the password read from stdin or a prompt;
// `token add USER` prints a new API token for that account (once).
import "../lib/server/allow-server-only";
import { readConfig } from "../lib/server/config";
import { keyUrl, localKey } from "../lib/server/auth/local-key";
import { runTokenCommand, runUserCommand } from "../lib/server/auth/user-cli";

const USAGE = `usage:
  npm run berth -- url                                     the URL that opens Berth with its key
  npm run berth -- user add NAME --role viewer|operator|admin   an account for team mode (password from stdin or a prompt)
  npm run berth -- user list                               the accounts
  npm run berth -- token add USER [LABEL]                  an API token for USER (Authorization: Bearer), shown once`;

async function main(argv: string[]): Promise<number> {
  const config = readConfig();
  const [command, ...rest] = argv;
  if (command === "url") {
    if (config.mode === "team") {
      console.error("BERTH_MODE=team: there is no key; sign in with an account (npm run berth -- user add NAME --role admin)");
      return 1;
    }
    console.log(keyUrl(config.host, config.port, localKey()));
    return 0;
  }
  if (command === "user") return runUserCommand(rest);
  if (command === "token") return runTokenCommand(rest);
  console.error(USAGE);
  return command === undefined || command === "help" || command === "--help" ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`berth: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
