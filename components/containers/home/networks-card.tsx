import type { ContainerDetail } from "@/lib/shared/types/engine";
import { Card, Muted } from "@/components/ui/card";

export function NetworksCard({ container }: { container: ContainerDetail }) {
  const networks = [...container.networks].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Card title="Networks">
      {networks.length === 0 ? (
        <Muted>Not attached to any network</Muted>
      ) : (
        <table className="w-full table-fixed text-left text-[13px]">
          <thead className="text-[11px] text-ink-muted">
            <tr>
              <th scope="col" className="w-[30%] pb-1 font-medium">Network</th>
              <th scope="col" className="pb-1 font-medium">IP</th>
              <th scope="col" className="pb-1 font-medium">Gateway</th>
              <th scope="col" className="pb-1 font-medium">Aliases</th>
            </tr>
          </thead>
          <tbody>
            {networks.map((network) => (
              <tr key={network.networkId || network.name} className="border-t border-line align-top">
                <td className="truncate py-1 pr-2 font-medium" title={network.name}>
                  {network.name}
                </td>
                <td className="break-all py-1 pr-2 font-mono text-xs">{network.ipAddress || <Muted>—</Muted>}</td>
                <td className="break-all py-1 pr-2 font-mono text-xs">{network.gateway || <Muted>—</Muted>}</td>
                <td className="break-all py-1 font-mono text-xs">
                  {network.aliases.length > 0 ? network.aliases.join(", ") : <Muted>—</Muted>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
