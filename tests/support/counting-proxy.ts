import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

/** A pass-through HTTP proxy in front of one subgraph that counts the GraphQL requests it forwards. */
export async function countingProxy(target: string) {
  const upstream = new URL(target);
  let count = 0;
  const server = createServer((req, res) => {
    if (req.method === "POST") count += 1;
    const forward = request(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
