import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, publishAndStation } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * One department down (issue 14, failure 6): the error names the department's data as unavailable
 * and never shows its address, port or a stack.
 */
let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ persistent: true });
  await publishAndStation(net);
});
afterAll(() => net?.close());

describe("a department subgraph is down", () => {
  it("answers SERVICE_UNAVAILABLE in Chinese without the department's address", async () => {
    const port = net.services.market!.port;
    await net.stop("market");
    try {
      const r = await net.query(`{ centre(id: "320213") { id name windows { id number items { code name } } } }`, {}, clerkA01);
      const raw = JSON.stringify(r.body);
      expect(r.body.errors.length).toBeGreaterThan(0);
      expect(r.body.errors.map((e: any) => e.extensions.code)).toContain("SERVICE_UNAVAILABLE");
      expect(r.body.errors[0].message).toMatch(/部门服务暂时不可用/);
      expect(raw).not.toContain(String(port));
      expect(raw).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|\bat .*\.(ts|js):\d+/);
    } finally {
      await net.restart("market");
    }
  });
});
