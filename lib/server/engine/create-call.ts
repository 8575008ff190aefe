import "server-only";
import type Dockerode from "dockerode";
import type { Engine } from "./engine";

// dockerode's createContainer/createNetwork/createVolume hand their whole options object to docker-modem, which
// sends it as the JSON body AND, because those paths end in "?", as the URL's query string: env values and labels
// end up in a URL (where URLs get logged) and a large label makes the engine answer 431. These send the config in
// the body only; the query carries just what the API takes there (a container's name and platform).

type Kind = "containers" | "networks" | "volumes";

interface DialOptions {
  path: string;
  method: "POST";
  options: { _query: Record<string, string>; _body: object };
  statusCodes: Record<number, boolean | string>;
}

interface Modem {
  dial(options: DialOptions, callback: (err: unknown, data: unknown) => void): void;
}

const STATUS_CODES = { 200: true, 201: true, 400: "bad parameter", 403: "forbidden", 404: "not found", 409: "conflict", 500: "server error" };

function dialCreate(engine: Engine, kind: Kind, query: Record<string, string | undefined>, body: object): Promise<unknown> {
  const modem = engine.docker.modem as Modem;
  const _query = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  return new Promise((resolve, reject) =>
    modem.dial({ path: `/${kind}/create?`, method: "POST", options: { _query, _body: body }, statusCodes: STATUS_CODES }, (err, data) =>
      err ? reject(err) : resolve(data),
    ),
  );
}

/** `POST /containers/create?name=…`: the options as dockerode takes them, `name`/`platform` in the query. */
export async function createContainerCall(engine: Engine, options: Dockerode.ContainerCreateOptions): Promise<{ id: string }> {
  const { name, platform, ...body } = options as Dockerode.ContainerCreateOptions & { platform?: string };
  const answer = (await dialCreate(engine, "containers", { name, platform }, body)) as { Id: string };
  return { id: answer.Id };
}

/** `POST /networks/create`, everything in the body. */
export async function createNetworkCall(engine: Engine, options: Dockerode.NetworkCreateOptions): Promise<{ id: string }> {
  const answer = (await dialCreate(engine, "networks", {}, options)) as { Id: string };
  return { id: answer.Id };
}

/** `POST /volumes/create`, everything in the body. */
export async function createVolumeCall(engine: Engine, options: Dockerode.VolumeCreateOptions): Promise<void> {
  await dialCreate(engine, "volumes", {}, options);
}
