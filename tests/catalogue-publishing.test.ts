import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

const publisher = { id: "pub-market-01", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
const otherPublisher = { id: "pub-planning-01", role: "CATALOGUE_PUBLISHER" as const, departmentId: "planning" };
const clerk = { id: "clerk-01", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A01" };

const VERSION = "version { version status effectiveFrom content { code name promisedDays statutoryDays fees { code amountFen } } }";
const ERRORS = "errors { code message field itemCode index }";
const SAVE = `mutation($input: ItemDocumentInput!) { market { saveDraft(input: $input) { ${VERSION} ${ERRORS} } } }`;
const PUBLISH = `mutation($code: ID!, $from: String) { market { publish(code: $code, effectiveFrom: $from) { ${VERSION} ${ERRORS} } } }`;
const CANCEL = `mutation($code: ID!, $from: String!, $reason: String!) { market { cancel(code: $code, effectiveFrom: $from, reason: $reason) { ${VERSION} ${ERRORS} } } }`;
const IMPORT = `mutation($doc: String!) { market { importCatalogue(document: $doc) { created updated unchanged ${ERRORS} } } }`;
const IN_FORCE = `query($code: ID!) { market { item(code: $code) { code version status name promisedDays } versions(code: $code) { version status } } }`;

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
});
afterAll(() => net?.close());

const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
function addDays(date: string, n: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe("publishing an item: draft, published, superseded", () => {
  it("creates a draft that the public cannot see, then publishes it", async () => {
    const code = "SCJG-XK-901";
    const saved = await net.query(SAVE, { input: licenceItem(code) }, publisher);
    expect(saved.body.data.market.saveDraft).toMatchObject({ errors: [], version: { version: 1, status: "DRAFT", effectiveFrom: null } });
    expect((await net.query(IN_FORCE, { code })).body.data.market.item).toBeNull();

    const published = await net.query(PUBLISH, { code }, publisher);
    expect(published.body.data.market.publish).toMatchObject({ errors: [], version: { version: 1, status: "PUBLISHED", effectiveFrom: today() } });
    expect((await net.query(IN_FORCE, { code })).body.data.market.item).toMatchObject({ code, version: 1, status: "PUBLISHED", promisedDays: 5 });
  });

  it("edits a published item as a new draft and keeps the published version unchanged until the new one takes effect", async () => {
    const code = "SCJG-XK-902";
    await net.query(SAVE, { input: licenceItem(code) }, publisher);
    await net.query(PUBLISH, { code }, publisher);

    const edited = await net.query(SAVE, { input: licenceItem(code, { promisedDays: 3, name: "测试许可事项(优化)" }) }, publisher);
    expect(edited.body.data.market.saveDraft.version).toMatchObject({ version: 2, status: "DRAFT" });
    expect((await net.query(IN_FORCE, { code })).body.data.market.item).toMatchObject({ version: 1, promisedDays: 5 });

    const nextWeek = addDays(today(), 7);
    const scheduled = await net.query(PUBLISH, { code, from: nextWeek }, publisher);
    expect(scheduled.body.data.market.publish.version).toMatchObject({ version: 2, status: "SCHEDULED", effectiveFrom: nextWeek });
    const { item, versions } = (await net.query(IN_FORCE, { code }, publisher)).body.data.market;
    expect(item).toMatchObject({ version: 1, status: "PUBLISHED" });
    expect(versions).toEqual([{ version: 2, status: "SCHEDULED" }, { version: 1, status: "PUBLISHED" }]);
  });

  it("supersedes the version in force when the new one takes effect today", async () => {
    const code = "SCJG-XK-903";
    await net.query(SAVE, { input: licenceItem(code) }, publisher);
    await net.query(PUBLISH, { code }, publisher);
    await net.query(SAVE, { input: licenceItem(code, { promisedDays: 2 }) }, publisher);
    await net.query(PUBLISH, { code }, publisher);
    const { item, versions } = (await net.query(IN_FORCE, { code }, publisher)).body.data.market;
    expect(item).toMatchObject({ version: 2, promisedDays: 2 });
    expect(versions).toEqual([{ version: 2, status: "PUBLISHED" }, { version: 1, status: "SUPERSEDED" }]);
  });

  it("refuses an effective date in the past or before the version in force", async () => {
    const code = "SCJG-XK-904";
    await net.query(SAVE, { input: licenceItem(code) }, publisher);
    const past = await net.query(PUBLISH, { code, from: "2020-01-01" }, publisher);
    expect(past.body.data.market.publish.errors[0]).toMatchObject({ code: "EFFECTIVE_FROM_IN_PAST", field: "effectiveFrom" });
    expect((await net.query(IN_FORCE, { code })).body.data.market.item).toBeNull();
  });

  it("cancels an item: it leaves the catalogue in force and cannot be published again", async () => {
    const code = "SCJG-XK-905";
    await net.query(SAVE, { input: licenceItem(code) }, publisher);
    await net.query(PUBLISH, { code }, publisher);
    const cancelled = await net.query(CANCEL, { code, from: today(), reason: "国务院决定取消该审批事项" }, publisher);
    expect(cancelled.body.data.market.cancel).toMatchObject({ errors: [], version: { version: 1, status: "CANCELLED" } });
    expect((await net.query(IN_FORCE, { code })).body.data.market.item).toBeNull();

    await net.query(SAVE, { input: licenceItem(code) }, publisher).then((r) =>
      expect(r.body.data.market.saveDraft.errors[0].code).toBe("ITEM_CANCELLED"),
    );
    const again = await net.query(CANCEL, { code, from: today(), reason: "再次取消" }, publisher);
    expect(again.body.data.market.cancel.errors[0].code).toBe("ITEM_CANCELLED");
  });
});

describe("only the department's own catalogue publishers change its items", () => {
  it("refuses another department's publisher and a window clerk, writing nothing", async () => {
    for (const actor of [otherPublisher, clerk, undefined]) {
      const r = await net.query(SAVE, { input: licenceItem("SCJG-XK-920") }, actor);
      expect(r.body.errors![0].extensions.code).toBe("FORBIDDEN");
      expect(r.body.errors![0].message).toBe("只有市场监督管理局的事项目录发布员可以修改本部门事项");
    }
    const versions = (await net.query(IN_FORCE, { code: "SCJG-XK-920" }, publisher)).body.data.market.versions;
    expect(versions).toEqual([]);
  });
});

describe("bad input gets a specific error naming the field, and nothing is written", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["promised longer than statutory", { promisedDays: 25 }, "PROMISED_EXCEEDS_STATUTORY", "promisedDays"],
    ["a statutory limit above 20 working days without the law or regulation that sets it (Art. 42)", { statutoryDays: 30 }, "STATUTORY_DAYS_WITHOUT_BASIS", "statutoryDaysBasis"],
    ["a negative fee", { fees: [{ code: "F1", name: "工本费", rule: "FIXED", amountFen: -100, legalBasis: "价格法" }] }, "INVALID_AMOUNT_FEN", "fees.0.amountFen"],
    ["an absurd fee", { fees: [{ code: "F1", name: "工本费", rule: "FIXED", amountFen: 2_000_000_000, legalBasis: "价格法" }] }, "INVALID_AMOUNT_FEN", "fees.0.amountFen"],
    ["a fee without legal basis", { fees: [{ code: "F1", name: "工本费", rule: "FIXED", amountFen: 1000, legalBasis: "  " }] }, "INVALID_LEGAL_BASIS", "fees.0.legalBasis"],
    ["a joint item without co-departments", { handling: "JOINT", statutoryDays: 45 }, "JOINT_WITHOUT_CO_DEPARTMENTS", "coDepartments"],
    ["an unknown co-department", { handling: "JOINT", statutoryDays: 45, coDepartments: ["health"] }, "UNKNOWN_CO_DEPARTMENT", "coDepartments.0"],
    ["an overlong name", { name: "长".repeat(101) }, "NAME_TOO_LONG", "name"],
    ["another department's code", { code: "ZRGH-XK-999" }, "CODE_PREFIX_MISMATCH", "code"],
  ];
  for (const [what, overrides, code, field] of cases) {
    it(`refuses ${what}`, async () => {
      const input = licenceItem("SCJG-XK-930", overrides);
      const r = await net.query(SAVE, { input }, publisher);
      const errors = r.body.data.market.saveDraft.errors;
      expect(errors).toContainEqual(expect.objectContaining({ code, field }));
      expect(errors.find((e: any) => e.code === code).message).toMatch(/[\u4e00-\u9fa5]/);
      expect((await net.query(IN_FORCE, { code: input.code }, publisher)).body.data.market.versions).toEqual([]);
    });
  }

  it("refuses publishing an unknown code", async () => {
    const r = await net.query(PUBLISH, { code: "SCJG-XK-999" }, publisher);
    expect(r.body.data.market.publish.errors[0]).toMatchObject({ code: "ITEM_NOT_FOUND", field: "code" });
  });
});

describe("importing a whole catalogue", () => {
  const catalogue = [licenceItem("SCJG-XK-940"), licenceItem("SCJG-XK-941", { name: "另一许可事项" })];

  it("publishes every item, and importing the same file again changes nothing", async () => {
    const first = (await net.query(IMPORT, { doc: JSON.stringify(catalogue) }, publisher)).body.data.market.importCatalogue;
    expect(first).toMatchObject({ created: ["SCJG-XK-940", "SCJG-XK-941"], updated: [], unchanged: [], errors: [] });
    const again = (await net.query(IMPORT, { doc: JSON.stringify({ items: catalogue }) }, publisher)).body.data.market.importCatalogue;
    expect(again).toMatchObject({ created: [], updated: [], unchanged: ["SCJG-XK-940", "SCJG-XK-941"], errors: [] });
  });

  it("publishes a new version of an item whose content changed", async () => {
    const changed = [catalogue[0], { ...catalogue[1], promisedDays: 4 }];
    const r = (await net.query(IMPORT, { doc: JSON.stringify(changed) }, publisher)).body.data.market.importCatalogue;
    expect(r).toMatchObject({ created: [], updated: ["SCJG-XK-941"], unchanged: ["SCJG-XK-940"] });
    expect((await net.query(IN_FORCE, { code: "SCJG-XK-941" })).body.data.market.item).toMatchObject({ version: 2, promisedDays: 4 });
  });

  it("rejects a partly bad file whole, listing every error by item and field", async () => {
    const file = [
      licenceItem("SCJG-XK-950"),
      licenceItem("SCJG-XK-951", { promisedDays: 30, fees: [{ code: "F1", name: "工本费", rule: "FIXED", amountFen: 1.5, legalBasis: "价格法" }] }),
      licenceItem("SCJG-XK-952", { name: "" }),
      licenceItem("SCJG-XK-950"),
    ];
    const r = (await net.query(IMPORT, { doc: JSON.stringify(file) }, publisher)).body.data.market.importCatalogue;
    expect(r.created).toEqual([]);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 1, itemCode: "SCJG-XK-951", field: "fees.0.amountFen", code: "INVALID_AMOUNT_FEN" }),
        expect.objectContaining({ index: 2, itemCode: "SCJG-XK-952", field: "name" }),
        expect.objectContaining({ index: 3, itemCode: "SCJG-XK-950", code: "DUPLICATE_CODE" }),
      ]),
    );
    expect((await net.query(IN_FORCE, { code: "SCJG-XK-950" }, publisher)).body.data.market.versions).toEqual([]);
  });

  it("refuses a file that is not JSON", async () => {
    const r = (await net.query(IMPORT, { doc: "{not json" }, publisher)).body.data.market.importCatalogue;
    expect(r.errors).toEqual([expect.objectContaining({ code: "INVALID_JSON", field: "document" })]);
  });
});
