import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";
import { numberCounters } from "../tables.ts";

/**
 * 票据号: per centre and year, e.g. 320213-SF2026-000001. Taken inside the payment's transaction, so
 * the counter row stays locked until the payment commits and a failed payment leaves no gap: a
 * missing receipt number would have to be explained to the auditors.
 */
export async function nextReceiptNumber(tx: Db, centreId: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(numberCounters)
    .values({ centreId, year, kind: "RECEIPT", last: 1 })
    .onConflictDoUpdate({
      target: [numberCounters.centreId, numberCounters.year, numberCounters.kind],
      set: { last: sql`${numberCounters.last} + 1` },
    })
    .returning({ last: numberCounters.last });
  return `${centreId}-SF${year}-${String(row!.last).padStart(6, "0")}`;
}
