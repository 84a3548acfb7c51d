import ExcelJS from "exceljs";
import type { CentreContext } from "../context.ts";
import { type BulletinFiguresView, type BulletinLevel, compileBulletin } from "./compile-bulletin.ts";
import type { PeriodInput } from "./period.ts";
import { printedLines, printedPercent } from "./printed-lines.ts";

const COLUMNS: [string, (f: BulletinFiguresView) => number | string | null][] = [
  ["受理件数", (f) => f.accepted],
  ["不予受理", (f) => f.notAccepted],
  ["办结件数", (f) => f.concluded],
  ["按时办结", (f) => f.onTime],
  ["超期办结", (f) => f.late],
  ["按时办结率", (f) => printedPercent(f.onTimeRate)],
  ["平均用时(工作日)", (f) => f.averageUsedDays],
  ["平均承诺时限(工作日)", (f) => f.averagePromisedDays],
  ["证照超期送达", (f) => f.licenceLate],
  ["违规", (f) => f.violations],
  ["投诉", (f) => f.complaints],
  ["非常满意", (f) => f.ratings.verySatisfied],
  ["满意", (f) => f.ratings.satisfied],
  ["基本满意", (f) => f.ratings.basicallySatisfied],
  ["不满意", (f) => f.ratings.unsatisfied],
  ["非常不满意", (f) => f.ratings.veryUnsatisfied],
  ["满意率", (f) => printedPercent(f.satisfactionRate)],
];

export interface ExportFileView {
  filename: string;
  contentType: string;
  base64: string;
}

function csvCell(v: number | string | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * 通报导出: the bulletin as printed on the screen (printed-lines.ts: 本级, then each centre below with
 * its own tiers rolled up; shares as "100.0%"), then the total: CSV in UTF-8 with a BOM (so spreadsheet programs read the Chinese), or xlsx.
 */
export async function exportBulletin(ctx: CentreContext, centreId: string, period: PeriodInput, by: BulletinLevel, format: "CSV" | "XLSX"): Promise<ExportFileView> {
  const b = await compileBulletin(ctx, centreId, period, by);
  const header = ["编码", "名称", ...COLUMNS.map(([h]) => h)];
  const lines: (string | number | null)[][] = [
    ...printedLines(b).map((r) => [r.key, r.name, ...COLUMNS.map(([, get]) => get(r.figures))]),
    ["合计", "", ...COLUMNS.map(([, get]) => get(b.total))],
  ];
  const base = `bulletin-${centreId}-${b.from.slice(0, 7)}-${b.to.slice(0, 7)}-${by.toLowerCase()}`;
  if (format === "CSV") {
    const text = "\uFEFF" + [[`${b.period}办件通报`], header, ...lines].map((l) => l.map(csvCell).join(",")).join("\r\n") + "\r\n";
    return { filename: `${base}.csv`, contentType: "text/csv; charset=utf-8", base64: Buffer.from(text, "utf8").toString("base64") };
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(b.period);
  sheet.addRow([`${b.period}办件通报(${b.from} 至 ${b.to})`]);
  sheet.addRow(header).font = { bold: true };
  for (const l of lines) sheet.addRow(l);
  const buffer = await workbook.xlsx.writeBuffer();
  return { filename: `${base}.xlsx`, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", base64: Buffer.from(buffer as ArrayBuffer).toString("base64") };
}
