import { readFileSync } from "node:fs";
import { repoRoot } from "@wuxi/federation";
import { startHiveGateway } from "@wuxi/gateway/hive";
import { type Actor, signUserToken } from "@wuxi/identity";
import { createLogger } from "@wuxi/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE, clerkA01, clerkA02, INTAKE, intake, liangxiManager, publishAndStation, QUEUE, complete, promisedItem, zhangSan } from "./support/cases.ts";
import { startTestNetwork, TEST_AUTH_SECRET, TEST_GATEWAY_SECRET, type TestNetwork } from "./support/network.ts";

/** The README's queries, as a newcomer pastes them. */
const README_CENTRE = `query($id: ID!) { centre(id: $id) { name parent { name } windows { number name kind items { code name kind handling promisedDays statutoryDays materials { name required form copies } } } } }`;
const README_GUIDES = `{ searchGuides(centreId: "320213", keyword: "测试") { totalCount nodes { item { code content { name promisedDays } } } } }`;

let net: TestNetwork;
let hive: Awaited<ReturnType<typeof startHiveGateway>>;

async function post(url: string, query: string, variables?: Record<string, unknown>, actor?: Actor) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (actor) headers.authorization = `Bearer ${await signUserToken(actor, TEST_AUTH_SECRET)}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; path?: unknown; extensions?: { code?: string } }[] };
  // Error texts are the subgraphs'; what both gateways must agree on is the data, the paths and the codes.
  return { status: res.status, data: body.data, errors: body.errors?.map((e) => ({ path: e.path, code: e.extensions?.code })) };
}

beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net);
  hive = await startHiveGateway({
    supergraphSdl: readFileSync(`${repoRoot}schema/supergraph.graphql`, "utf8"),
    subgraphUrls: Object.fromEntries(Object.entries(net.services).map(([name, s]) => [name, s.url])),
    authSecret: TEST_AUTH_SECRET,
    gatewaySecret: TEST_GATEWAY_SECRET,
    port: 0,
    logger: createLogger("hive-gateway", "silent"),
  });
});
afterAll(async () => {
  await hive?.close();
  await net?.close();
});

describe("Hive Gateway (Rust planner) serving the committed supergraph", () => {
  it("answers the README's queries exactly as @apollo/gateway does", async () => {
    for (const [query, variables] of [
      [README_CENTRE, { id: "320213-001" }],
      [README_CENTRE, { id: "320213" }],
      [README_GUIDES, undefined],
    ] as const) {
      // As the README runs them: the window view as a clerk (the public's query budget is far lower).
      const apollo = await post(net.gatewayUrl, query, variables, clerkA01);
      expect(apollo.errors).toBeUndefined();
      expect(await post(hive.url, query, variables, clerkA01)).toEqual(apollo);
    }
  });

  it("carries each caller's own actor: a clerk, another window, a manager and the public see what they may", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    const callers: (Actor | undefined)[] = [clerkA01, clerkA02, liangxiManager, undefined];
    const expected = await Promise.all(callers.map((a) => post(net.gatewayUrl, CASE, { id: c.id }, a)));
    expect(expected[0]!.data).toMatchObject({ case: { caseNumber: c.caseNumber } });
    // The same question from different people, all at once: in-flight dedupe must not merge them.
    const asked = Array.from({ length: 24 }, (_, i) => callers[i % callers.length]);
    const answers = await Promise.all(asked.map((a) => post(hive.url, CASE, { id: c.id }, a)));
    answers.forEach((answer, i) => expect(answer).toEqual(expected[i % callers.length]));
    expect(await post(hive.url, QUEUE, { w: "320213-A01" }, clerkA01)).toEqual(await post(net.gatewayUrl, QUEUE, { w: "320213-A01" }, clerkA01));
  });

  it("takes an intake, and the case is the same through either gateway", async () => {
    const taken = await post(hive.url, INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA01);
    expect(taken.errors).toBeUndefined();
    const id = (taken.data as { intakeCase: { case: { id: string } } }).intakeCase.case.id;
    expect(await post(hive.url, CASE, { id }, clerkA01)).toEqual(await post(net.gatewayUrl, CASE, { id }, clerkA01));
  });

  it("refuses a forged token before planning, as the gateway does", async () => {
    const forged = await fetch(hive.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await signUserToken(clerkA01, "x".repeat(40))}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(forged.status).toBe(401);
    expect(((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});
