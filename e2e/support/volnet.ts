import { expect, type Locator, type Page } from "@playwright/test";
import { dockerCli } from "./docker-cli";

// Volume and network helpers: the docker CLI as the judge, and the screens' locators by role and name.

export function volumeNames(): string[] {
  return dockerCli("volume", "ls", "-q").split("\n").filter(Boolean);
}

export function inspectVolumeCli(name: string): { Driver: string; Labels: Record<string, string> | null; Options: Record<string, string> | null } {
  return JSON.parse(dockerCli("volume", "inspect", name))[0];
}

export function networkNames(): string[] {
  return dockerCli("network", "ls", "--format", "{{.Name}}").split("\n").filter(Boolean);
}

export function inspectNetworkCli(name: string): {
  Id: string;
  IPAM: { Config: { Subnet?: string; Gateway?: string }[] | null };
  Labels: Record<string, string> | null;
  Internal: boolean;
} {
  return JSON.parse(dockerCli("network", "inspect", name))[0];
}

/** The container's endpoint on `network`, or undefined when it is not attached. */
export function containerEndpoint(container: string, network: string): { Aliases: string[] | null; IPAddress: string } | undefined {
  const nets = JSON.parse(dockerCli("container", "inspect", "--format", "{{json .NetworkSettings.Networks}}", container));
  return nets[network];
}

export function removeVolumesQuietly(...names: string[]) {
  for (const n of names) {
    try {
      dockerCli("volume", "rm", "-f", n);
    } catch {
      // Already gone.
    }
  }
}

export function removeNetworksQuietly(...names: string[]) {
  for (const n of names) {
    try {
      dockerCli("network", "rm", n);
    } catch {
      // Already gone.
    }
  }
}

/** A row of the Volumes or Networks table, matched on the exact name link. */
export function tableRow(page: Page, table: "Volumes" | "Networks", name: string): Locator {
  return page
    .getByRole("table", { name: table })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** Opens the confirm dialog of a Remove button, confirms it and returns the dialog. */
export async function confirmRemove(page: Page, buttonName: string, what: string): Promise<Locator> {
  await page.getByRole("button", { name: buttonName, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`^Remove ${what} `) });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Remove", exact: true }).click();
  return dialog;
}

/** Berth's helper containers on the engine (label `berth.helper`), as `id state` lines' ids and states. */
export function helperContainers(): { id: string; state: string; name: string }[] {
  return dockerCli("ps", "-a", "--no-trunc", "--filter", "label=berth.helper", "--format", "{{.ID}}\t{{.State}}\t{{.Names}}")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [id, state, name] = line.split("\t") as [string, string, string];
      return { id, state, name };
    });
}

export interface CliEvent {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
}

/** What the engine itself logged between two moments (Unix ms), read with `docker events --since --until`. */
export function engineEventsBetween(sinceMs: number, untilMs: number): CliEvent[] {
  const at = (ms: number) => (ms / 1000).toFixed(3);
  return dockerCli("events", "--since", at(sinceMs), "--until", at(untilMs), "--format", "{{json .}}")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CliEvent);
}
