import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What a load balancer (or Docker's DNS round robin) does in front of replicas of one subgraph:
 * each request goes to the next replica in turn. Counts what each replica was sent.
 */
export async function roundRobinProxy(targets: string[]) {
  const upstreams = targets.map((t) => new URL(t));
  const counts = targets.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const i = next;
    next = (next + 1) % upstreams.length;
    if (req.method === "POST") counts[i]! += 1;
    const upstream = upstreams[i]!;
    const forward = request(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstreams[0]!.pathname}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
