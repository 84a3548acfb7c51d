import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clerkA01, company, complete, INTAKE, promisedItem, publishAndStation, zhangSan } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * Safe to open to the public (issue 14, failures 1, 5 and 7): a typo, a hidden character or a reused
 * key is refused with a stable code and a Chinese message naming the field, nothing is written, and
 * neither the answer nor any log line carries SQL, a stack, an address or the applicant's data.
 */
const logs: string[] = [];
let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ logs });
  await publishAndStation(net);
});
afterAll(() => net?.close());
beforeEach(() => net.setToday("2026-03-02"));

const wangWu = { kind: "PERSON", name: "王五", idNumber: "320203198001010018", phone: "13800001111" };
/** What a caller must never read. */
const LEAKS = [/insert into/i, /select /i, /params/i, /Failed query/i, /320203198001010018/, /13800001111/, /王五/, /\bat .*\.ts:\d+/, /127\.0\.0\.1/, /localhost:\d+/];
/** What no log line may carry: the applicant's data (the statement itself is for the engineer). */
const PERSONAL = [/320203198001010018/, /13800001111/, /王五/];

async function caseCount(): Promise<number> {
  const rows = (await net.services.centre!.db.execute(sql`select count(*)::int as n from cases`)) as unknown as { rows?: { n: number }[] } & { n: number }[];
  return (rows.rows ?? rows)[0]!.n;
}

function expectNoLeak(text: string) {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

function expectNoPersonalData(logLines: string[]) {
  for (const p of PERSONAL) expect(logLines.join("\n")).not.toMatch(p);
}

async function intakeRaw(input: Record<string, unknown>) {
  return net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: wangWu, materials: complete, ...input } }, clerkA01);
}

describe("a typo is refused by name, before any SQL", () => {
  it("refuses 2026-02-30 as the receipt date: INVALID_DATE on receivedOn, no case, nothing leaked", async () => {
    const before = await caseCount();
    const from = logs.length;
    const r = await intakeRaw({ receivedOn: "2026-02-30" });
    expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_DATE", field: "input.receivedOn" });
    expect(r.body.errors[0].message).toContain("不是有效的日期");
    expectNoLeak(JSON.stringify(r.body));
    expectNoPersonalData(logs.slice(from));
    expect(await caseCount()).toBe(before);
  });

  it.each([
    ["a NUL byte", "王\u0000五", "TEXT_CONTROL_CHARACTER"],
    ["a right-to-left override", "王\u202E五", "TEXT_BIDI_CONTROL"],
    ["a lone surrogate", "王\uD800五", "TEXT_LONE_SURROGATE"],
    ["2,001 characters", "王".repeat(2001), "TEXT_TOO_LONG"],
  ])("refuses an applicant's name with %s, naming applicant.name, writing nothing", async (_what, name, code) => {
    const before = await caseCount();
    const r = await intakeRaw({ applicant: { ...wangWu, name } });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code, field: "input.applicant.name" });
    expect(r.body.errors[0].message).toMatch(/^input\.applicant\.name .*[\u4e00-\u9fff]/);
    expectNoLeak(JSON.stringify(r.body));
    expect(await caseCount()).toBe(before);
  });

  it("refuses a name of only spaces by field, as an empty name", async () => {
    const before = await caseCount();
    const r = await intakeRaw({ applicant: { ...wangWu, name: "   " } });
    expect(r.body.data.intakeCase.errors).toEqual([expect.objectContaining({ code: "INVALID_APPLICANT_NAME", field: "applicant.name" })]);
    expect(await caseCount()).toBe(before);
  });

  it("stores a name typed in decomposed form as its composed (NFC) form", async () => {
    const r = await intakeRaw({ applicant: { ...zhangSan, name: "Zoe\u0301 张" } });
    expect(r.body.data.intakeCase.errors).toEqual([]);
    expect(r.body.data.intakeCase.case.applicant.name).toBe("Zo\u00e9 张");
  });

  it("refuses a credit code whose division code is 000000", async () => {
    const r = await intakeRaw({ applicant: { ...company, creditCode: "910000008021004339" } });
    const errors = r.body.data.intakeCase.errors;
    expect(errors.map((e: { field: string }) => e.field)).toContain("applicant.creditCode");
    expect(errors.find((e: { field: string }) => e.field === "applicant.creditCode").code).toMatch(/^CREDIT_CODE_/);
  });
});

describe("a fault answers a generic message with a correlation id", () => {
  it("hides the failed statement from the caller and from the log; the log line carries the same id", async () => {
    const db = net.services.centre!.ownerDb;
    // A real fault of the database, not a refusal: the table the notice goes to is missing.
    await db.execute(sql`alter table notices rename to notices_away`);
    const from = logs.length;
    let r;
    try {
      r = await intakeRaw({});
    } finally {
      await db.execute(sql`alter table notices_away rename to notices`);
    }
    const error = r.body.errors[0];
    expect(error.extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error.message).toContain("系统内部错误");
    expect(error.message).toContain(error.extensions.correlationId);
    expectNoLeak(JSON.stringify(r.body));
    const logged = logs.slice(from).filter((l) => l.includes(error.extensions.correlationId));
    expect(logged.length).toBeGreaterThan(0);
    expectNoPersonalData(logged);
    expect(logged.join("\n")).toContain("notices");
  });
});

describe("idempotency keys are bound to their request", () => {
  it("refuses a key reused for another applicant with IDEMPOTENCY_KEY_REUSED and writes nothing", async () => {
    const first = (await intakeRaw({ applicant: zhangSan, idempotencyKey: "counter-14-0001" })).body.data.intakeCase;
    expect(first.errors).toEqual([]);
    const before = await caseCount();
    const second = (await intakeRaw({ applicant: wangWu, idempotencyKey: "counter-14-0001" })).body.data.intakeCase;
    expect(second.case).toBeNull();
    expect(second.errors[0]).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", field: "idempotencyKey" });
    expect(await caseCount()).toBe(before);
    const retry = (await intakeRaw({ applicant: zhangSan, idempotencyKey: "counter-14-0001" })).body.data.intakeCase;
    expect(retry.case.id).toBe(first.case.id);
  });
});

describe("errors before GraphQL", () => {
  it("answers a body that is not JSON with JSON and a Chinese message, never an HTML stack", async () => {
    const res = await fetch(net.gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = await res.text();
    expect(body).toContain("JSON");
    expect(body).not.toMatch(/<html|at .*\.js/i);
  });
});
