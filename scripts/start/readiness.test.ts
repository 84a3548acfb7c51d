import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_READY_TIMEOUT_S, readinessTimeoutMs, waitAllReady } from "./readiness.ts";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A service whose /readyz answers 503 until it has been asked `after` times (a slow first start). */
async function service(after: number): Promise<string> {
  let asked = 0;
  const server = createServer((_req, res) => {
    asked += 1;
    res.writeHead(asked > after ? 200 : 503).end();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
}

describe("npm start's readiness wait", () => {
  it("waits minutes by default, or as long as START_TIMEOUT_S says, and refuses a value that is not a duration", () => {
    expect(readinessTimeoutMs(undefined)).toBe(DEFAULT_READY_TIMEOUT_S * 1000);
    expect(DEFAULT_READY_TIMEOUT_S).toBeGreaterThanOrEqual(180);
    expect(readinessTimeoutMs("90")).toBe(90_000);
    expect(() => readinessTimeoutMs("soon")).toThrow("START_TIMEOUT_S");
    expect(() => readinessTimeoutMs("0")).toThrow("START_TIMEOUT_S");
  });

  it("reports each service as it becomes ready, the slow one last", async () => {
    const lines: string[] = [];
    await waitAllReady([{ name: "centre", url: await service(5) }, { name: "market", url: await service(0) }], { timeoutMs: 30_000, pollMs: 10, report: (l) => lines.push(l) });
    const ready = lines.filter((l) => l.startsWith("✓"));
    expect(ready.map((l) => l.split(" ")[1])).toEqual(["market", "centre"]);
  });

  it("gives up naming the services that never became ready, after saying who it was waiting for", async () => {
    const lines: string[] = [];
    const never = await service(Number.MAX_SAFE_INTEGER);
    await expect(
      waitAllReady([{ name: "centre", url: never }, { name: "market", url: await service(0) }], { timeoutMs: 300, pollMs: 10, progressEveryMs: 50, report: (l) => lines.push(l) }),
    ).rejects.toThrow("not ready after 0.3 s: centre");
    expect(lines.some((l) => l.startsWith("… waiting") && l.endsWith("for: centre"))).toBe(true);
  });
});
