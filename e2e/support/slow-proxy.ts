import net from "node:net";

export interface SlowProxy {
  port: number;
  /** Connections open right now (the engine's downloads through it). */
  openConnections(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy to `upstreamPort` on 127.0.0.1 that sends the upstream's answers at `bytesPerSecond`: it makes a
 * pull from the sandbox registry last long enough to be cancelled half-way, without any test-only code in Berth.
 */
export async function startSlowProxy(upstreamPort: number, bytesPerSecond: number): Promise<SlowProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, "127.0.0.1");
    sockets.add(client);
    client.pipe(upstream);
    upstream.on("data", (chunk: Buffer) => {
      client.write(chunk);
      upstream.pause();
      setTimeout(() => upstream.resume(), (chunk.length / bytesPerSecond) * 1000);
    });
    upstream.on("end", () => client.end());
    const drop = () => {
      sockets.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", drop).on("error", drop);
    upstream.on("close", drop).on("error", drop);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
