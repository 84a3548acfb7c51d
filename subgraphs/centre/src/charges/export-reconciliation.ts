import ExcelJS from "exceljs";
import { METHOD_NAMES } from "./guards.ts";
import { yuan } from "./money.ts";
import type { DayTotals, ReconciliationView } from "./reconcile-day.ts";

const COLUMNS = ["中心编码", "中心名称", "收费窗口", "对账日期", "支付方式", "收款笔数", "缴费通知应收(分)", "实收(分)", "作废(分)", "退款(分)", "应存(分)", "盘点(分)", "差额(分)", "应存(元)", "收费票据", "作废票据"];

/** The report's rows: per centre one row per payment method and a centre total; then the roll-up total. */
function rows(view: ReconciliationView): (string | number)[][] {
  const out: (string | number)[][] = [];
  const totalRow = (id: string, name: string, window: string, t: DayTotals) => [
    id, name, window, view.date, "合计", t.payments, t.billedFen, t.collectedFen, t.voidedFen, t.refundedFen, t.netFen, t.countedFen, t.differenceFen, yuan(t.netFen), t.receiptsIssued.join(" "), t.receiptsVoided.join(" "),
  ];
  for (const day of view.centres) {
    for (const m of day.totals.byMethod) {
      out.push([day.centre.id, day.centre.name, day.windowId ?? "", view.date, METHOD_NAMES[m.method], m.payments, "", m.collectedFen, m.voidedFen, m.refundedFen, m.netFen, m.countedFen, m.differenceFen, yuan(m.netFen), "", ""]);
    }
    out.push(totalRow(day.centre.id, day.centre.name, day.windowId ?? "", day.totals));
  }
  out.push(totalRow(view.centre.id, `${view.centre.name}(含下级中心)汇总`, "", view.total));
  return out;
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV (RFC 4180) with a byte-order mark, so that spreadsheet programs read the Chinese correctly. */
export function reconciliationCsv(view: ReconciliationView): string {
  return `\uFEFF${[COLUMNS, ...rows(view)].map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

/** The same report as an .xlsx workbook; amounts in fen are integer cells. */
export async function reconciliationXlsx(view: ReconciliationView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(`${view.date}T00:00:00+08:00`);
  const sheet = workbook.addWorksheet(`收费对账 ${view.date}`);
  sheet.addRow(COLUMNS).font = { bold: true };
  for (const r of rows(view)) sheet.addRow(r);
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 28 : i >= 14 ? 40 : 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
