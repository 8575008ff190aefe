import "server-only";
import Docker from "dockerode";
import { AuditCache } from "./audit-cache";
import { ContainerStore } from "./container-store";
import { EngineEvents } from "./events";
import { HealthState } from "./health";
import { HelperIds } from "./helpers";
import { RecentChanges } from "./recent-changes";
import { DiskSummaryFeed, measureDiskFigures } from "./disk-summary";
import { DiskUsageReader } from "./system";
import { VolumeBrowseSessions } from "./volume-browse";

/**
 * One Docker host as Berth sees it: its dockerode client (and connection pool), whether it answers, its events
 * stream and the caches that stream keeps fresh. Every engine call takes the Engine it goes to; nothing in the
 * engine layer reaches for a global client.
 */
export class Engine {
  readonly docker: Docker;
  readonly health: HealthState;
  readonly recentChanges = new RecentChanges();
  readonly diskUsage: DiskUsageReader;
  /** The reclaimable space and `system df` lines every watching tab shares (the header, the System screen). */
  readonly diskSummary: DiskSummaryFeed;
  readonly audit: AuditCache;
  /** Every container's summary, kept by the events stream: list requests are answered from memory. */
  readonly containers: ContainerStore;
  readonly events: EngineEvents;
  /** Ids of Berth's own helper containers seen on this engine, so their events stay out of every stream. */
  readonly helpers = new HelperIds();
  readonly volumeBrowse: VolumeBrowseSessions;

  constructor(
    /** "local" for the engine of DOCKER_HOST. */
    readonly id: string,
    /** Where the engine is, in words (`unix:///var/run/docker.sock`, `tcp://…`), for the banner and the logs. */
    readonly endpoint: string,
    options?: Docker.DockerOptions,
  ) {
    // Without options docker-modem reads DOCKER_HOST (unix, tcp, ssh, TLS vars) itself.
    this.docker = options ? new Docker(options) : new Docker();
    this.health = new HealthState(endpoint);
    this.diskUsage = new DiskUsageReader(this.docker);
    this.diskSummary = new DiskSummaryFeed(id, this.health, () => measureDiskFigures(this));
    this.audit = new AuditCache(this);
    this.containers = new ContainerStore(this);
    this.events = new EngineEvents(this);
    this.volumeBrowse = new VolumeBrowseSessions(this);
  }

  /** Ports of the engine's host can be tested from here only when the engine runs on this machine. */
  get isLocal(): boolean {
    return (
      this.endpoint.startsWith("unix://") ||
      this.endpoint.startsWith("npipe://") ||
      /^tcp:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(this.endpoint)
    );
  }
}
