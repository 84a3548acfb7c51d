import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bills, chargeLedger, violations } from "../subgraphs/centre/src/tables.ts";
import { DECIDE, INTAKE, ISSUE_LICENCE, liangxiManager, marketApprover, zhangSan } from "./support/cases.ts";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

// 扎口收费 (issue 6), through the gateway against the real subgraphs.
let net: TestNetwork;
const query = (q: string, v: Record<string, unknown>, actor?: object) => net.query(q, v, actor as never).then((r) => r.body);
const db = () => net.services.centre!.db;

const basis = "《无锡市行政事业性收费标准》(测试)";
/** 承诺件 with a fixed fee (with a reduction rule) and a per-copy fee (without one), accepted at county and township. */
const feeItem = licenceItem("SCJG-XK-961", {
  name: "测试收费许可",
  acceptingTiers: ["COUNTY", "TOWNSHIP"],
  fees: [
    { code: "DJF", name: "登记费", rule: "FIXED", amountFen: 5000, legalBasis: basis, reductions: "小微企业免收登记费" },
    { code: "GBF", name: "证书工本费", rule: "PER_COPY", amountFen: 1000, unit: "本", legalBasis: basis },
  ],
  effectiveFrom: "2025-01-01",
});
/** 联办件: market's fee and planning's fee on one bill. */
const jointItem = licenceItem("SCJG-XK-962", {
  name: "测试联办收费事项",
  handling: "JOINT",
  statutoryDays: 45,
  coDepartments: ["planning"],
  fees: [
    { code: "ZZF", name: "执照工本费", rule: "FIXED", amountFen: 2000, legalBasis: basis },
    { code: "BDC", name: "不动产登记费", rule: "PER_COPY", amountFen: 8000, unit: "件", legalBasis: "发改价格规〔2016〕2559号", departmentId: "planning" },
  ],
  effectiveFrom: "2025-01-01",
});
const freeItem = licenceItem("SCJG-XK-963", { name: "测试免费许可", fees: [], effectiveFrom: "2025-01-01" });
const materials = [
  { name: "申请书", status: "PROVIDED" },
  { name: "授权委托书", status: "NOT_APPLICABLE" },
];

const clerk = (centreId: string) => ({ id: `clerk-${centreId}-a01`, role: "WINDOW_CLERK" as const, centreId, windowId: `${centreId}-A01` });
const cashier = (centreId: string, id = `cashier-${centreId}`) => ({ id, role: "CHARGE_CLERK" as const, centreId, windowId: `${centreId}-C01` });
const manager = (centreId: string, id = `mgr-${centreId}`) => ({ id, role: "CENTRE_MANAGER" as const, centreId });
const liangxiCashier = cashier("320213");

const BILL_FIELDS = `id caseNumber status totalFen itemVersion payerName lines { lineNo department { id } feeCode feeName rule unit unitFen quantity grossFen reductionFen reductionReason amountFen legalBasis }`;
const RECEIPT_FIELDS = `number payerName caseNumber centre { id name } amountFen method issuedOn voided refundedFen`;
const BILL = `mutation($id: ID!, $lines: [BillLineInput!]!) { billCase(caseId: $id, lines: $lines) { bill { ${BILL_FIELDS} } errors { code message field } } }`;
const CHARGE = `mutation($input: ChargeInput!) { chargeBill(input: $input) { bill { status } receipt { ${RECEIPT_FIELDS} } errors { code message field } } }`;
const CHARGE_PDF = `mutation($input: ChargeInput!) { chargeBill(input: $input) { receipt { number pdfBase64 } errors { code message field } } }`;
const REQUEST = `mutation($input: AdjustmentInput!) { requestAdjustment(input: $input) { adjustment { id kind status amountFen receiptNumber } errors { code message field } } }`;
const APPROVE = `mutation($id: ID!) { approveAdjustment(id: $id) { adjustment { status decidedBy entry { kind amountFen method reason actorId approvedBy reverses { receiptNumber } } } errors { code message field } } }`;
const REJECT = `mutation($id: ID!, $note: String!) { rejectAdjustment(id: $id, note: $note) { adjustment { status decisionNote } errors { code field } } }`;
const CASE_BILL = `query($id: ID!) { case(id: $id) { state bill { ${BILL_FIELDS} receipt { ${RECEIPT_FIELDS} } entries { kind amountFen receiptNumber } } history { action } } }`;
const TOTALS = `billedFen collectedFen voidedFen refundedFen netFen countedFen differenceFen counted balanced payments voids refunds receiptsIssued receiptsVoided byMethod { method payments collectedFen voidedFen refundedFen netFen countedFen differenceFen }`;
const RECONCILIATION = `centre { id } date centres { centre { id } window { id } totals { ${TOTALS} } } total { ${TOTALS} } csv xlsxBase64`;
const RECONCILE = `query($c: ID!, $d: String!) { chargeReconciliation(centreId: $c, date: $d) { ${RECONCILIATION} } }`;
const COUNT = `mutation($d: String!, $counts: [CountInput!]!) { recordCount(date: $d, counts: $counts) { reconciliation { ${RECONCILIATION} } errors { code message field } } }`;

async function publishAndStation(): Promise<void> {
  const publisher = { id: "pub-market", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
  const imported = await query(`mutation($d: String!) { market { importCatalogue(document: $d) { errors { code message field } } } }`, { d: JSON.stringify([feeItem, jointItem, freeItem]) }, publisher);
  expect(imported.data.market.importCatalogue.errors).toEqual([]);
  await net.syncReplica();
  const station = async (windowId: string, itemCode: string, authority: string, actor: object) => {
    const r = await query(`mutation($input: StationItemInput!) { stationItem(input: $input) { errors { code message } } }`, { input: { windowId, itemCode, authority } }, actor);
    expect(r.data.stationItem.errors).toEqual([]);
  };
  for (const item of [feeItem, jointItem, freeItem]) await station("320213-A01", item.code, "ACCEPT_AND_DECIDE", liangxiManager);
  await station("320205-A01", feeItem.code, "ACCEPT_AND_DECIDE", manager("320205"));
  await station("320213-001-A01", feeItem.code, "ACCEPT_ONLY", manager("320213-001"));
}

/** A case accepted and approved (准予许可) at a centre's market window: fees now fall due. */
async function approvedCase(itemCode = feeItem.code, centreId = "320213"): Promise<{ id: string; caseNumber: string }> {
  const intake = await query(INTAKE, { input: { windowId: `${centreId}-A01`, itemCode, applicant: zhangSan, materials } }, clerk(centreId));
  expect(intake.data.intakeCase.errors).toEqual([]);
  const c = intake.data.intakeCase.case;
  if (itemCode === jointItem.code) {
    // 联办件: each department approves its part, then the lead window concludes the case.
    const parts = (await query(`query($id: ID!) { case(id: $id) { parts { id department { id } } } }`, { id: c.id }, clerk(centreId))).data.case.parts;
    for (const part of parts) {
      const approver = { id: `approver-${part.department.id}`, role: "DEPARTMENT_APPROVER", departmentId: part.department.id };
      const r = await query(`mutation($id: ID!) { decidePart(partId: $id, input: { outcome: APPROVED }) { errors { code } } }`, { id: part.id }, approver);
      expect(r.data.decidePart.errors).toEqual([]);
    }
    const concluded = await query(`mutation($id: ID!) { concludeJointCase(caseId: $id) { errors { code } } }`, { id: c.id }, clerk(centreId));
    expect(concluded.data.concludeJointCase.errors).toEqual([]);
    return { id: c.id, caseNumber: c.caseNumber };
  }
  const decider = centreId.includes("-") ? marketApprover : clerk(centreId);
  const decided = await query(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, decider);
  expect(decided.data.decideCase.errors).toEqual([]);
  return { id: c.id, caseNumber: c.caseNumber };
}

async function billed(lines: object[] = [{ feeCode: "DJF" }, { feeCode: "GBF", quantity: 3 }], itemCode = feeItem.code, centreId = "320213") {
  const c = await approvedCase(itemCode, centreId);
  const r = await query(BILL, { id: c.id, lines }, clerk(centreId));
  expect(r.data.billCase.errors).toEqual([]);
  return { case: c, bill: r.data.billCase.bill };
}

let keys = 0;
const key = () => `pos-${++keys}-${Date.now()}`;
const charge = (billId: string, input: Record<string, unknown> = {}, actor: object = liangxiCashier, amountFen = 8000) =>
  query(CHARGE, { input: { billId, method: "CASH", amountFen, idempotencyKey: key(), ...input } }, actor);
const ledgerRows = () => db().select().from(chargeLedger);
const billRow = async (id: string) => (await db().select().from(bills).where(eq(bills.id, id)))[0]!;

beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation();
});
afterAll(() => net?.close());
beforeEach(() => net.setToday("2026-03-02"));

describe("bill (开具缴费通知)", () => {
  it("computes the bill from the fee standards of the case's item version, in fen: 50.00 fixed + 3 × 10.00 per copy", async () => {
    const { case: c, bill } = await billed();
    expect(bill).toMatchObject({ caseNumber: c.caseNumber, status: "UNPAID", totalFen: 8000, itemVersion: 1, payerName: "张三" });
    expect(bill.lines).toEqual([
      { lineNo: 1, department: { id: "market" }, feeCode: "DJF", feeName: "登记费", rule: "FIXED", unit: null, unitFen: 5000, quantity: 1, grossFen: 5000, reductionFen: 0, reductionReason: null, amountFen: 5000, legalBasis: basis },
      { lineNo: 2, department: { id: "market" }, feeCode: "GBF", feeName: "证书工本费", rule: "PER_COPY", unit: "本", unitFen: 1000, quantity: 3, grossFen: 3000, reductionFen: 0, reductionReason: null, amountFen: 3000, legalBasis: basis },
    ]);
    const seen = (await query(CASE_BILL, { id: c.id }, clerk("320213"))).data.case;
    expect(seen.bill.id).toBe(bill.id);
    expect(seen.history.map((h: any) => h.action)).toContain("BILL");
    // 提示服务: the applicant is told what is due and where to pay.
    const told = (await query(`query($id: ID!) { case(id: $id) { notifications { event message } } }`, { id: c.id }, clerk("320213"))).data.case.notifications;
    expect(told).toContainEqual({ event: "BILL_DUE", message: expect.stringContaining("应缴费用共计80.00元") });
  });

  it("puts every department's fees of a joint item on one bill, each line naming its department and legal basis", async () => {
    const { bill } = await billed([{ feeCode: "ZZF" }, { feeCode: "BDC", quantity: 2 }], jointItem.code);
    expect(bill.totalFen).toBe(2000 + 16000);
    expect(bill.lines.map((l: any) => [l.department.id, l.feeCode, l.amountFen, l.legalBasis])).toEqual([
      ["market", "ZZF", 2000, basis],
      ["planning", "BDC", 16000, "发改价格规〔2016〕2559号"],
    ]);
  });

  it("lets a joint item's fee standard name only one of the item's co-departments", async () => {
    const publisher = { id: "pub-market", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
    const wrong = licenceItem("SCJG-XK-964", { ...jointItem, code: "SCJG-XK-964", fees: [{ code: "BDC", name: "不动产登记费", rule: "PER_COPY", amountFen: 8000, unit: "件", legalBasis: basis, departmentId: "civil-affairs" }] });
    const r = await query(`mutation($d: String!) { market { importCatalogue(document: $d) { errors { code field } } } }`, { d: JSON.stringify([wrong]) }, publisher);
    expect(r.data.market.importCatalogue.errors).toEqual([{ code: "FEE_DEPARTMENT_NOT_CO_DEPARTMENT", field: "fees.0.departmentId" }]);
  });

  it("refuses a line that is not a published fee standard, records the violation, and writes no bill", async () => {
    const c = await approvedCase();
    const before = (await db().select().from(violations).where(eq(violations.kind, "FEE_OUTSIDE_STANDARD"))).length;
    const r = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF" }, { feeCode: "JJF", quantity: 1 }] }, clerk("320213"));
    expect(r.data.billCase).toMatchObject({ bill: null, errors: [{ code: "FEE_OUTSIDE_STANDARD", field: "lines.1.feeCode" }] });
    expect(r.data.billCase.errors[0].message).toContain("JJF");
    const rows = await db().select().from(violations).where(eq(violations.kind, "FEE_OUTSIDE_STANDARD"));
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ centreId: "320213", caseId: c.id, actorId: "clerk-320213-a01", evidence: { demanded: ["JJF"], published: ["DJF", "GBF"] } });
    expect((await query(CASE_BILL, { id: c.id }, clerk("320213"))).data.case.bill).toBeNull();
  });

  it("refuses any fee on an item whose version publishes none, and concludes such a case without a bill", async () => {
    const c = await approvedCase(freeItem.code);
    const r = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF" }] }, clerk("320213"));
    expect(r.data.billCase.errors[0]).toMatchObject({ code: "FEE_OUTSIDE_STANDARD", field: "lines.0.feeCode" });
    const issued = await query(ISSUE_LICENCE, { id: c.id }, clerk("320213"));
    expect(issued.data.issueLicence.errors).toEqual([]);
    expect(issued.data.issueLicence.case.state).toBe("CONCLUDED");
  });

  it("reduces only where the standard defines reductions, with the reason recorded; a wholly exempt bill needs no payment", async () => {
    const c = await approvedCase();
    const noRule = await query(BILL, { id: c.id, lines: [{ feeCode: "GBF", quantity: 1, reductionFen: 500, reductionReason: "困难群众" }] }, clerk("320213"));
    expect(noRule.data.billCase.errors[0]).toMatchObject({ code: "REDUCTION_NOT_ALLOWED", field: "lines.0.reductionFen" });
    const noReason = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF", reductionFen: 5000 }] }, clerk("320213"));
    expect(noReason.data.billCase.errors[0]).toMatchObject({ code: "REDUCTION_REASON_REQUIRED", field: "lines.0.reductionReason" });
    const tooMuch = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF", reductionFen: 5001, reductionReason: "小微企业" }] }, clerk("320213"));
    expect(tooMuch.data.billCase.errors[0]).toMatchObject({ code: "REDUCTION_EXCEEDS_FEE", field: "lines.0.reductionFen" });
    const exempt = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF", reductionFen: 5000, reductionReason: "小微企业(财税〔2019〕45号)" }] }, clerk("320213"));
    expect(exempt.data.billCase.bill).toMatchObject({ status: "EXEMPT", totalFen: 0, lines: [{ grossFen: 5000, reductionFen: 5000, amountFen: 0, reductionReason: "小微企业(财税〔2019〕45号)" }] });
    const pay = await charge(exempt.data.billCase.bill.id, {}, liangxiCashier, 1);
    expect(pay.data.chargeBill.errors[0]).toMatchObject({ code: "NOTHING_TO_PAY" });
    expect((await query(ISSUE_LICENCE, { id: c.id }, clerk("320213"))).data.issueLicence.case.state).toBe("CONCLUDED");
  });

  it("bills only an approved case, once, with whole quantities a rule allows", async () => {
    const accepted = (await query(INTAKE, { input: { windowId: "320213-A01", itemCode: feeItem.code, applicant: zhangSan, materials } }, clerk("320213"))).data.intakeCase.case;
    const early = await query(BILL, { id: accepted.id, lines: [{ feeCode: "DJF" }] }, clerk("320213"));
    expect(early.data.billCase.errors[0]).toMatchObject({ code: "WRONG_STATE", field: "caseId" });
    const { case: c } = await billed();
    const again = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF" }] }, clerk("320213"));
    expect(again.data.billCase.errors[0]).toMatchObject({ code: "BILL_ALREADY_ISSUED" });
    const fresh = await approvedCase();
    for (const [line, code, field] of [
      [{ feeCode: "GBF", quantity: 0 }, "INVALID_QUANTITY", "lines.0.quantity"],
      [{ feeCode: "GBF", quantity: -2 }, "INVALID_QUANTITY", "lines.0.quantity"],
      [{ feeCode: "DJF", quantity: 2 }, "QUANTITY_NOT_APPLICABLE", "lines.0.quantity"],
      [{ feeCode: "GBF", quantity: 2_000_000 }, "INVALID_QUANTITY", "lines.0.quantity"],
      [{ feeCode: "DJF", reductionFen: -1, reductionReason: "x" }, "AMOUNT_NEGATIVE", "lines.0.reductionFen"],
    ] as const) {
      const r = await query(BILL, { id: fresh.id, lines: [line] }, clerk("320213"));
      expect(r.data.billCase.errors[0]).toMatchObject({ code, field });
    }
    const empty = await query(BILL, { id: fresh.id, lines: [] }, clerk("320213"));
    expect(empty.data.billCase.errors[0]).toMatchObject({ code: "BILL_EMPTY", field: "lines" });
    const cashier = await query(BILL, { id: fresh.id, lines: [{ feeCode: "DJF" }] }, liangxiCashier);
    expect(cashier.errors[0].extensions.code).toBe("FORBIDDEN");
    const dup = await query(BILL, { id: fresh.id, lines: [{ feeCode: "DJF" }, { feeCode: "DJF" }] }, clerk("320213"));
    expect(dup.data.billCase.errors[0]).toMatchObject({ code: "DUPLICATE_FEE_LINE", field: "lines.1.feeCode" });
    expect((await query(CASE_BILL, { id: fresh.id }, clerk("320213"))).data.case.bill).toBeNull();
  });
});

describe("charge (收费窗口收款)", () => {
  it("takes the whole bill at the charge window, issues a numbered receipt with a Chinese PDF, and only then concludes the case", async () => {
    const { case: c, bill } = await billed();
    const unpaid = await query(ISSUE_LICENCE, { id: c.id }, clerk("320213"));
    expect(unpaid.data.issueLicence.errors[0]).toMatchObject({ code: "BILL_UNPAID", field: "caseId" });
    const r = await query(CHARGE_PDF, { input: { billId: bill.id, method: "BANK_CARD", amountFen: 8000, idempotencyKey: key() } }, liangxiCashier);
    expect(r.data.chargeBill.errors).toEqual([]);
    expect(r.data.chargeBill.receipt.number).toMatch(/^320213-SF2026-\d{6}$/);
    const pdf = Buffer.from(r.data.chargeBill.receipt.pdfBase64, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5000);
    const seen = (await query(CASE_BILL, { id: c.id }, clerk("320213"))).data.case;
    expect(seen.bill.status).toBe("PAID");
    expect(seen.bill.receipt).toMatchObject({ number: r.data.chargeBill.receipt.number, payerName: "张三", caseNumber: c.caseNumber, centre: { id: "320213" }, amountFen: 8000, method: "BANK_CARD", issuedOn: "2026-03-02", voided: false });
    const issued = await query(ISSUE_LICENCE, { id: c.id }, clerk("320213"));
    expect(issued.data.issueLicence.errors).toEqual([]);
    expect(issued.data.issueLicence.case.state).toBe("CONCLUDED");
  });

  it("refuses to conclude a case whose item has fees before any bill, even with the licence issued together with the approval", async () => {
    const c = (await query(INTAKE, { input: { windowId: "320213-A01", itemCode: feeItem.code, applicant: zhangSan, materials } }, clerk("320213"))).data.intakeCase.case;
    const r = await query(DECIDE, { id: c.id, input: { outcome: "APPROVED", licence: {} } }, clerk("320213"));
    expect(r.data.decideCase.errors[0]).toMatchObject({ code: "BILL_NOT_ISSUED", field: "caseId" });
    expect((await query(CASE_BILL, { id: c.id }, clerk("320213"))).data.case.state).toBe("ACCEPTED");
  });

  it("requires a payment reference for an online payment", async () => {
    const { bill } = await billed();
    const none = await charge(bill.id, { method: "ONLINE" });
    expect(none.data.chargeBill.errors[0]).toMatchObject({ code: "PAYMENT_REFERENCE_REQUIRED", field: "paymentReference" });
    const bad = await charge(bill.id, { method: "ONLINE", paymentReference: "x y" });
    expect(bad.data.chargeBill.errors[0]).toMatchObject({ code: "INVALID_PAYMENT_REFERENCE", field: "paymentReference" });
    const cashWithReference = await charge(bill.id, { method: "CASH", paymentReference: "WX20260302000123" });
    expect(cashWithReference.data.chargeBill.errors[0]).toMatchObject({ code: "PAYMENT_REFERENCE_NOT_APPLICABLE", field: "paymentReference" });
    const ok = await charge(bill.id, { method: "ONLINE", paymentReference: "WX20260302000123" });
    expect(ok.data.chargeBill.receipt.method).toBe("ONLINE");
  });

  it("refuses bad amounts and methods with a specific error naming the field, writing nothing", async () => {
    const { bill } = await billed();
    const before = (await ledgerRows()).length;
    for (const [amountFen, code] of [
      [-8000, "AMOUNT_NEGATIVE"],
      [0, "AMOUNT_ZERO"],
      [7999, "PARTIAL_PAYMENT_NOT_ALLOWED"],
      [8001, "AMOUNT_EXCEEDS_BILL"],
    ] as const) {
      const r = await charge(bill.id, { amountFen });
      expect(r.data.chargeBill).toMatchObject({ receipt: null, errors: [{ code, field: "amountFen" }] });
      expect(r.data.chargeBill.errors[0].message).toMatch(/金额|缴费|实收/);
    }
    // Not an integer, beyond 32 bits, or not a method at all: GraphQL itself refuses before any resolver runs,
    // and the gateway says so in Chinese, naming the field.
    for (const [input, field, words] of [
      [{ amountFen: 80.5 }, "input.amountFen", "须为整数"],
      [{ amountFen: 2 ** 31 }, "input.amountFen", "超出允许的范围"],
      [{ method: "BITCOIN" }, "input.method", "不是允许的选项"],
    ] as const) {
      const r = await net.query(CHARGE, { input: { billId: bill.id, method: "CASH", amountFen: 8000, idempotencyKey: key(), ...input } }, liangxiCashier);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(r.body.errors[0].message).toContain(field);
      expect(r.body.errors[0].message).toContain(words);
    }
    expect(await ledgerRows()).toHaveLength(before);
    expect((await billRow(bill.id)).status).toBe("UNPAID");
  });

  it("takes money only at the centre's own charge window", async () => {
    const { bill } = await billed();
    const xishan = await charge(bill.id, {}, cashier("320205"));
    expect(xishan.data.chargeBill.errors[0]).toMatchObject({ code: "BILL_OF_ANOTHER_CENTRE", field: "billId" });
    const atWrongWindow = await charge(bill.id, {}, { ...liangxiCashier, windowId: "320213-A01" });
    expect(atWrongWindow.data.chargeBill.errors[0]).toMatchObject({ code: "NOT_CHARGE_WINDOW" });
    const windowClerk = await charge(bill.id, {}, clerk("320213"));
    expect(windowClerk.errors[0].extensions.code).toBe("FORBIDDEN");
    const missing = await charge("no-such-bill");
    expect(missing.data.chargeBill.errors[0]).toMatchObject({ code: "BILL_NOT_FOUND", field: "billId" });
    expect((await billRow(bill.id)).status).toBe("UNPAID");
  });

  it("returns the first result for a payment retried with the same idempotency key, taking the money once", async () => {
    const { bill } = await billed();
    const input = { billId: bill.id, method: "CASH", amountFen: 8000, idempotencyKey: key() };
    const first = (await query(CHARGE, { input }, liangxiCashier)).data.chargeBill;
    const again = (await query(CHARGE, { input }, liangxiCashier)).data.chargeBill;
    expect(again.errors).toEqual([]);
    expect(again.receipt.number).toBe(first.receipt.number);
    expect((await ledgerRows()).filter((e) => e.billId === bill.id)).toHaveLength(1);
    const other = await billed();
    const reused = await query(CHARGE, { input: { ...input, billId: other.bill.id } }, liangxiCashier);
    expect(reused.data.chargeBill.errors[0]).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", field: "idempotencyKey" });
  });

  it("lets exactly one of two simultaneous payments of one bill succeed; the other is told the bill is paid", async () => {
    const { bill } = await billed();
    const [a, b] = await Promise.all([charge(bill.id), charge(bill.id, { method: "BANK_CARD" })]);
    const results = [a.data.chargeBill, b.data.chargeBill];
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.find((r) => r.errors.length > 0).errors[0]).toMatchObject({ code: "BILL_ALREADY_PAID", field: "billId" });
    expect((await ledgerRows()).filter((e) => e.billId === bill.id)).toHaveLength(1);
    // The same retry sent twice at once: both get the one receipt.
    const second = await billed();
    const input = { billId: second.bill.id, method: "CASH", amountFen: 8000, idempotencyKey: key() };
    const [x, y] = await Promise.all([query(CHARGE, { input }, liangxiCashier), query(CHARGE, { input }, liangxiCashier)]);
    expect(x.data.chargeBill.receipt.number).toBe(y.data.chargeBill.receipt.number);
    expect((await ledgerRows()).filter((e) => e.billId === second.bill.id)).toHaveLength(1);
  });
});

describe("the charge window's list (待缴费)", () => {
  const UNPAID = `query($c: ID!) { unpaidBills(centreId: $c) { id caseNumber status totalFen payerName } }`;
  it("lists the centre's unpaid bills oldest first, drops a bill once paid, and shows them to the centre's cashier and manager only", async () => {
    const { bill } = await billed();
    const before = (await query(UNPAID, { c: "320213" }, liangxiCashier)).data.unpaidBills;
    expect(before.map((b: any) => b.id)).toContain(bill.id);
    expect(before.every((b: any) => b.status === "UNPAID")).toBe(true);
    expect((await query(UNPAID, { c: "320213" }, manager("320213"))).data.unpaidBills.map((b: any) => b.id)).toContain(bill.id);
    expect((await charge(bill.id)).data.chargeBill.errors).toEqual([]);
    expect((await query(UNPAID, { c: "320213" }, liangxiCashier)).data.unpaidBills.map((b: any) => b.id)).not.toContain(bill.id);
    for (const outsider of [cashier("320205"), manager("320200"), clerk("320213")]) {
      const r = await query(UNPAID, { c: "320213" }, outsider);
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("void and refund (作废、退款)", () => {
  it("voids a receipt on its day with a reason and the manager's approval, as a new linked entry; the case is billed again", async () => {
    const { case: c, bill } = await billed();
    const paid = (await charge(bill.id)).data.chargeBill.receipt;
    const noReason = await query(REQUEST, { input: { receiptNumber: paid.number, kind: "VOID", reason: " " } }, liangxiCashier);
    expect(noReason.data.requestAdjustment.errors[0]).toMatchObject({ code: "REASON_REQUIRED", field: "reason" });
    const requested = (await query(REQUEST, { input: { receiptNumber: paid.number, kind: "VOID", reason: "收款方式登记错误" } }, liangxiCashier)).data.requestAdjustment;
    expect(requested.adjustment).toMatchObject({ kind: "VOID", status: "PENDING", amountFen: 8000, receiptNumber: paid.number });
    const twice = await query(REQUEST, { input: { receiptNumber: paid.number, kind: "VOID", reason: "重复申请" } }, liangxiCashier);
    expect(twice.data.requestAdjustment.errors[0]).toMatchObject({ code: "ADJUSTMENT_PENDING" });
    expect((await billRow(bill.id)).status).toBe("PAID");
    const pending = (await query(`query($c: ID!) { pendingAdjustments(centreId: $c) { id reason } }`, { c: "320213" }, liangxiManager)).data.pendingAdjustments;
    expect(pending).toContainEqual({ id: requested.adjustment.id, reason: "收款方式登记错误" });

    const self = await query(APPROVE, { id: requested.adjustment.id }, manager("320213", liangxiCashier.id));
    expect(self.data.approveAdjustment.errors[0]).toMatchObject({ code: "APPROVER_IS_REQUESTER" });
    const sibling = await query(APPROVE, { id: requested.adjustment.id }, manager("320205"));
    expect(sibling.errors[0].extensions.code).toBe("FORBIDDEN");
    const approved = (await query(APPROVE, { id: requested.adjustment.id }, liangxiManager)).data.approveAdjustment;
    expect(approved.errors).toEqual([]);
    expect(approved.adjustment).toMatchObject({ status: "APPROVED", decidedBy: liangxiManager.id, entry: { kind: "VOID", amountFen: -8000, method: "CASH", reason: "收款方式登记错误", actorId: liangxiCashier.id, approvedBy: liangxiManager.id, reverses: { receiptNumber: paid.number } } });
    const again = await query(APPROVE, { id: requested.adjustment.id }, liangxiManager);
    expect(again.data.approveAdjustment.errors[0]).toMatchObject({ code: "ADJUSTMENT_DECIDED" });

    const entries = (await ledgerRows()).filter((e) => e.billId === bill.id);
    expect(entries.map((e) => [e.kind, e.amountFen])).toEqual([["PAYMENT", 8000], ["VOID", -8000]]);
    expect(entries[1]!.reversesId).toBe(entries[0]!.id);
    const receipt = (await query(`query($c: ID!, $n: String!) { receipt(centreId: $c, number: $n) { voided pdfBase64 } }`, { c: "320213", n: paid.number }, liangxiCashier)).data.receipt;
    expect(receipt.voided).toBe(true);
    expect(Buffer.from(receipt.pdfBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect((await billRow(bill.id)).status).toBe("VOIDED");
    expect((await query(CASE_BILL, { id: c.id }, clerk("320213"))).data.case.bill).toBeNull();
    expect((await query(ISSUE_LICENCE, { id: c.id }, clerk("320213"))).data.issueLicence.errors[0]).toMatchObject({ code: "BILL_NOT_ISSUED" });
    const rebilled = await query(BILL, { id: c.id, lines: [{ feeCode: "DJF" }] }, clerk("320213"));
    expect(rebilled.data.billCase.bill).toMatchObject({ status: "UNPAID", totalFen: 5000 });
  });

  it("refunds after conclusion, in part and then the rest, never more than was paid; a later day can only refund", async () => {
    const { case: c, bill } = await billed();
    const paid = (await charge(bill.id, { method: "BANK_CARD" })).data.chargeBill.receipt;
    expect((await query(ISSUE_LICENCE, { id: c.id }, clerk("320213"))).data.issueLicence.case.state).toBe("CONCLUDED");
    const voidAfter = await query(REQUEST, { input: { receiptNumber: paid.number, kind: "VOID", reason: "开错票" } }, liangxiCashier);
    expect(voidAfter.data.requestAdjustment.errors[0]).toMatchObject({ code: "VOID_AFTER_CONCLUSION" });

    net.setToday("2026-03-03");
    const tooMuch = await query(REQUEST, { input: { receiptNumber: paid.number, kind: "REFUND", amountFen: 8001, reason: "多收工本费" } }, liangxiCashier);
    expect(tooMuch.data.requestAdjustment.errors[0]).toMatchObject({ code: "REFUND_EXCEEDS_PAID", field: "amountFen" });
    const negative = await query(REQUEST, { input: { receiptNumber: paid.number, kind: "REFUND", amountFen: -1, reason: "多收工本费" } }, liangxiCashier);
    expect(negative.data.requestAdjustment.errors[0]).toMatchObject({ code: "AMOUNT_NEGATIVE", field: "amountFen" });
    const part = (await query(REQUEST, { input: { receiptNumber: paid.number, kind: "REFUND", amountFen: 1000, reason: "多收证书工本费一本" } }, liangxiCashier)).data.requestAdjustment;
    const rejected = await query(REJECT, { id: part.adjustment.id, note: "核实无误,不予退款" }, liangxiManager);
    expect(rejected.data.rejectAdjustment.adjustment).toMatchObject({ status: "REJECTED", decisionNote: "核实无误,不予退款" });
    const part2 = (await query(REQUEST, { input: { receiptNumber: paid.number, kind: "REFUND", amountFen: 1000, reason: "多收证书工本费一本" } }, liangxiCashier)).data.requestAdjustment;
    expect((await query(APPROVE, { id: part2.adjustment.id }, liangxiManager)).data.approveAdjustment.adjustment.entry).toMatchObject({ kind: "REFUND", amountFen: -1000, method: "BANK_CARD" });
    expect((await billRow(bill.id)).status).toBe("PAID");
    const rest = (await query(REQUEST, { input: { receiptNumber: paid.number, kind: "REFUND", reason: "撤回申请,全额退还" } }, liangxiCashier)).data.requestAdjustment;
    expect(rest.adjustment.amountFen).toBe(7000);
    expect((await query(APPROVE, { id: rest.adjustment.id }, liangxiManager)).data.approveAdjustment.errors).toEqual([]);
    expect((await billRow(bill.id)).status).toBe("REFUNDED");
    const nothingLeft = await query(REQUEST, { input: { receiptNumber: paid.number, kind: "REFUND", amountFen: 1, reason: "再退" } }, liangxiCashier);
    expect(nothingLeft.data.requestAdjustment.errors[0]).toMatchObject({ code: "RECEIPT_ALREADY_REVERSED" });
    const payConcluded = await charge(bill.id);
    expect(payConcluded.data.chargeBill.errors[0]).toMatchObject({ code: "CASE_CONCLUDED", field: "billId" });

    const other = await billed();
    net.setToday("2026-03-02");
    const yesterday = (await charge(other.bill.id)).data.chargeBill.receipt;
    net.setToday("2026-03-03");
    const late = await query(REQUEST, { input: { receiptNumber: yesterday.number, kind: "VOID", reason: "开错票" } }, liangxiCashier);
    expect(late.data.requestAdjustment.errors[0]).toMatchObject({ code: "VOID_ONLY_SAME_DAY" });
  });

  it("keeps the ledger append-only in the database itself", async () => {
    const { bill } = await billed();
    await charge(bill.id);
    const refusal = (run: Promise<unknown>) => run.then(() => "written", (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(await refusal(db().update(chargeLedger).set({ amountFen: 1 }).where(eq(chargeLedger.billId, bill.id)))).toMatch(/charge_ledger is append-only: UPDATE refused/);
    expect(await refusal(db().delete(chargeLedger).where(eq(chargeLedger.billId, bill.id)))).toMatch(/charge_ledger is append-only: DELETE refused/);
    expect(await refusal(db().execute(sql`truncate charge_ledger cascade`))).toMatch(/append-only: TRUNCATE refused|permission denied/);
    expect(await refusal(db().execute(sql`update bill_lines set amount_fen = 0`))).toMatch(/bill_lines is append-only/);
    expect((await ledgerRows()).filter((e) => e.billId === bill.id).map((e) => e.amountFen)).toEqual([8000]);
  });
});

describe("reconcile (日终对账)", () => {
  const day = "2026-03-10";
  beforeEach(() => net.setToday(day));
  beforeAll(async () => {
    net.setToday(day);
    // 梁溪区: cash 80.00, card 80.00 then voided, online 50.00 (one line), and a refund of 10.00 on the cash one.
    const cash = (await charge((await billed()).bill.id)).data.chargeBill.receipt;
    const card = (await charge((await billed()).bill.id, { method: "BANK_CARD" })).data.chargeBill.receipt;
    await charge((await billed([{ feeCode: "DJF" }])).bill.id, { method: "ONLINE", paymentReference: "ALI2026031000001" }, liangxiCashier, 5000);
    for (const [receiptNumber, kind, amountFen] of [[card.number, "VOID", null], [cash.number, "REFUND", 1000]] as const) {
      const r = (await query(REQUEST, { input: { receiptNumber, kind, amountFen, reason: "对账测试" } }, liangxiCashier)).data.requestAdjustment;
      expect((await query(APPROVE, { id: r.adjustment.id }, liangxiManager)).data.approveAdjustment.errors).toEqual([]);
    }
    // 崇安寺街道 (a township of 梁溪区): 2 × 10.00 copies + 50.00; 锡山区 (a sibling district): 50.00.
    const township = await billed([{ feeCode: "DJF" }, { feeCode: "GBF", quantity: 2 }], feeItem.code, "320213-001");
    await charge(township.bill.id, {}, cashier("320213-001"), 7000);
    const xishan = await billed([{ feeCode: "DJF" }], feeItem.code, "320205");
    await charge(xishan.bill.id, { method: "BANK_CARD" }, cashier("320205"), 5000);
  });

  it("reconciles a centre's day to the fen: what the ledger expects in hand by method against the clerk's count", async () => {
    const before = (await query(RECONCILE, { c: "320213", d: day }, liangxiCashier)).data.chargeReconciliation;
    const own = before.centres.find((x: any) => x.centre.id === "320213");
    expect(own.window).toEqual({ id: "320213-C01" });
    expect(own.totals).toMatchObject({ billedFen: 21000, collectedFen: 21000, voidedFen: 8000, refundedFen: 1000, netFen: 12000, countedFen: 0, differenceFen: -12000, counted: false, balanced: false, payments: 3, voids: 1, refunds: 1 });
    expect(own.totals.receiptsIssued).toHaveLength(3);
    expect(own.totals.receiptsVoided).toHaveLength(1);
    expect(own.totals.receiptsIssued).toContain(own.totals.receiptsVoided[0]);

    for (const [counts, code, field] of [
      [[{ method: "CASH", countedFen: -1 }], "AMOUNT_NEGATIVE", "counts.0.countedFen"],
      [[{ method: "CASH", countedFen: 1 }, { method: "CASH", countedFen: 2 }], "DUPLICATE_COUNT", "counts.1.method"],
      [[], "COUNT_EMPTY", "counts"],
    ] as const) {
      expect((await query(COUNT, { d: day, counts }, liangxiCashier)).data.recordCount.errors[0]).toMatchObject({ code, field });
    }
    expect((await query(COUNT, { d: "2026-03-11", counts: [{ method: "CASH", countedFen: 0 }] }, liangxiCashier)).data.recordCount.errors[0]).toMatchObject({ code: "INVALID_DATE", field: "date" });
    expect((await query(COUNT, { d: day, counts: [{ method: "CASH", countedFen: 0 }] }, clerk("320213"))).errors[0].extensions.code).toBe("FORBIDDEN");

    // A recount supersedes: 69.00 in the drawer is a shortfall of 1.00, then the missing note turns up.
    const recount = async (cash: number) =>
      (await query(COUNT, { d: day, counts: [{ method: "CASH", countedFen: cash }, { method: "BANK_CARD", countedFen: 0 }, { method: "ONLINE", countedFen: 5000 }] }, liangxiCashier)).data.recordCount;
    const short = (await recount(6900)).reconciliation.centres.find((x: any) => x.centre.id === "320213").totals;
    expect(short).toMatchObject({ countedFen: 11900, differenceFen: -100, counted: true, balanced: false });
    const counted = (await recount(7000)).reconciliation.centres.find((x: any) => x.centre.id === "320213").totals;
    expect(counted).toMatchObject({ countedFen: 12000, differenceFen: 0, counted: true, balanced: true });
    expect(counted.byMethod).toEqual([
      { method: "CASH", payments: 1, collectedFen: 8000, voidedFen: 0, refundedFen: 1000, netFen: 7000, countedFen: 7000, differenceFen: 0 },
      { method: "BANK_CARD", payments: 1, collectedFen: 8000, voidedFen: 8000, refundedFen: 0, netFen: 0, countedFen: 0, differenceFen: 0 },
      { method: "ONLINE", payments: 1, collectedFen: 5000, voidedFen: 0, refundedFen: 0, netFen: 5000, countedFen: 5000, differenceFen: 0 },
    ]);
  });

  it("rolls up to the district and the city for their own and lower centres only", async () => {
    const district = (await query(RECONCILE, { c: "320213", d: day }, liangxiManager)).data.chargeReconciliation;
    expect(district.centres.map((x: any) => x.centre.id)).toContain("320213-001");
    expect(district.centres.map((x: any) => x.centre.id)).not.toContain("320205");
    expect(district.centres.find((x: any) => x.centre.id === "320213-001").totals).toMatchObject({ collectedFen: 7000, netFen: 7000 });
    expect(district.total).toMatchObject({ billedFen: 28000, collectedFen: 28000, netFen: 19000, payments: 4, counted: false, balanced: false });
    const townshipCount = await query(COUNT, { d: day, counts: [{ method: "CASH", countedFen: 7000 }] }, cashier("320213-001"));
    expect(townshipCount.data.recordCount.reconciliation.total).toMatchObject({ counted: true, balanced: true, countedFen: 7000 });
    const rolled = (await query(RECONCILE, { c: "320213", d: day }, liangxiManager)).data.chargeReconciliation.total;
    expect(rolled).toMatchObject({ netFen: 19000, countedFen: 19000, differenceFen: 0, counted: true, balanced: true });

    const city = (await query(RECONCILE, { c: "320200", d: day }, { id: "sup-city", role: "SUPERVISOR", centreId: "320200" })).data.chargeReconciliation;
    expect(city.total).toMatchObject({ collectedFen: 33000, netFen: 24000, payments: 5 });
    expect(city.centres.find((x: any) => x.centre.id === "320205").totals).toMatchObject({ collectedFen: 5000 });

    const township = (await query(RECONCILE, { c: "320213", d: day }, manager("320213-001"))).errors[0];
    expect(township.extensions.code).toBe("FORBIDDEN");
    const sibling = await query(RECONCILE, { c: "320213", d: day }, { id: "sup-xs", role: "SUPERVISOR", centreId: "320205" });
    expect(sibling.errors[0].extensions.code).toBe("FORBIDDEN");
    const otherCashier = await query(RECONCILE, { c: "320205", d: day }, liangxiCashier);
    expect(otherCashier.errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("exports the day as CSV and as an xlsx workbook with the same figures", async () => {
    const r = (await query(RECONCILE, { c: "320213", d: day }, liangxiManager)).data.chargeReconciliation;
    const lines = r.csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("中心编码,中心名称,收费窗口,对账日期,支付方式,收款笔数,缴费通知应收(分),实收(分),作废(分),退款(分),应存(分),盘点(分),差额(分),应存(元),收费票据,作废票据");
    expect(lines).toContain(`320213,梁溪区行政服务中心,320213-C01,${day},现金,1,,8000,0,1000,7000,7000,0,70.00,,`);
    expect(lines.at(-1)).toMatch(new RegExp(`^320213,梁溪区行政服务中心\\(含下级中心\\)汇总,,${day},合计,4,28000,28000,8000,1000,19000,19000,0,190.00,`));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(r.xlsxBase64, "base64") as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(8).value).toBe("实收(分)");
    const last = sheet.getRow(sheet.rowCount);
    expect([last.getCell(5).value, last.getCell(7).value, last.getCell(8).value, last.getCell(11).value, last.getCell(13).value]).toEqual(["合计", 28000, 28000, 19000, 0]);
  });
});
