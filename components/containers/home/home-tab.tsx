import type { ContainerDetail } from "@/lib/shared/types/engine";
import { ImageCard } from "@/components/containers/home/image-card";
import { CommandCard } from "@/components/containers/home/command-card";
import { CreatedCard } from "@/components/containers/home/created-card";
import { StatusCard } from "@/components/containers/home/status-card";
import { PortsCard } from "@/components/containers/home/ports-card";
import { MountsCard } from "@/components/containers/home/mounts-card";
import { NetworksCard } from "@/components/containers/home/networks-card";
import { LabelsCard } from "@/components/containers/home/labels-card";
import { EnvCard } from "@/components/containers/home/env-card";
import { SecurityCard } from "@/components/containers/home/security-card";
import { RecentLogsCard } from "@/components/containers/logs/recent-logs-card";

/** The summary widgets; the dark logs panel joins them with the logs issue. */
export function HomeTab({ container }: { container: ContainerDetail }) {
  return (
    <div className="grid grid-cols-1 items-start gap-3 p-5 xl:grid-cols-2">
      <div className="min-w-0 xl:col-span-2">
        <RecentLogsCard container={container} />
      </div>
      <ImageCard container={container} />
      <StatusCard container={container} />
      <CommandCard container={container} />
      <CreatedCard container={container} />
      <PortsCard container={container} />
      <MountsCard container={container} />
      <NetworksCard container={container} />
      <EnvCard container={container} />
      <SecurityCard container={container} />
      <div className="min-w-0 xl:col-span-2">
        <LabelsCard container={container} />
      </div>
    </div>
  );
}
