import { type DocumentSpec, formatChineseDate as cn, formatFen, renderPdf } from "@wuxi/documents";
import type { CentreRecord } from "../centres/centre-repository.ts";
import type { BillLineRecord, BillRecord, LedgerRecord } from "./charge-repository.ts";
import { METHOD_NAMES, type PaymentMethod } from "./guards.ts";

const RULES: Record<string, string> = { FIXED: "固定金额", PER_COPY: "按件", PER_AREA: "按面积" };

/** The names a receipt prints where the records hold codes: the item, the charge window, the payee. */
export interface ReceiptNames {
  itemName: string;
  windowName: string;
  payeeName: string;
}

/**
 * 收费票据: built from the payment's ledger entry and the bill's frozen lines (neither ever
 * changes), so a reprint is always the receipt as issued. It names people, items and windows by
 * their names, never by an identifier or a login.
 */
export function receiptSpec(entry: LedgerRecord, bill: BillRecord, lines: BillLineRecord[], centre: CentreRecord, departmentName: (id: string) => string, voided: boolean, names: ReceiptNames): DocumentSpec {
  return {
    title: voided ? "行政事业性收费票据(已作废)" : "行政事业性收费票据",
    number: `票据号:${entry.receiptNumber}`,
    date: entry.businessDate,
    issuer: centre.name,
    paragraphs: [`今收到${bill.payerName}缴纳办件 ${bill.caseNumber}「${names.itemName}」所列费用,合计${formatFen(entry.amountFen)}。`],
    fields: [
      { label: "缴款人", value: bill.payerName },
      { label: "办件编号", value: bill.caseNumber },
      { label: "收费中心", value: centre.name },
      { label: "收费窗口", value: names.windowName },
      { label: "支付方式", value: METHOD_NAMES[entry.method as PaymentMethod] + (entry.paymentReference ? `(流水号 ${entry.paymentReference})` : "") },
      { label: "收款日期", value: cn(entry.businessDate) },
    ],
    table: {
      columns: ["序号", "收费部门", "收费项目", "计费", "应收", "减免", "实收"],
      rows: lines.map((l) => [
        String(l.lineNo),
        departmentName(l.departmentId),
        l.feeName,
        l.rule === "FIXED" ? RULES.FIXED! : `${formatFen(l.unitFen)}/${l.unit ?? ""} × ${l.quantity}`,
        formatFen(l.grossFen),
        l.reductionFen ? formatFen(l.reductionFen) : "—",
        formatFen(l.amountFen),
      ]),
      footer: ["", "", "合计", "", formatFen(lines.reduce((s, l) => s + l.grossFen, 0)), formatFen(lines.reduce((s, l) => s + l.reductionFen, 0)), formatFen(entry.amountFen)],
    },
    lists: [
      { heading: "收费依据", items: lines.map((l) => `${l.feeName}:${l.legalBasis}`) },
      ...(lines.some((l) => l.reductionFen > 0) ? [{ heading: "减免情形", items: lines.filter((l) => l.reductionFen > 0).map((l) => `${l.feeName}:${l.reductionReason}`) }] : []),
    ],
    footnotes: ["所收费用全额缴入国库(《中华人民共和国行政许可法》第五十九条)。", `收款人:${names.payeeName}`],
    seal: `${centre.name}(收费专用章)`,
  };
}

export function renderReceipt(spec: DocumentSpec): Promise<Buffer> {
  return renderPdf(spec);
}
