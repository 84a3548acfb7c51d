/**
 * The description of a printed notice. The domain code builds it (and masks
 * whatever must be masked); this package only lays it out and renders it.
 */
export interface DocumentSpec {
  /** e.g. "受理通知书" — centred, bold. */
  title: string;
  /** Document number, e.g. "锡梁行服受〔2026〕000123号" — right-aligned under the title. */
  number: string;
  /** YYYY-MM-DD; printed as 2026年11月27日 in the signature block. */
  date: string;
  /** e.g. "梁溪区行政服务中心". */
  issuer: string;
  /** e.g. "张**:" — printed as given, on its own line above the body. */
  addressee?: string;
  /** Body text; each a paragraph with a two-character first-line indent. */
  paragraphs: string[];
  /** A two-column block, e.g. 办件编号 / 查询码 / 事项名称 / 受理日期 / 承诺办结日期. */
  fields?: { label: string; value: string }[];
  /** Numbered lists, e.g. "需补正的材料" with every missing item. */
  lists?: { heading: string; items: string[] }[];
  /** e.g. fee lines with amounts and a total row (footer). */
  table?: { columns: string[]; rows: string[][]; footer?: string[] };
  /**
   * Body paragraphs after the fields, lists and table (same style as
   * `paragraphs`): e.g. the 补正 deadline under the list of missing
   * materials, or the appeal routes under the reasons for a refusal.
   */
  closing?: string[];
  /** Small print, e.g. 查询方式, 投诉电话 12345. */
  footnotes?: string[];
  /** Issuing body shown bottom right with the date, e.g. "梁溪区行政服务中心(盖章)"; defaults to `issuer`. */
  seal?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a YYYY-MM-DD calendar date, rejecting impossible dates such as 2026-02-30. */
export function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`expected a date as YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day
  ) {
    throw new RangeError(`not a calendar date: ${isoDate}`);
  }
  return { year, month, day };
}

/**
 * "2026-11-27" -> "2026年11月27日". Month and day carry no leading zero
 * ("2026-01-05" -> "2026年1月5日"), as GB/T 9704 writes 成文日期.
 */
export function formatChineseDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${year}年${month}月${day}日`;
}

/**
 * Integer fen -> "¥1,234.50"; refunds are "-¥12.00". Pure integer/string
 * arithmetic: no floating point division ever touches the amount.
 */
export function formatFen(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`amount must be a safe integer number of fen, got ${fen}`);
  }
  const negative = fen < 0;
  const digits = String(negative ? -fen : fen).padStart(3, "0");
  const yuan = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = digits.slice(-2);
  return `${negative ? "-" : ""}¥${yuan}.${cents}`;
}

/** Throws a descriptive error for a spec that cannot be rendered. */
export function validateSpec(spec: DocumentSpec): void {
  const fail = (msg: string): never => {
    throw new TypeError(`invalid document spec: ${msg}`);
  };
  if (!spec.title.trim()) fail("title is empty");
  if (!spec.number.trim()) fail("number is empty");
  if (!spec.issuer.trim()) fail("issuer is empty");
  parseIsoDate(spec.date);
  const table = spec.table;
  if (table) {
    const n = table.columns.length;
    if (n === 0) fail("table has no columns");
    table.rows.forEach((row, i) => {
      if (row.length !== n) fail(`table row ${i + 1} has ${row.length} cells, expected ${n}`);
    });
    if (table.footer && table.footer.length !== n) {
      fail(`table footer has ${table.footer.length} cells, expected ${n}`);
    }
  }
}

/** Every piece of text in a spec, with where it comes from ("paragraphs[2]", "table.rows[4][1]"). */
export function specTexts(spec: DocumentSpec): [where: string, text: string][] {
  const out: [string, string][] = [
    ["title", spec.title],
    ["number", spec.number],
    ["issuer", spec.issuer],
  ];
  if (spec.addressee !== undefined) out.push(["addressee", spec.addressee]);
  spec.paragraphs.forEach((p, i) => out.push([`paragraphs[${i}]`, p]));
  spec.fields?.forEach((f, i) => out.push([`fields[${i}].label`, f.label], [`fields[${i}].value`, f.value]));
  spec.lists?.forEach((l, i) => {
    out.push([`lists[${i}].heading`, l.heading]);
    l.items.forEach((item, j) => out.push([`lists[${i}].items[${j}]`, item]));
  });
  if (spec.table) {
    spec.table.columns.forEach((c, i) => out.push([`table.columns[${i}]`, c]));
    spec.table.rows.forEach((r, i) => r.forEach((cell, j) => out.push([`table.rows[${i}][${j}]`, cell])));
    spec.table.footer?.forEach((c, i) => out.push([`table.footer[${i}]`, c]));
  }
  spec.closing?.forEach((p, i) => out.push([`closing[${i}]`, p]));
  spec.footnotes?.forEach((f, i) => out.push([`footnotes[${i}]`, f]));
  if (spec.seal !== undefined) out.push(["seal", spec.seal]);
  return out;
}
