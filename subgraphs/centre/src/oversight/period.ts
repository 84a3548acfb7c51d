import { DomainError } from "@wuxi/service-kit";

export interface PeriodInput {
  kind: "MONTH" | "QUARTER" | "YEAR";
  year: number;
  number?: number | null;
}

export interface Period {
  label: string;
  /** First day of the first month, and first day of the last month (the roll-up's month keys). */
  fromMonth: string;
  toMonth: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A month, quarter or year as the roll-up's month keys it spans. */
export function periodOf(p: PeriodInput): Period {
  if (!Number.isInteger(p.year) || p.year < 2000 || p.year > 2100) throw new DomainError("INVALID_PERIOD", "年份应在2000至2100之间", "period.year");
  let first: number;
  let last: number;
  let label: string;
  if (p.kind === "YEAR") [first, last, label] = [1, 12, `${p.year}年`];
  else if (p.kind === "QUARTER") {
    if (!p.number || p.number < 1 || p.number > 4) throw new DomainError("INVALID_PERIOD", "季度应为1至4", "period.number");
    [first, last, label] = [p.number * 3 - 2, p.number * 3, `${p.year}年第${p.number}季度`];
  } else {
    if (!p.number || p.number < 1 || p.number > 12) throw new DomainError("INVALID_PERIOD", "月份应为1至12", "period.number");
    [first, last, label] = [p.number, p.number, `${p.year}年${p.number}月`];
  }
  return {
    label,
    fromMonth: `${p.year}-${pad(first)}-01`,
    toMonth: `${p.year}-${pad(last)}-01`,
    from: `${p.year}-${pad(first)}-01`,
    to: `${p.year}-${pad(last)}-${pad(lastDay(p.year, last))}`,
  };
}
