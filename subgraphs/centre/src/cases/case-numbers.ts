import { randomInt } from "node:crypto";
import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";
import { numberCounters } from "../tables.ts";

/** The next number of a centre's per-year series, under that counter row's lock only. */
async function next(tx: Db, centreId: string, year: number, kind: "CASE" | "NOTICE"): Promise<number> {
  const [row] = await tx
    .insert(numberCounters)
    .values({ centreId, year, kind, last: 1 })
    .onConflictDoUpdate({
      target: [numberCounters.centreId, numberCounters.year, numberCounters.kind],
      set: { last: sql`${numberCounters.last} + 1` },
    })
    .returning({ last: numberCounters.last });
  return row!.last;
}

/** 办件编号: readable and unique per centre and year, e.g. 320213-2026-000123. */
export async function nextCaseNumber(tx: Db, centreId: string, year: number): Promise<string> {
  return `${centreId}-${year}-${String(await next(tx, centreId, year, "CASE")).padStart(6, "0")}`;
}

/** 文书编号: e.g. 320213〔2026〕000045号. */
export async function nextNoticeNumber(tx: Db, centreId: string, year: number): Promise<string> {
  return `${centreId}〔${year}〕${String(await next(tx, centreId, year, "NOTICE")).padStart(6, "0")}号`;
}

/**
 * 查询码: ten random digits printed on the receipt; with the case number (which is sequential, so
 * guessable) it opens the status lookup and the rating. Ten digits because the gateway lets at most
 * 43,800 wrong codes a year reach one case (5 an hour, then locked): 43,800 / 10^10 ≈ 4.4 × 10^-6
 * is the chance a year of attempts finds it (docs/security.md). Six digits would give 4.4%.
 */
export const QUERY_CODE_DIGITS = 10;

export function newQueryCode(): string {
  return String(randomInt(0, 10 ** QUERY_CODE_DIGITS)).padStart(QUERY_CODE_DIGITS, "0");
}
