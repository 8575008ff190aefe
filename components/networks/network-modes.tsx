import { WarningIcon } from "@/components/ui/icons";

/** What each `--network` mode means, shown where users decide about networks. */
export function NetworkModes() {
  return (
    <section aria-labelledby="network-modes" className="rounded border border-line bg-surface px-4 py-3 text-[13px]">
      <h2 id="network-modes" className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
        Network modes
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1.5 sm:grid-cols-2">
        <div>
          <dt className="inline font-mono font-semibold">bridge</dt>{" "}
          <dd className="inline text-ink-muted">
            The default: a private network on this host with its own addresses. A user-defined bridge (created here) also
            gives containers DNS by name and alias.
          </dd>
        </div>
        <div>
          <dt className="inline font-mono font-semibold">none</dt>{" "}
          <dd className="inline text-ink-muted">Only a loopback interface: no network at all.</dd>
        </div>
        <div>
          <dt className="inline font-mono font-semibold">container:&lt;name&gt;</dt>{" "}
          <dd className="inline text-ink-muted">Shares another container&apos;s network stack (same IP, same ports).</dd>
        </div>
        <div>
          <dt className="inline font-mono font-semibold">host</dt>{" "}
          <dd className="inline text-ink-muted">Uses the host&apos;s network directly.</dd>
        </div>
      </dl>
      <p role="note" className="mt-2 flex items-start gap-1.5 rounded bg-warning-tint px-2 py-1.5 text-[12px] text-warning-ink">
        <WarningIcon className="mt-0.5 size-3.5 shrink-0" />
        <span>
          <strong>host</strong> removes network isolation: the container can bind any host port and reach every service
          listening on the host, including ones bound to 127.0.0.1.
        </span>
      </p>
    </section>
  );
}
