import { RULES } from "./rules";
import { SEVERITIES, type AuditSubject, type ContainerAudit, type Finding, type SecurityReport, type SecuritySummary, type Severity, type SeverityCounts } from "./types";

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function emptyCounts(): SeverityCounts {
  return { high: 0, medium: 0, low: 0 };
}

function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts = emptyCounts();
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Every rule over one container, worst first. */
export function auditContainer(subject: AuditSubject): ContainerAudit {
  const findings = RULES.map((rule) => rule(subject))
    .filter((f): f is Finding => f !== undefined)
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const base = { id: subject.id, name: subject.name, image: subject.image, state: subject.state };
  return withFindings(subject.project ? { ...base, project: subject.project } : base, findings);
}

/** An audit with these findings, its counts and worst severity worked out from them. */
export function withFindings(base: Pick<ContainerAudit, "id" | "name" | "image" | "state" | "project">, findings: Finding[]): ContainerAudit {
  const counts = countFindings(findings);
  return { ...base, findings, counts, highest: SEVERITIES.find((s) => counts[s] > 0) };
}

export function summarizeReport(report: SecurityReport): SecuritySummary {
  return {
    containers: report.containers
      .filter((c) => c.findings.length > 0)
      .map((c) => ({ id: c.id, findings: c.findings.length, highest: c.highest })),
  };
}

/** Only the findings that pass `keep`; containers left with none drop out. */
export function narrowReport(report: SecurityReport, keep: (f: Finding) => boolean): SecurityReport {
  return buildReport(
    report.containers.map((c) => withFindings(c, c.findings.filter(keep))).filter((c) => c.findings.length > 0),
  );
}

/** Containers with the worst findings first, then by name; totals over all of them. */
export function buildReport(audits: readonly ContainerAudit[]): SecurityReport {
  const counts = emptyCounts();
  for (const a of audits) for (const s of SEVERITIES) counts[s] += a.counts[s];
  const worst = (a: ContainerAudit) => (a.highest ? RANK[a.highest] : SEVERITIES.length);
  const containers = [...audits].sort(
    (a, b) => worst(a) - worst(b) || b.findings.length - a.findings.length || a.name.localeCompare(b.name),
  );
  return { containers, counts, affected: audits.filter((a) => a.findings.length > 0).length };
}

/** The report's containers by Compose project, projects by name, standalone containers last (project undefined). */
export function groupByProject(containers: readonly ContainerAudit[]): { project?: string; containers: ContainerAudit[] }[] {
  const groups = new Map<string | undefined, ContainerAudit[]>();
  for (const c of containers) groups.set(c.project, [...(groups.get(c.project) ?? []), c]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([project, list]) => (project === undefined ? { containers: list } : { project, containers: list }));
}
