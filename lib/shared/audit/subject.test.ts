import { describe, expect, it } from "vitest";
import { auditContainer, buildReport, summarizeReport } from "./audit";
import { parseBind, toAuditSubject } from "./subject";

describe("parseBind", () => {
  it("reads src:dst[:opts] and tells volumes from host paths", () => {
    expect(parseBind("/var/run/docker.sock:/var/run/docker.sock:ro,z")).toMatchObject({ type: "bind", readOnly: true, destination: "/var/run/docker.sock" });
    expect(parseBind("data:/data")).toMatchObject({ type: "volume", readOnly: false });
    expect(parseBind("nonsense")).toBeUndefined();
  });
});

describe("toAuditSubject", () => {
  const raw = {
    Id: "abc123",
    Name: "/web",
    State: { Status: "running" },
    Config: { Image: "app:latest", User: "", Env: ["DB_PASSWORD=hunter2", "PATH=/bin"] },
    HostConfig: {
      Binds: ["/etc:/host-etc:ro"],
      Mounts: [{ Type: "bind", Source: "/run/docker.sock", Target: "/var/run/docker.sock" }],
      PortBindings: { "80/tcp": [{ HostIp: "", HostPort: "8080" }] },
      RestartPolicy: { Name: "no" },
    },
    Mounts: [{ Type: "bind", Source: "/run/docker.sock", Destination: "/var/run/docker.sock", RW: true }],
  };

  it("collects mounts from Binds, HostConfig.Mounts and runtime Mounts, and keeps env names only", () => {
    const s = toAuditSubject(raw);
    expect(s.name).toBe("web");
    expect(s.mounts.map((m) => m.origin)).toEqual(["HostConfig.Binds", "HostConfig.Mounts", "Mounts"]);
    expect(s.envNames).toEqual(["DB_PASSWORD", "PATH"]);
    expect(JSON.stringify(s)).not.toContain("hunter2");
  });

  it("feeds the rules: the audit never carries an env value", () => {
    const audit = auditContainer(toAuditSubject(raw));
    expect(audit.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(["docker-socket", "sensitive-mount", "public-port", "unpinned-image", "root-user", "secret-env"]),
    );
    expect(audit.highest).toBe("high");
    expect(JSON.stringify(audit)).not.toContain("hunter2");
    const report = buildReport([audit, { ...audit, id: "z", name: "clean", findings: [], counts: { high: 0, medium: 0, low: 0 }, highest: undefined }]);
    expect(report.containers[0]!.id).toBe("abc123");
    expect(report.affected).toBe(1);
    expect(report.counts.high).toBe(audit.counts.high);

    // The badges' summary: clean containers drop out, no finding text travels.
    const summary = summarizeReport(report);
    expect(summary.containers).toEqual([{ id: "abc123", findings: audit.findings.length, highest: "high" }]);
  });
});
