import { findMissingGlyphs, renderPdf } from "@wuxi/documents";
import { describe, expect, it } from "vitest";
import type { CentreRecord } from "../centres/centre-repository.ts";
import type { BillLineRecord, BillRecord, LedgerRecord } from "./charge-repository.ts";
import { receiptSpec } from "./receipt.ts";

const bill = { id: "b1", centreId: "320213", caseId: "c1", caseNumber: "320213-2026-000042", itemCode: "SCJG-XK-006", itemVersion: 1, payerName: "张三", totalFen: 9000, status: "PAID" } as BillRecord;
const line = (lineNo: number, over: Partial<BillLineRecord>): BillLineRecord => ({
  billId: "b1", lineNo, departmentId: "market", feeCode: "DJF", feeName: "登记费", rule: "FIXED", unit: null, unitFen: 5000, quantity: 1, grossFen: 5000, reductionFen: 0, reductionReason: null, amountFen: 5000, legalBasis: "发改价格规〔2016〕2559号", ...over,
});
const lines = [line(1, {}), line(2, { departmentId: "planning", feeCode: "GBF", feeName: "不动产权属证书工本费", rule: "PER_COPY", unit: "本", unitFen: 1000, quantity: 5, grossFen: 5000, reductionFen: 1000, reductionReason: "小微企业", amountFen: 4000 })];
const entry = { id: 7, centreId: "320213", windowId: "320213-C01", billId: "b1", caseId: "c1", kind: "PAYMENT", amountFen: 9000, method: "ONLINE", paymentReference: "WX0001234", receiptNumber: "320213-SF2026-000003", actorId: "cashier-1", businessDate: "2026-03-02" } as LedgerRecord;
const centre = { id: "320213", name: "梁溪区行政服务中心" } as CentreRecord;
const names: Record<string, string> = { market: "市场监督管理局", planning: "自然资源和规划局" };
const printed = { itemName: "企业名称变更(营业执照变更)与不动产变更登记联办", windowName: "C01 收费窗口", payeeName: "王晓燕" };

describe("the receipt (收费票据)", () => {
  const spec = receiptSpec(entry, bill, lines, centre, (id) => names[id]!, false, printed);

  it("lists every line with its department, the payer, the case number and the centre", () => {
    expect(spec.number).toContain("320213-SF2026-000003");
    expect(spec.fields).toEqual(expect.arrayContaining([{ label: "缴款人", value: "张三" }, { label: "办件编号", value: "320213-2026-000042" }, { label: "收费中心", value: "梁溪区行政服务中心" }]));
    expect(spec.table!.rows.map((r) => [r[1], r[6]])).toEqual([["市场监督管理局", "¥50.00"], ["自然资源和规划局", "¥40.00"]]);
    expect(spec.table!.footer).toEqual(["", "", "合计", "", "¥100.00", "¥10.00", "¥90.00"]);
    expect(spec.lists![1]).toEqual({ heading: "减免情形", items: ["不动产权属证书工本费:小微企业"] });
    expect(receiptSpec(entry, bill, lines, centre, (id) => names[id]!, true, printed).title).toContain("已作废");
  });

  it("names the item, the window and the payee, never their codes or a login", () => {
    const text = JSON.stringify(spec);
    expect(spec.paragraphs[0]).toContain("「企业名称变更(营业执照变更)与不动产变更登记联办」");
    expect(spec.footnotes).toContain("收款人:王晓燕");
    expect(spec.fields).toContainEqual({ label: "收费窗口", value: "C01 收费窗口" });
    for (const code of ["SCJG-XK-006", "320213-C01", "cashier-1", "(DJF)"]) expect(text).not.toContain(code);
  });

  it("prints in the embedded Chinese font", async () => {
    expect(findMissingGlyphs(spec)).toEqual([]);
    expect((await renderPdf(spec)).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
