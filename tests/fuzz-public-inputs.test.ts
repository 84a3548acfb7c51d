import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, complete, INTAKE, promisedItem, publishAndStation, zhangSan } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * Fuzzing what a careless user or an attacker types (issue 14, Must 8): whatever reaches intake or
 * the catalogue import, every answer is either a success or a stable code with a Chinese message
 * naming the field, and no answer carries SQL, an ID number, a stack or an internal address.
 */
let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net);
  net.setToday("2026-03-02");
});
afterAll(() => net?.close());

const CJK = /[\u4e00-\u9fff]/;
const CODE = /^[A-Z][A-Z0-9_]+$/;
const LEAKS = [/insert into|select .* from|update .* set|Failed query|params:/i, /\bat [\w.<>]+ \(|\.ts:\d+:\d+/, /127\.0\.0\.1|localhost|:\d{4,5}\//, /(?<!\d)\d{17}[\dXx](?!\d)/];

/** Text as typed, pasted or forged: ordinary, empty, blank, control characters, bidi, surrogates, very long. */
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("", "   ", "王\u0000五", "\u202E王五", "王\uD800", "张三\u0007", "Zoe\u0301", "x".repeat(2100), "'; drop table cases; --", "320203198001010018"),
);
const date = fc.oneof(
  fc.constantFrom("2026-02-30", "2026-13-01", "2025-02-29", "0000-00-00", "2026-3-1", "2026-03-02", "2024-02-29", "9999-12-31", ""),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);

describe("fuzzed intake", () => {
  it("answers every input with a success or a field-named refusal, leaking nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ name: text, idNumber: text, phone: text, receivedOn: date, itemCode: fc.oneof(fc.constant(promisedItem.code), text), key: fc.option(text, { nil: undefined }) }),
        async (v) => {
          const input = {
            windowId: "320213-A01",
            itemCode: v.itemCode,
            applicant: { ...zhangSan, name: v.name, idNumber: v.idNumber, phone: v.phone },
            materials: complete,
            receivedOn: v.receivedOn,
            idempotencyKey: v.key,
          };
          const res = await net.query(INTAKE, { input }, clerkA01);
          const body = res.body;
          expect([200, 400]).toContain(res.status);
          if (body.errors) {
            for (const e of body.errors) {
              expect(e.extensions?.code).toMatch(CODE);
              expect(e.message).toMatch(CJK);
              if (res.status === 400 && e.extensions.code !== "GRAPHQL_VALIDATION_FAILED") expect(e.extensions.field).toBeTruthy();
            }
          } else {
            const payload = body.data.intakeCase;
            for (const e of payload.errors) {
              expect(e.code).toMatch(CODE);
              expect(e.message).toMatch(CJK);
              expect(e.field).toBeTruthy();
            }
            if (payload.errors.length === 0) return; // a valid application was received: the clerk sees the applicant in full
          }
          for (const leak of LEAKS) expect(JSON.stringify(body)).not.toMatch(leak);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("fuzzed catalogue import", () => {
  const publisher = { id: "pub-market", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
  const IMPORT = `mutation($d: String!) { market { importCatalogue(document: $d) { created updated unchanged errors { code message field itemCode index } } } }`;
  const item = fc.record(
    { code: text, name: text, kind: fc.oneof(fc.constant("LICENCE"), text), handling: fc.oneof(fc.constant("PROMISED"), text), promisedDays: fc.oneof(fc.integer(), fc.double(), text), statutoryDays: fc.integer({ min: -5, max: 400 }), effectiveFrom: date, materials: fc.array(fc.record({ name: text, required: fc.boolean() }), { maxLength: 3 }) },
    { requiredKeys: [] },
  );
  const document = fc.oneof(fc.array(item, { maxLength: 4 }).map((items) => JSON.stringify(items)), text, fc.json());

  it("answers every document with a count or field-named refusals, leaking nothing", async () => {
    await fc.assert(
      fc.asyncProperty(document, async (d) => {
        const res = await net.query(IMPORT, { d }, publisher);
        expect([200, 400]).toContain(res.status);
        const body = res.body;
        if (body.errors) {
          for (const e of body.errors) {
            expect(e.extensions?.code).toMatch(CODE);
            expect(e.message).toMatch(CJK);
          }
        } else {
          for (const e of body.data.market.importCatalogue.errors) {
            expect(e.code).toMatch(CODE);
            expect(e.message).toMatch(CJK);
          }
        }
        for (const leak of LEAKS) expect(JSON.stringify(body)).not.toMatch(leak);
      }),
      { numRuns: 60 },
    );
  });
});
