import type { CreateContainerInput } from "@/lib/shared/schemas/container-config";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";

// The "New container" form's state: every input as the text the user typed, validated by the same
// zod schema the server runs.

export interface KeyValue {
  key: string;
  value: string;
}
export interface PortInput {
  hostIp: string;
  hostPort: string;
  containerPort: string;
  protocol: "tcp" | "udp";
}
export interface MountInput {
  type: "bind" | "volume";
  source: string;
  target: string;
  readOnly: boolean;
}
export type NetworkMode = "bridge" | "none" | "host" | "network" | "container";

export interface ContainerForm {
  image: string;
  name: string;
  command: string;
  entrypoint: string;
  env: KeyValue[];
  envText: string;
  ports: PortInput[];
  mounts: MountInput[];
  network: { mode: NetworkMode; target: string };
  restartPolicy: { name: "no" | "always" | "unless-stopped" | "on-failure"; maximumRetryCount: string };
  autoRemove: boolean;
  tty: boolean;
  workingDir: string;
  user: string;
  memory: string;
  cpus: string;
  labels: KeyValue[];
  privileged: boolean;
}

export function emptyForm(image: string): ContainerForm {
  return {
    image,
    name: "",
    command: "",
    entrypoint: "",
    env: [],
    envText: "",
    ports: [],
    mounts: [],
    network: { mode: "bridge", target: "" },
    restartPolicy: { name: "no", maximumRetryCount: "" },
    autoRemove: false,
    tty: false,
    workingDir: "",
    user: "",
    memory: "",
    cpus: "",
    labels: [],
    privileged: false,
  };
}

export const emptyPort = (): PortInput => ({ hostIp: "", hostPort: "", containerPort: "", protocol: "tcp" });
export const emptyMount = (type: MountInput["type"] = "bind"): MountInput => ({ type, source: "", target: "", readOnly: false });

export function formBody(form: ContainerForm, start: boolean): CreateContainerInput {
  return { ...form, start };
}

/** Field errors the server would answer with, found before sending. */
export async function validateForm(form: ContainerForm): Promise<Record<string, string>> {
  // The schema (and zod with it) loads on the first submit, not with the page.
  const { createContainerBody } = await import("@/lib/shared/schemas/container-config");
  const r = createContainerBody.safeParse(formBody(form, false));
  return r.success ? {} : issuesToFields(r.error.issues);
}
