// For unit tests whose fake dockerode client has createContainer/createNetwork/createVolume: the modem.dial that
// lib/server/engine/create-call.ts uses, handing each create back to those fakes as dockerode would have called them.

type Fakes = {
  createContainer?: (opts: any) => Promise<{ id: string }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  createNetwork?: (opts: any) => Promise<{ id: string }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  createVolume?: (opts: any) => Promise<unknown>; // eslint-disable-line @typescript-eslint/no-explicit-any
};

interface Dial {
  path: string;
  options: { _query: Record<string, string>; _body: Record<string, unknown> };
}

export function fakeCreateModem(docker: Fakes) {
  const answer = async ({ path, options }: Dial): Promise<unknown> => {
    const opts = { ...options._query, ...options._body };
    if (path.startsWith("/containers/") && docker.createContainer) return { Id: (await docker.createContainer(opts)).id };
    if (path.startsWith("/networks/") && docker.createNetwork) return { Id: (await docker.createNetwork(opts)).id };
    if (path.startsWith("/volumes/") && docker.createVolume) return docker.createVolume(opts);
    throw new Error(`fake modem: no fake for ${path}`);
  };
  return { dial: (d: Dial, cb: (err: unknown, data?: unknown) => void) => void answer(d).then((data) => cb(null, data), cb) };
}
