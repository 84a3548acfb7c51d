import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intake, publishAndStation, STATUS } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * No brute force (issue 14, failure 2): case numbers are sequential, so the query code is the only
 * secret. One case takes 5 wrong codes an hour from everyone together, then refuses even the right
 * code; one client takes 30 lookups a minute. Each caller below is a different address
 * (X-Forwarded-For through a trusted proxy), so the per-case lock is what stops them.
 */
let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ gateway: { trustProxy: "loopback" } });
  await publishAndStation(net);
  net.setToday("2026-03-02");
});
afterAll(() => net?.close());

async function ask(from: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(net.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": from }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as any };
}

const wrongCode = (code: string, i: number) => String((Number(code) + 1 + i) % 10 ** 10).padStart(10, "0");

describe("the status lookup (办件查询) cannot be brute-forced", () => {
  it("issues a ten-digit query code", async () => {
    const { case: c } = await intake(net, {});
    expect(c.queryCode).toMatch(/^\d{10}$/);
  });

  it("refuses 30 aliased guesses at once with RATE_LIMITED, and then the right code too", async () => {
    const { case: c } = await intake(net, {});
    const aliases = Array.from({ length: 30 }, (_, i) => `g${i}: caseStatus(caseNumber: $n, queryCode: "${wrongCode(c.queryCode, i)}") { state }`).join(" ");
    const burst = await ask("203.0.113.1", `query($n: String!) { ${aliases} }`, { n: c.caseNumber });
    expect(burst.status).toBe(429);
    expect(burst.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(burst.body.errors[0].message).toMatch(/锁定/);
    expect(burst.body.data).toBeUndefined();
    const right = await ask("203.0.113.2", STATUS, { n: c.caseNumber, q: c.queryCode });
    expect(right.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(JSON.stringify(right.body)).not.toContain(c.itemName ?? "测试承诺件");
  });

  it("locks a case after 5 wrong codes from 5 addresses; another case still answers", async () => {
    const { case: c } = await intake(net, {});
    const { case: other } = await intake(net, {});
    for (let i = 0; i < 5; i++) {
      const r = await ask(`198.51.100.${i}`, STATUS, { n: c.caseNumber, q: wrongCode(c.queryCode, i) });
      expect(r.body.data.caseStatus).toBeNull();
    }
    const right = await ask("198.51.100.99", STATUS, { n: c.caseNumber, q: c.queryCode });
    expect(right.status).toBe(429);
    expect(right.body.errors[0]).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
    const elsewhere = await ask("198.51.100.99", STATUS, { n: other.caseNumber, q: other.queryCode });
    expect(elsewhere.body.data.caseStatus.caseNumber).toBe(other.caseNumber);
  });

  it("lets an applicant look up their case many times with the right code", async () => {
    const { case: c } = await intake(net, {});
    for (let i = 0; i < 8; i++) {
      const r = await ask("192.0.2.50", STATUS, { n: c.caseNumber, q: c.queryCode });
      expect(r.body.data.caseStatus.caseNumber).toBe(c.caseNumber);
    }
  });

  it("limits one client to 30 lookups a minute across cases", async () => {
    const { case: c } = await intake(net, {});
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await ask("192.0.2.77", STATUS, { n: `320213-2026-9${String(i).padStart(5, "0")}`, q: c.queryCode })).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it("refuses the rating (好差评) the same way", async () => {
    const { case: c } = await intake(net, {});
    const aliases = Array.from({ length: 6 }, (_, i) => `r${i}: rateCase(caseNumber: $n, queryCode: "${wrongCode(c.queryCode, i)}", level: SATISFIED) { errors { code } }`).join(" ");
    const burst = await ask("203.0.113.9", `mutation($n: String!) { ${aliases} }`, { n: c.caseNumber });
    expect(burst.body.errors[0].extensions.code).toBe("RATE_LIMITED");
  });
});
