import type { ContainerVerb } from "@/lib/shared/containers/verbs";
import {
  KillIcon,
  PauseIcon,
  RemoveIcon,
  RestartIcon,
  StartIcon,
  StopIcon,
  UnpauseIcon,
} from "@/components/ui/icons";

const ICONS = {
  start: StartIcon,
  stop: StopIcon,
  restart: RestartIcon,
  pause: PauseIcon,
  unpause: UnpauseIcon,
  kill: KillIcon,
  remove: RemoveIcon,
} satisfies Record<ContainerVerb | "remove", unknown>;

export function VerbIcon({ verb, className }: { verb: ContainerVerb | "remove"; className?: string }) {
  const Icon = ICONS[verb];
  return <Icon className={className} />;
}
