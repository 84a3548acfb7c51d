import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";
import {
  CANCEL_MARKET, GUIDE, liangxiManager, marketPublisher, PUBLISH_MARKET, REGISTER_STAFF, SAVE_MARKET_DRAFT, STATION,
} from "./support/operations.ts";

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  // Published, stationable at county tier: a new market item.
  await net.query(SAVE_MARKET_DRAFT, { input: licenceItem("SCJG-XK-960") }, marketPublisher);
  await net.query(PUBLISH_MARKET, { code: "SCJG-XK-960" }, marketPublisher);
  // A draft only.
  await net.query(SAVE_MARKET_DRAFT, { input: licenceItem("SCJG-XK-961") }, marketPublisher);
  // Published, then cancelled.
  await net.query(SAVE_MARKET_DRAFT, { input: licenceItem("SCJG-XK-962") }, marketPublisher);
  await net.query(PUBLISH_MARKET, { code: "SCJG-XK-962" }, marketPublisher);
  await net.query(CANCEL_MARKET, { code: "SCJG-XK-962", from: today() }, marketPublisher);
  await net.syncReplica();
});
afterAll(() => net?.close());

const station = (input: Record<string, unknown>, actor: any = liangxiManager) =>
  net.query(STATION, { input: { authority: "ACCEPT_AND_DECIDE", ...input } }, actor).then((r) => r.body);

describe("stationing (进驻) an item at a window", () => {
  it("stations a published item at its department's window, and the guide then offers it there", async () => {
    const body = await station({ windowId: "320213-A01", itemCode: "SCJG-XK-960" });
    expect(body.data.stationItem).toMatchObject({
      errors: [],
      stationing: { authority: "ACCEPT_AND_DECIDE", appointmentAvailable: true, window: { id: "320213-A01" }, item: { code: "SCJG-XK-960" } },
    });
    const guide = (await net.query(GUIDE, { centreId: "320213", code: "SCJG-XK-960" })).body.data.guide;
    expect(guide.windows.map((w: any) => w.id)).toEqual(["320213-A01"]);
  });

  it("accepts any department's item at a comprehensive window", async () => {
    const body = await station({ windowId: "320213-B01", itemCode: "SCJG-XK-960", authority: "ACCEPT_ONLY" });
    expect(body.data.stationItem.errors).toEqual([]);
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ["an unpublished item", { windowId: "320213-A01", itemCode: "SCJG-XK-961" }, "ITEM_NOT_PUBLISHED", "itemCode"],
    ["a cancelled item", { windowId: "320213-A01", itemCode: "SCJG-XK-962" }, "ITEM_CANCELLED", "itemCode"],
    ["an item whose accepting tiers exclude the centre's tier", { windowId: "320213-A02", itemCode: "MZ-XK-001" }, "TIER_NOT_ACCEPTING", "itemCode"],
    ["a window of another department", { windowId: "320213-A02", itemCode: "SCJG-XK-960" }, "WINDOW_OF_ANOTHER_DEPARTMENT", "windowId"],
    ["the charge window", { windowId: "320213-C01", itemCode: "SCJG-XK-960" }, "CHARGE_WINDOW", "windowId"],
    ["deciding an item that a higher tier decides", { windowId: "320213-A03", itemCode: "ZRGH-XK-004" }, "AUTHORITY_EXCEEDS_TIER", "authority"],
  ];
  for (const [what, input, code, field] of refusals) {
    it(`refuses ${what}, with a reason, writing nothing`, async () => {
      const guideNow = () => net.query(GUIDE, { centreId: "320213", code: input.itemCode }).then((r) => r.body.data.guide);
      const before = await guideNow();
      const body = await station(input);
      expect(body.data.stationItem.stationing).toBeNull();
      expect(body.data.stationItem.errors).toEqual([expect.objectContaining({ code, field })]);
      expect(body.data.stationItem.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await guideNow()).toEqual(before);
    });
  }

  it("refuses another centre's manager", async () => {
    const body = await station({ windowId: "320213-A01", itemCode: "SCJG-XK-960" }, { id: "mgr-x", role: "CENTRE_MANAGER", centreId: "320205" });
    expect(body.errors[0].extensions.code).toBe("FORBIDDEN");
  });
});

describe("certified staff (持证上岗)", () => {
  it("refuses staff whose certificate has expired", async () => {
    const registered = await net.query(
      REGISTER_STAFF,
      { centreId: "320213", input: { id: "lx-expired", name: "过期", certificateNumber: "WXZW-EXPIRED-1", validFrom: "2020-01-01", validUntil: "2022-12-31" } },
      liangxiManager,
    );
    expect(registered.body.data.registerStaff.staff).toEqual({ id: "lx-expired", certified: false });
    const body = await station({ windowId: "320213-A01", itemCode: "SCJG-XK-960", staffIds: ["lx-expired"] });
    expect(body.data.stationItem.errors[0]).toMatchObject({ code: "STAFF_NOT_CERTIFIED", field: "staffIds" });
  });

  it("refuses a certificate whose validity ends before it starts", async () => {
    const r = await net.query(
      REGISTER_STAFF,
      { centreId: "320213", input: { id: "lx-bad", name: "倒置", certificateNumber: "WXZW-BAD-1", validFrom: "2027-01-01", validUntil: "2026-01-01" } },
      liangxiManager,
    );
    expect(r.body.data.registerStaff.errors).toEqual([expect.objectContaining({ code: "VALIDITY_REVERSED", field: "validUntil" })]);
  });
});
