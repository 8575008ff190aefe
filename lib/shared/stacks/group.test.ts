import { describe, expect, it } from "vitest";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { groupStacks } from "./group";

const labels = (project: string, service: string, extra: Record<string, string> = {}) => ({
  "com.docker.compose.project": project,
  "com.docker.compose.service": service,
  "com.docker.compose.project.working_dir": `/srv/${project}`,
  "com.docker.compose.project.config_files": `/srv/${project}/a.yml,b.yml`,
  ...extra,
});
const c = (name: string, l: Record<string, string>, state: ContainerSummary["state"] = "running", created = 1) =>
  ({ id: name, name, image: "img", state, status: "", ports: [], labels: l, created }) as unknown as ContainerSummary;

describe("groupStacks", () => {
  it("groups by project and service, counts replicas without one-offs, adds networks, volumes and managed stacks", () => {
    const stacks = groupStacks(
      [
        c("web-1", labels("shop", "web")),
        c("web-2", labels("shop", "web"), "exited"),
        c("db-1", labels("shop", "db")),
        c("web-run", labels("shop", "web", { "com.docker.compose.oneoff": "True" })),
        c("solo", {}),
      ],
      [{ name: "shop_default", labels: { "com.docker.compose.project": "shop" } }, { name: "bridge", labels: {} }],
      [{ name: "shop_data", labels: { "com.docker.compose.project": "shop" } }],
      ["kept"],
    );
    expect(stacks.map((s) => s.name)).toEqual(["kept", "shop"]);
    const shop = stacks[1]!;
    expect(shop).toMatchObject({ running: 2, total: 3, networks: ["shop_default"], volumes: ["shop_data"], workingDir: "/srv/shop", managed: false });
    expect(shop.configFiles).toEqual(["/srv/shop/a.yml", "/srv/shop/b.yml"]);
    expect(shop.services.map((s) => [s.name, s.running, s.total, s.containers.length])).toEqual([
      ["db", 1, 1, 1],
      ["web", 1, 2, 3],
    ]);
    expect(stacks[0]).toMatchObject({ managed: true, services: [], total: 0 });
  });
});
