import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";
import { GUIDE, marketPublisher, PUBLISH_MARKET, SAVE_MARKET_DRAFT } from "./support/operations.ts";
import { readFileSync } from "node:fs";

const market = JSON.parse(readFileSync(new URL("../subgraphs/market/seed/catalogue.json", import.meta.url), "utf8")) as any[];
const registration = market.find((i) => i.code === "SCJG-XK-001");

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ persistent: true });
  await net.syncReplica();
});
afterAll(() => net?.close());

describe("the centre's replica of the departments' catalogues", () => {
  it("serves guides while the department subgraph is down, and catches up after it returns", async () => {
    await net.stop("market");
    expect((await net.syncReplica()).market).toBe("unreachable");

    const whileDown = await net.query(GUIDE, { centreId: "320213", code: "SCJG-XK-001" });
    expect(whileDown.body.errors).toBeUndefined();
    expect(whileDown.body.data.guide.item).toMatchObject({ version: 1, content: { name: registration.name } });

    await net.restart("market");
    const revised = { ...registration, promisedDays: 1, conditions: [...registration.conditions, "新增:经营范围符合规范表述"] };
    delete revised.effectiveFrom;
    expect((await net.query(SAVE_MARKET_DRAFT, { input: revised }, marketPublisher)).body.data.market.saveDraft.errors).toEqual([]);
    expect((await net.query(PUBLISH_MARKET, { code: "SCJG-XK-001" }, marketPublisher)).body.data.market.publish.errors).toEqual([]);

    expect((await net.syncReplica()).market).toBe(1);
    const after = await net.query(GUIDE, { centreId: "320213", code: "SCJG-XK-001" });
    expect(after.body.data.guide.item).toMatchObject({ version: 2, content: { conditions: revised.conditions } });
    // Nothing is applied twice.
    expect((await net.syncReplica()).market).toBe(0);
  });
});
