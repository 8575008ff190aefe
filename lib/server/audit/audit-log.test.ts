import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditListeners, recordAudit, type AuditRow } from "./audit-log";
import { auditRows } from "./audit-query";

let dir: string;
const saved = process.env.BERTH_DATA_DIR;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "berth-audit-"));
  process.env.BERTH_DATA_DIR = dir;
});
afterEach(() => {
  if (saved === undefined) delete process.env.BERTH_DATA_DIR;
  else process.env.BERTH_DATA_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("the audit log", () => {
  it("appends rows, tells live listeners, and filters them newest first", () => {
    const seen: AuditRow[] = [];
    const listener = (r: AuditRow) => void seen.push(r);
    auditListeners().add(listener);
    try {
      recordAudit({ actor: "ann", role: "admin", verb: "login", resource: "user ann", outcome: "ok" }, 1000);
      recordAudit({ actor: "bob", role: "viewer", verb: "POST /api/containers/[id]/[action]", resource: "/api/containers/web_1/stop", outcome: "refused", status: 403 }, 2000);
      recordAudit({ actor: "Ann", role: "admin", verb: "DELETE /api/containers/[id]", resource: "/api/containers/db", outcome: "ok", status: 200 }, 3000);
    } finally {
      auditListeners().delete(listener);
    }
    expect(seen.map((r) => r.actor)).toEqual(["ann", "bob", "Ann"]);
    expect([...auditRows({}, 10)].map((r) => r.at)).toEqual([3000, 2000, 1000]);
    expect([...auditRows({ actor: "ANN" }, 10)]).toHaveLength(2);
    expect([...auditRows({ verb: "DELETE" }, 10)].map((r) => r.resource)).toEqual(["/api/containers/db"]);
    expect([...auditRows({ outcome: "refused" }, 10)].map((r) => r.actor)).toEqual(["bob"]);
    // A filter is literal text: `_` and `%` are not wildcards.
    expect([...auditRows({ resource: "web_1" }, 10)]).toHaveLength(1);
    expect([...auditRows({ resource: "web%" }, 10)]).toHaveLength(0);
    expect([...auditRows({ since: 1500, until: 2500 }, 10)].map((r) => r.at)).toEqual([2000]);
    expect([...auditRows({}, 1)]).toHaveLength(1);
  });
});
