import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, publishAndStation } from "./support/cases.ts";
import { LIMITS } from "@wuxi/gateway";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * No amplification (issue 14, failure 3): cost counts what lists multiply, the public has a budget
 * ten times smaller than staff, and an operation over its budget is refused before it is planned,
 * with HTTP 400 and a Chinese message, never a 500.
 */
let net: TestNetwork;
beforeAll(async () => {
  // The production limits, with the public's cost a minute lowered to a few network pages.
  net = await startTestNetwork({ gateway: { limits: { ...LIMITS, publicCostPerMinute: 60_000 } } });
  await publishAndStation(net);
});
afterAll(() => net?.close());

const NETWORK = `centres { id name tier windows { id number name kind department { id name } } }`;
const FAN_OUT = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: centres { windows { items { code name } } }`).join(" ")} }`;

describe("query cost", () => {
  it("refuses the 30-alias fan-out over centres, windows and items before execution, for the public", async () => {
    const r = await net.query(FAN_OUT);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
    expect(r.body.errors[0].message).toMatch(/查询范围过大/);
    expect(r.body.data).toBeUndefined();
  });

  it("refuses it for staff too: a list's size counts, not only its depth", async () => {
    const r = await net.query(FAN_OUT, {}, clerkA01);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", budget: 200_000 });
  });

  it("answers the citizen's network page, and refuses two of them in one anonymous request", async () => {
    const one = await net.query(`{ ${NETWORK} }`);
    expect(one.status).toBe(200);
    expect(one.body.data.centres.length).toBeGreaterThan(10);
    const two = await net.query(`{ a: ${NETWORK} b: ${NETWORK} }`);
    expect(two.status).toBe(400);
    expect(two.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", budget: 20_000 });
    const staff = await net.query(`{ a: ${NETWORK} b: ${NETWORK} }`, {}, clerkA01);
    expect(staff.status).toBe(200);
  });

  it("sizes a paged list by the first it asks for", async () => {
    const small = await net.query(`{ searchGuides(centreId: "320213", first: 20) { nodes { item { code } windows { number } } } }`);
    expect(small.status).toBe(200);
    const huge = await net.query(`{ searchGuides(centreId: "320213", first: 100000) { nodes { item { code } windows { number } } } }`);
    expect(huge.status).toBe(400);
    expect(huge.body.errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
  });

  it("answers too deep and too many aliases with 400 in Chinese, never 500", async () => {
    const deep = await net.query(`{ centres { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } } } }`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].message).toMatch(/^查询嵌套层数超出上限/);
    const aliases = await net.query(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(" ")} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors[0].message).toMatch(/^别名数量超出上限/);
  });

  it("refuses an anonymous client that keeps sending the heaviest allowed query, RATE_LIMITED until the minute turns; staff are not held up", async () => {
    const answers: { status: number; code?: string; message?: string }[] = [];
    for (let i = 0; i < 10 && !answers.some((a) => a.status === 429); i++) {
      const r = await net.query(`{ ${NETWORK} }`);
      answers.push({ status: r.status, code: r.body.errors?.[0]?.extensions?.code, message: r.body.errors?.[0]?.message });
    }
    expect(answers[0]!.status).toBe(200);
    const refusal = answers.find((a) => a.status === 429);
    expect(refusal).toMatchObject({ code: "RATE_LIMITED", message: "公开查询过于频繁,请稍后再试" });
    const staff = await net.query(`{ ${NETWORK} }`, {}, clerkA01);
    expect(staff.status).toBe(200);
  });
});
