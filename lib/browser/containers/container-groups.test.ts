import { describe, expect, it } from "vitest";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { groupByProject, visibleRows } from "./container-groups";

const c = (name: string, project?: string, state: ContainerSummary["state"] = "running") =>
  ({ id: name, name, state, labels: project ? { "com.docker.compose.project": project } : {} }) as unknown as ContainerSummary;

describe("groupByProject", () => {
  it("puts projects by name first, keeps the list's order inside, standalone last", () => {
    const groups = groupByProject([c("solo"), c("web-2", "web"), c("api-1", "api", "exited"), c("web-1", "web")]);
    expect(groups.map((g) => [g.project, g.containers.map((x) => x.name), g.running])).toEqual([
      ["api", ["api-1"], 0],
      ["web", ["web-2", "web-1"], 2],
      [undefined, ["solo"], 1],
    ]);
    expect(visibleRows(groups, new Set(["web"])).map((x) => x.name)).toEqual(["api-1", "solo"]);
  });
});
