import { expect, test } from "@playwright/test";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { confirmRemove, containerEndpoint, inspectNetworkCli, networkNames, removeNetworksQuietly, tableRow } from "./support/volnet";

// The networks screen against the sandbox engine: `docker network` and `docker inspect` are the judges.
// Subnets stay in 10.213.200.0/22, inside the sandbox's own engine.

test.describe("networks", () => {
  test("create a bridge with subnet, gateway and labels; a bad CIDR is a field error and creates nothing", async ({ page }) => {
    const name = uniqueName("net-ui");
    const bad = uniqueName("net-bad");
    try {
      await page.goto("/networks");
      await expect(page.getByRole("region", { name: "Network modes" })).toContainText("removes network isolation");
      await page.getByRole("button", { name: "+ New network" }).click();
      const dialog = page.getByRole("dialog", { name: "New bridge network" });

      await dialog.getByLabel("Name", { exact: true }).fill(bad);
      await dialog.getByLabel("Subnet (optional)").fill("10.213.200.0/33");
      await dialog.getByLabel("Gateway (optional)").fill("10.213.200.1");
      await dialog.getByRole("button", { name: "Create network" }).click();
      await expect(dialog.getByText(/Not an IPv4 subnet/)).toBeVisible();
      await expect(dialog.getByLabel("Subnet (optional)")).toHaveAttribute("aria-invalid", "true");
      await dialog.getByLabel("Subnet (optional)").fill("10.213.200.0/24");
      await dialog.getByLabel("Gateway (optional)").fill("10.213.201.1");
      await dialog.getByRole("button", { name: "Create network" }).click();
      await expect(dialog.getByText(/Gateway must be a host address inside/)).toBeVisible();
      expect(networkNames()).not.toContain(bad);

      await dialog.getByLabel("Name", { exact: true }).fill(name);
      await dialog.getByLabel("Gateway (optional)").fill("10.213.200.1");
      await dialog.getByLabel("Internal").check();
      await dialog.getByRole("button", { name: "+ Add label" }).click();
      await dialog.getByLabel("Label 1", { exact: true }).fill("berth.test");
      await dialog.getByLabel("Value 1", { exact: true }).fill("networks");
      await dialog.getByRole("button", { name: "Create network" }).click();
      await expect(dialog).toBeHidden();

      const row = tableRow(page, "Networks", name);
      await expect(row).toContainText("10.213.200.0/24");
      await expect(row).toContainText("10.213.200.1");
      const net = inspectNetworkCli(name);
      expect(net.IPAM.Config).toEqual([expect.objectContaining({ Subnet: "10.213.200.0/24", Gateway: "10.213.200.1" })]);
      expect(net.Labels).toEqual({ "berth.test": "networks" });
      expect(net.Internal).toBe(true);
      expect(networkNames()).not.toContain(bad);
    } finally {
      removeNetworksQuietly(name, bad);
    }
  });

  test("connect with an alias, refuse removal while attached, disconnect, remove", async ({ page }) => {
    const net = uniqueName("net-conn");
    const ctr = uniqueName("net-ctr");
    dockerCli("network", "create", "--subnet", "10.213.202.0/24", net);
    try {
      runSleeper(ctr);
      await page.goto(`/networks/${net}`);
      await expect(page.getByRole("heading", { level: 1, name: net })).toBeVisible();
      const form = page.getByRole("form", { name: "Connect a container" });
      await form.getByLabel("Container").selectOption({ label: `${ctr} (running)` });
      await form.getByLabel("Alias (optional)").fill("db-alias");
      await form.getByRole("button", { name: "Connect" }).click();

      const attached = page.getByRole("table", { name: "Attached containers" }).getByRole("row").filter({ hasText: ctr });
      await expect(attached).toContainText("db-alias");
      await expect(attached).toContainText(/10\.213\.202\.\d+/);
      const ep = containerEndpoint(ctr, net);
      expect(ep?.Aliases).toContain("db-alias");
      expect(ep?.IPAddress).toMatch(/^10\.213\.202\./);

      const dialog = await confirmRemove(page, "Remove", "network");
      await expect(dialog.getByRole("alert")).toContainText(ctr);
      expect(networkNames()).toContain(net);
      await dialog.getByRole("button", { name: "Cancel" }).click();

      await page.getByRole("button", { name: `Disconnect ${ctr}` }).click();
      await expect(attached).toBeHidden();
      await expect.poll(() => containerEndpoint(ctr, net)).toBeUndefined();

      await confirmRemove(page, "Remove", "network");
      await expect(page).toHaveURL(/\/networks$/);
      expect(networkNames()).not.toContain(net);
      await expect(tableRow(page, "Networks", net)).toBeHidden();
    } finally {
      removeQuietly(ctr);
      removeNetworksQuietly(net);
    }
  });

  test("the built-in bridge network cannot be removed; the list shows attached containers live", async ({ page, request }) => {
    const ctr = uniqueName("net-bridge-user");
    try {
      await page.goto("/networks");
      const bridge = tableRow(page, "Networks", "bridge");
      await expect(bridge).toContainText("built-in");
      runSleeper(ctr);
      await expect(bridge.getByRole("link", { name: ctr, exact: true })).toBeVisible();

      const remove = bridge.getByRole("button", { name: "Remove network bridge" });
      await expect(remove).toBeDisabled();
      await expect(remove).toHaveAttribute("title", /built-in network/);
      await page.goto("/networks/bridge");
      await expect(page.getByRole("button", { name: "Remove", exact: true })).toBeDisabled();
      expect(networkNames()).toContain("bridge");

      const res = await request.delete("/api/networks/bridge");
      expect(res.status()).toBe(409);
      expect((await res.json()).error.code).toBe("built_in_network");
      const badCidr = await request.post("/api/networks", { data: { name: uniqueName("n"), subnet: "10.213.203.7/24" } });
      expect(badCidr.status()).toBe(400);
      expect((await badCidr.json()).error.fields).toHaveProperty("subnet");
    } finally {
      removeQuietly(ctr);
    }
  });
});
