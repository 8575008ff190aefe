import { describe, expect, it } from "vitest";
import { appendOutput, emptyOutput, foldBuildEvent, MAX_LINE_LENGTH, type BuildFold } from "./build-output";

describe("appendOutput", () => {
  it("joins chunks that end mid-line and splits chunks holding several lines", () => {
    const out = emptyOutput();
    appendOutput(out, "Step 1/2 : FROM busy");
    expect(out).toEqual({ lines: ["Step 1/2 : FROM busy"], open: true, dropped: 0 });
    appendOutput(out, "box\n ---> abc\r\nhal");
    expect(out).toEqual({ lines: ["Step 1/2 : FROM busybox", " ---> abc", "hal"], open: true, dropped: 0 });
    appendOutput(out, "f\n");
    expect(out.lines).toEqual(["Step 1/2 : FROM busybox", " ---> abc", "half"]);
    expect(out.open).toBe(false);
    appendOutput(out, "\n");
    expect(out.lines.at(-1)).toBe("");
  });

  it("keeps the last lines and counts the ones it dropped", () => {
    const out = emptyOutput();
    for (let i = 0; i < 7; i++) appendOutput(out, `line ${i}\n`, 5);
    expect(out.lines).toEqual(["line 2", "line 3", "line 4", "line 5", "line 6"]);
    expect(out.dropped).toBe(2);
  });

  it("cuts a very long line", () => {
    const out = emptyOutput();
    appendOutput(out, "x".repeat(MAX_LINE_LENGTH + 50) + "\n");
    expect(out.lines[0]!.length).toBe(MAX_LINE_LENGTH + 1);
  });
});

describe("foldBuildEvent", () => {
  it("takes the step as status, the aux id as the image and the error as the last line", () => {
    const task: BuildFold = { status: "Starting" };
    foldBuildEvent(task, { stream: "Step 2/4 : ARG GREETING\n" });
    expect(task.status).toBe("Step 2/4 : ARG GREETING");
    foldBuildEvent(task, { stream: "\u001b[31mred\u001b[0m\n" });
    foldBuildEvent(task, { aux: { ID: "sha256:abc" } });
    expect(task.imageId).toBe("sha256:abc");
    foldBuildEvent(task, { stream: "partial" });
    foldBuildEvent(task, {
      errorDetail: { message: "The command '/bin/sh -c false' returned a non-zero code: 1" },
      error: "The command '/bin/sh -c false' returned a non-zero code: 1",
    });
    expect(task.output!.lines).toEqual([
      "Step 2/4 : ARG GREETING",
      "\u001b[31mred\u001b[0m",
      "partial",
      "The command '/bin/sh -c false' returned a non-zero code: 1",
    ]);
    expect(task.status).toBe("The command '/bin/sh -c false' returned a non-zero code: 1");
  });

  it("shows a FROM pull's overall statuses but not its per-layer ticks", () => {
    const task: BuildFold = { status: "" };
    foldBuildEvent(task, { status: "Pulling from library/busybox" });
    foldBuildEvent(task, { status: "Downloading", id: "a1b2" });
    foldBuildEvent(task, { stream: "Successfully built 0123456789ab\n" });
    expect(task.output!.lines).toEqual(["Pulling from library/busybox", "Successfully built 0123456789ab"]);
    expect(task.status).toBe("Successfully built 0123456789ab");
  });
});
