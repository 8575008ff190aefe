import type { ContainerDetail } from "@/lib/shared/types/engine";
import { Card, Muted } from "@/components/ui/card";

export function LabelsCard({ container }: { container: ContainerDetail }) {
  const labels = Object.entries(container.labels).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card title="Labels">
      {labels.length === 0 ? (
        <Muted>No labels</Muted>
      ) : (
        <table className="w-full table-fixed text-left font-mono text-xs">
          <tbody>
            {labels.map(([key, value]) => (
              <tr key={key} className="border-t border-line align-top first:border-t-0">
                <th scope="row" className="w-2/5 break-all py-1 pr-3 font-normal text-ink-muted">
                  {key}
                </th>
                <td className="break-all py-1 whitespace-pre-wrap">{value || <Muted>(empty)</Muted>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
