import "server-only";
import type { BerthConfig } from "@/lib/server/config";
import { keyUrl, localKey } from "./local-key";
import { setupToken } from "./setup-token";
import { oidcSettings } from "./oidc-client";

/** What start-up says about single sign-on: on (which provider), off because of a bad setting, or ignored. */
function oidcNotice(config: Pick<BerthConfig, "mode" | "authOff">): string[] {
  const s = oidcSettings();
  if (!s.enabled && !("error" in s)) return [];
  if (config.mode !== "team" || config.authOff) return ["BERTH_OIDC_ISSUER is ignored: single sign-on needs BERTH_MODE=team"];
  if (!s.enabled) return [`single sign-on is OFF, a setting is wrong: ${s.error}`];
  return [`single sign-on: "Sign in with ${s.config.label}" (${s.config.issuer}; roles from the "${s.config.roles.claim}" claim)`];
}

/** What start-up says about getting in: the key's URL, team mode's state, or who can reach root with auth off. */
export function startUpNotice(config: Pick<BerthConfig, "host" | "mode" | "authOff">, port: number): string[] {
  return [...accessNotice(config, port), ...oidcNotice(config)];
}

function accessNotice(config: Pick<BerthConfig, "host" | "mode" | "authOff">, port: number): string[] {
  if (config.authOff) {
    return [
      `WARNING: BERTH_AUTH=off — no key is asked. Every user of this machine and every container with host networking`,
      `can reach ${config.host}:${port} and, through Berth, the Docker engine: that is root on this host.`,
    ];
  }
  if (config.mode === "local") return [`open Berth with its key: ${keyUrl(config.host, port, localKey())}`];
  const token = setupToken();
  if (!token) return ["team mode: sign in with your account"];
  const shown = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
  return [
    "team mode, no account yet: create the first admin with this one-time link",
    `  http://${shown}:${port}/login?setup=${token}`,
    "or on the host: npm run berth -- user add NAME --role admin",
  ];
}
