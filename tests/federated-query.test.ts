import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01 } from "./support/cases.ts";
import { countingProxy } from "./support/counting-proxy.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

const CENTRE_WITH_ITEMS = /* GraphQL */ `
  query CentreWithItems($id: ID!) {
    centre(id: $id) {
      id
      name
      tier
      parent { name }
      windows {
        number
        name
        kind
        department { id name }
        items {
          __typename
          code
          name
          kind
          handling
          promisedDays
          statutoryDays
          materials { name required form copies }
          stationings { authority centre { id } }
        }
      }
    }
  }
`;

const seed = (dept: string) =>
  JSON.parse(readFileSync(new URL(`../subgraphs/${dept}/seed/catalogue.json`, import.meta.url), "utf8")) as any[];

let net: TestNetwork;
const proxies: Record<string, Awaited<ReturnType<typeof countingProxy>>> = {};

beforeAll(async () => {
  net = await startTestNetwork({
    subgraphUrl: async (name, url) => {
      proxies[name] = await countingProxy(url);
      return proxies[name].url;
    },
  });
});
afterAll(async () => {
  await net?.close();
  await Promise.all(Object.values(proxies).map((p) => p.close()));
});

describe("a centre's windows with the items stationed there", () => {
  it("returns each window's items with the details their own department publishes", async () => {
    const { status, body } = await net.query(CENTRE_WITH_ITEMS, { id: "320213" }, clerkA01);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const centre = body.data.centre;
    expect(centre).toMatchObject({ id: "320213", name: "梁溪区行政服务中心", tier: "COUNTY", parent: { name: "无锡市行政服务中心" } });
    expect(centre.windows.map((w: any) => w.kind)).toEqual(["DEPARTMENT", "DEPARTMENT", "DEPARTMENT", "COMPREHENSIVE", "CHARGE"]);

    for (const [dept, typename, prefix] of [
      ["market", "MarketItem", "SCJG-"],
      ["civil-affairs", "CivilAffairsItem", "MZ-"],
      ["planning", "PlanningItem", "ZRGH-"],
    ] as const) {
      const window = centre.windows.find((w: any) => w.department?.id === dept);
      // Stationed at a district: what the tier accepts, and the escalated items it decides (taking them forwarded from its townships).
      const published = seed(dept).filter((i) => i.acceptingTiers.includes("COUNTY") || (i.handling === "ESCALATED" && i.decidingTier === "COUNTY"));
      expect(window.items.map((i: any) => i.code)).toEqual(published.map((i) => i.code).sort());
      for (const item of window.items) {
        const source = published.find((i) => i.code === item.code);
        expect(item.__typename).toBe(typename);
        expect(item.code.startsWith(prefix)).toBe(true);
        expect(item).toMatchObject({ name: source.name, kind: source.kind, handling: source.handling, promisedDays: source.promisedDays });
        expect(item.materials.map((m: any) => m.name)).toEqual(source.materials.map((m: any) => m.name));
        expect(item.stationings.some((s: any) => s.centre.id === "320213")).toBe(true);
      }
    }
  });

  it("fetches from each subgraph once per level, never once per item", async () => {
    for (const p of Object.values(proxies)) p.reset();
    const { body } = await net.query(CENTRE_WITH_ITEMS, { id: "320213" }, clerkA01);
    const itemCount = body.data.centre.windows.flatMap((w: any) => w.items).length;
    expect(itemCount).toBeGreaterThan(10);
    expect(proxies.market!.count).toBe(1);
    expect(proxies["civil-affairs"]!.count).toBe(1);
    expect(proxies.planning!.count).toBe(1);
    expect(proxies.centre!.count).toBe(1);
  });

  it("answers a township with the items a township may accept", async () => {
    // Through the district's children: the query cost counts a centre's children (about 20), while a
    // filtered \`centres\` list is costed as the whole network (docs/security.md).
    const { body } = await net.query(`{ centre(id: "320213") { children { id name tier windows { kind items { code acceptingTiers } } } } }`, undefined, clerkA01);
    expect(body.errors).toBeUndefined();
    const townships = body.data.centre.children;
    expect(townships.every((t: any) => t.tier === "TOWNSHIP")).toBe(true);
    expect(townships.length).toBeGreaterThanOrEqual(2);
    const items = townships[0].windows.flatMap((w: any) => w.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.acceptingTiers).toContain("TOWNSHIP");
  });
});
