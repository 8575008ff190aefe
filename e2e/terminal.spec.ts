import { expect, test } from "@playwright/test";
import { containerState, dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import {
  execIds,
  expectOnScreen,
  openTerminalTab,
  runningExecs,
  screenText,
  terminalForm,
  terminalStatus,
  typeLine,
} from "./support/terminal";

// The terminal is a shell in someone's container: what the user types must reach the engine, what the
// engine prints must reach the screen, and no session may outlive the page that opened it.

test.describe("terminal", () => {
  test("a shell runs commands in the container and exits cleanly", async ({ page }) => {
    const name = uniqueName("term");
    runSleeper(name);
    try {
      await openTerminalTab(page, name);
      const form = terminalForm(page);
      await expect(form.getByRole("combobox", { name: "Command" })).toHaveValue("sh");
      await form.getByRole("button", { name: "Connect" }).click();
      await expect(terminalStatus(page)).toHaveText(/Connected: sh/);

      await typeLine(page, "echo berth-$((6*7))");
      await expectOnScreen(page, /^berth-42\s*$/m);

      await typeLine(page, "touch /tmp/from-terminal");
      await expect.poll(() => tryCli("exec", name, "ls", "/tmp/from-terminal")).toBe("/tmp/from-terminal");
      expect(await runningExecs(name)).toHaveLength(1);

      await typeLine(page, "exit");
      await expect(terminalStatus(page)).toHaveText("Exited with code 0");
      await expect.poll(async () => (await runningExecs(name)).length).toBe(0);
      await expect(form.getByRole("button", { name: "Connect" })).toBeEnabled();
    } finally {
      removeQuietly(name);
    }
  });

  test("a command the container lacks is reported, not a dead terminal", async ({ page }) => {
    const name = uniqueName("term-bash");
    runSleeper(name);
    try {
      await openTerminalTab(page, name);
      const form = terminalForm(page);
      await form.getByRole("combobox", { name: "Command" }).selectOption("bash");
      await form.getByRole("button", { name: "Connect" }).click();
      await expect(terminalStatus(page)).toHaveText(/Could not start bash: .*executable file not found/);
      await expect(form.getByRole("button", { name: "Connect" })).toBeEnabled();
    } finally {
      removeQuietly(name);
    }
  });

  test("custom command, user and working directory reach the engine", async ({ page }) => {
    const name = uniqueName("term-opts");
    runSleeper(name);
    try {
      await openTerminalTab(page, name);
      const form = terminalForm(page);
      await form.getByRole("combobox", { name: "Command" }).selectOption("custom");
      await form.getByRole("textbox", { name: "Custom command" }).fill(`sh -c 'echo "me=$(id -u):$(pwd)"; exec sh'`);
      await form.getByRole("textbox", { name: "User" }).fill("65534");
      await form.getByRole("textbox", { name: "Working directory" }).fill("/tmp");
      await form.getByRole("button", { name: "Connect" }).click();
      await expectOnScreen(page, "me=65534:/tmp");
      await form.getByRole("button", { name: "Disconnect" }).click();
      await expect.poll(async () => (await runningExecs(name)).length).toBe(0);

      // Bad input never leaves the browser; the server's schema refuses it too (see unit tests).
      await form.getByRole("textbox", { name: "User" }).fill("root;id");
      await form.getByRole("button", { name: "Connect" }).click();
      await expect(form.getByRole("alert")).toHaveText(/User: /);

      // No shell runs the command, so shell syntax is refused and says how to get one; the engine runs nothing.
      const execsBefore = execIds(name).length;
      await form.getByRole("textbox", { name: "User" }).fill("");
      await form.getByRole("textbox", { name: "Custom command" }).fill("ls /tmp | wc -l");
      await form.getByRole("button", { name: "Connect" }).click();
      await expect(form.getByRole("alert")).toHaveText(/^Command: \| is a shell operator.*sh -c/);
      await form.getByRole("textbox", { name: "Custom command" }).fill("echo 'unclosed");
      await form.getByRole("button", { name: "Connect" }).click();
      await expect(form.getByRole("alert")).toHaveText("Command: Unclosed single quote (')");
      expect(execIds(name)).toHaveLength(execsBefore);
    } finally {
      removeQuietly(name);
    }
  });

  test("attach talks to the main process and detaching leaves it running", async ({ page }) => {
    const name = uniqueName("term-attach");
    dockerCli("run", "-di", "--name", name, FIXTURE_IMAGE, "sh", "-c", 'while read l; do echo "got:$l"; done');
    try {
      await openTerminalTab(page, name);
      const form = terminalForm(page);
      // A click that lands before the form hydrates is undone by React: click until it holds.
      const attach = form.getByRole("radio", { name: "Attach" });
      await expect(async () => {
        await attach.check({ force: true, timeout: 1000 });
        await expect(attach).toBeChecked({ timeout: 500 });
      }).toPass();
      await form.getByRole("button", { name: "Connect" }).click();
      await expect(terminalStatus(page)).toHaveText(/attached to the main process/);
      await typeLine(page, "hello-attach");
      await expectOnScreen(page, "got:hello-attach");

      await form.getByRole("button", { name: "Detach" }).click();
      await expect(terminalStatus(page)).toHaveText(/Detached/);
      // Still running and still reading its stdin: a second attach is answered.
      expect(containerState(name)).toBe("running");
      await form.getByRole("button", { name: "Connect" }).click();
      await typeLine(page, "again");
      await expectOnScreen(page, "got:again");
      expect(containerState(name)).toBe("running");
    } finally {
      removeQuietly(name);
    }
  });

  test("closing the page ends its shell in the container", async ({ page, context }) => {
    const name = uniqueName("term-close");
    runSleeper(name);
    try {
      await openTerminalTab(page, name);
      await terminalForm(page).getByRole("button", { name: "Connect" }).click();
      await expect(terminalStatus(page)).toHaveText(/Connected/);
      // A full-screen program that ignores the polite Ctrl-C/Ctrl-D: the session must end anyway.
      await typeLine(page, "trap '' INT; sleep 600");
      await expect.poll(async () => (await runningExecs(name)).length).toBe(1);
      // The exec can be running a moment before xterm has drawn the echo.
      await expect.poll(() => screenText(page)).toContain("sleep 600");

      await page.close();
      await expect.poll(async () => (await runningExecs(name)).length, { timeout: 15_000 }).toBe(0);
      // Only the session ended: the container's own process goes on.
      expect(containerState(name)).toBe("running");
      expect(dockerCli("exec", name, "sh", "-c", "ps -o comm | grep -c sleep || true")).toBe("1");
      await context.close();
    } finally {
      removeQuietly(name);
    }
  });

  test("a stopped container offers no terminal and says why", async ({ page }) => {
    const name = uniqueName("term-stopped");
    dockerCli("create", "--name", name, FIXTURE_IMAGE, "true");
    try {
      await page.goto(`/containers/${name}?tab=terminal`);
      await expect(page.getByText("The terminal needs a running container")).toBeVisible();
      await expect(page.getByRole("button", { name: "Connect" })).toHaveCount(0);
    } finally {
      removeQuietly(name);
    }
  });
});

function tryCli(...args: string[]): string | undefined {
  try {
    return dockerCli(...args);
  } catch {
    return undefined;
  }
}
