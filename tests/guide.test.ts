import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GUIDE, SEARCH } from "./support/operations.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

const planning = JSON.parse(readFileSync(new URL("../subgraphs/planning/seed/catalogue.json", import.meta.url), "utf8")) as any[];

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await net.syncReplica();
});
afterAll(() => net?.close());

describe("the public guide of an item at a centre (办事指南)", () => {
  it("gives a citizen everything about 乡村建设规划许可 at 崇安寺街道, marked as escalated to the district", async () => {
    const { status, body } = await net.query(GUIDE, { centreId: "320213-001", code: "ZRGH-XK-001" });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const guide = body.data.guide;
    const source = planning.find((i) => i.code === "ZRGH-XK-001");
    expect(guide.item).toMatchObject({ code: "ZRGH-XK-001", version: 1, effectiveFrom: "2025-01-01", department: { id: "planning", name: "自然资源和规划局" } });
    expect(guide.item.content).toMatchObject({
      name: "乡村建设规划许可证核发",
      handling: "ESCALATED",
      legalBasis: source.legalBasis,
      statutoryDays: source.statutoryDays,
      promisedDays: source.promisedDays,
      acceptingTiers: ["TOWNSHIP"],
      decidingTier: "COUNTY",
      appeal: source.appeal,
    });
    expect(guide.item.content.materials.map((m: any) => m.name)).toEqual(source.materials.map((m: any) => m.name));
    expect(guide.item.content.steps.map((s: any) => s.order)).toEqual(source.steps.map((_: unknown, i: number) => i + 1));
    expect(guide.centre).toMatchObject({ id: "320213-001", name: "崇安寺街道行政服务中心" });
    expect(guide.centre.address).not.toBe("");
    expect(guide.centre.hours).toMatch(/周一至周五/);
    expect(guide.windows).toEqual([{ id: "320213-001-A03", number: "A03", name: "规划窗口" }]);
    expect(guide).toMatchObject({ authority: "ACCEPT_ONLY", appointmentAvailable: true, agentServiceAvailable: true, escalated: true });
    expect(guide.decidedAt).toEqual({ id: "320213", name: "梁溪区行政服务中心" });
  });

  it("says a district decides its own items there", async () => {
    const { body } = await net.query(GUIDE, { centreId: "320213", code: "ZRGH-XK-002" });
    expect(body.data.guide).toMatchObject({ authority: "ACCEPT_AND_DECIDE", escalated: false, decidedAt: null });
  });

  it("has no guide for an item the centre does not accept", async () => {
    const { body } = await net.query(GUIDE, { centreId: "320213-001", code: "MZ-XK-001" });
    expect(body.data.guide).toBeNull();
  });
});

describe("searching the items a centre accepts (事项检索)", () => {
  it("finds the business registration items by 营业执照 first, then items that ask for one", async () => {
    const { body } = await net.query(SEARCH, { centreId: "320213", keyword: "营业执照", first: 50 });
    const nodes = body.data.searchGuides.nodes;
    const named = nodes.filter((n: any) => n.item.content.name.includes("营业执照"));
    expect(named.map((n: any) => n.item.code)).toEqual(expect.arrayContaining(["SCJG-XK-001", "SCJG-XK-005", "SCJG-ZZ-001"]));
    // Name matches lead the list; the rest mention 营业执照 only in their conditions (养老机构备案 …).
    expect(nodes.slice(0, named.length)).toEqual(named);
    expect(nodes.length).toBeGreaterThan(named.length);
    expect(body.data.searchGuides.totalCount).toBe(nodes.length);
  });

  it("pages through every item a centre accepts, without gaps or repeats", async () => {
    const all = (await net.query(SEARCH, { centreId: "320213", first: 100 })).body.data.searchGuides;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await net.query(SEARCH, { centreId: "320213", first: 4, after })).body.data.searchGuides;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.nodes.map((n: any) => n.item.code));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n: any) => n.item.code));
    expect(new Set(seen.map((c) => c.split("-")[0]))).toEqual(new Set(["SCJG", "MZ", "ZRGH"]));
  });

  it("matches a keyword literally, wildcards included", async () => {
    const { body } = await net.query(SEARCH, { centreId: "320213", keyword: "%" });
    expect(body.data.searchGuides.totalCount).toBe(0);
  });

  it("refuses an absurd page size and a forged cursor, naming the field", async () => {
    const big = await net.query(SEARCH, { centreId: "320213", first: 1000 });
    expect(big.body.errors[0]).toMatchObject({ message: "每页条数须在1到100之间", extensions: { code: "FIRST_OUT_OF_RANGE", field: "first" } });
    const forged = await net.query(SEARCH, { centreId: "320213", after: "bm90LWEtY3Vyc29y" });
    expect(forged.body.errors[0].extensions.code).toBe("INVALID_CURSOR");
  });
});

describe("the items a tier above accepts, for the people of a township", () => {
  it("lists district and city items that 崇安寺街道 does not accept, with where to go", async () => {
    const { body } = await net.query(`query { upperTierItems(centreId: "320213-001") { item { code } handledAt { id } escalated } }`);
    const entries = body.data.upperTierItems;
    const byCode = Object.fromEntries(entries.map((e: any) => [e.item.code, e]));
    expect(byCode["SCJG-XK-001"]).toMatchObject({ handledAt: { id: "320213" }, escalated: true });
    expect(byCode["MZ-XK-001"]).toMatchObject({ handledAt: { id: "320200" }, escalated: true });
    expect(byCode["ZRGH-XK-001"]).toBeUndefined();
  });
});
