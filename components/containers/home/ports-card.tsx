"use client";

import { useSyncExternalStore } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { displayPorts, hostAddress, portUrl } from "@/lib/browser/containers/port-links";
import { Card, Muted } from "@/components/ui/card";
import { ExternalLinkIcon } from "@/components/ui/icons";

export function PortsCard({ container }: { container: ContainerDetail }) {
  const ports = displayPorts(container.ports);
  const pageHost = usePageHost();
  return (
    <Card title="Ports">
      {ports.length === 0 ? (
        <Muted>No ports exposed</Muted>
      ) : (
        <table className="w-full text-left text-[13px]">
          <thead className="text-[11px] text-ink-muted">
            <tr>
              <th scope="col" className="pb-1 font-medium">Container</th>
              <th scope="col" className="pb-1 font-medium">Host</th>
            </tr>
          </thead>
          <tbody>
            {ports.map((port) => {
              const url = portUrl(port, pageHost);
              return (
                <tr key={`${port.privatePort}/${port.protocol}/${port.hostIp ?? ""}/${port.hostPort ?? ""}`} className="border-t border-line">
                  <td className="py-1 pr-3 font-mono text-xs">
                    {port.privatePort}/{port.protocol}
                  </td>
                  <td className="py-1">
                    {url ? (
                      <span className="flex flex-wrap items-center gap-x-2">
                        <span className="font-mono text-xs text-ink-muted">{hostAddress(port)}</span>
                        {port.protocol === "tcp" && (
                          <a
                            href={url}
                            target="_blank"
                            rel="noopener noreferrer"
                            className="inline-flex items-center gap-1 font-medium text-brand-dark hover:underline"
                          >
                            {url.replace(/^http:\/\//, "")}
                            <ExternalLinkIcon className="size-3" />
                          </a>
                        )}
                        {port.protocol === "tcp" && (
                          // A new tab, never an iframe: the container's page must not run inside Berth's origin.
                          <a
                            href={url}
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label={`Web preview of port ${port.privatePort}`}
                            className="rounded border border-line px-1.5 text-[11px] font-medium text-ink-muted hover:border-brand hover:text-brand-dark"
                          >
                            Web preview
                          </a>
                        )}
                      </span>
                    ) : (
                      <Muted>not published</Muted>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}

const noSubscribe = () => () => {};

/** The host name the user reached Berth at; "localhost" while rendering on the server. */
function usePageHost(): string {
  return useSyncExternalStore(noSubscribe, () => window.location.hostname, () => "localhost");
}
