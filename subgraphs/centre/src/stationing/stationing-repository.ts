import { type Db, groupBy } from "@wuxi/db";
import { and, asc, inArray, ne } from "drizzle-orm";
import { stationings } from "../tables.ts";

export type StationingRecord = typeof stationings.$inferSelect;

/**
 * A stationing where the public may apply: every one but DECIDE_ONLY (the deciding tier of an
 * escalated item, which takes forwarded cases only).
 */
export const accepts = (s: Pick<StationingRecord, "authority">) => s.authority !== "DECIDE_ONLY";
export const acceptingStationing = ne(stationings.authority, "DECIDE_ONLY");

export class StationingRepository {
  constructor(private readonly db: Db) {}

  async byWindowIds(windowIds: readonly string[]): Promise<StationingRecord[][]> {
    const rows = await this.db
      .select()
      .from(stationings)
      .where(inArray(stationings.windowId, [...windowIds]))
      .orderBy(asc(stationings.itemCode));
    return groupBy(windowIds, rows, (r) => r.windowId);
  }

  async byItemCodes(codes: readonly string[]): Promise<StationingRecord[][]> {
    const rows = await this.db
      .select()
      .from(stationings)
      .where(inArray(stationings.itemCode, [...codes]))
      .orderBy(asc(stationings.centreId), asc(stationings.windowId));
    return groupBy(codes, rows, (r) => r.itemCode);
  }

  async atCentres(centreIds: readonly string[]): Promise<StationingRecord[][]> {
    const rows = await this.db
      .select()
      .from(stationings)
      .where(inArray(stationings.centreId, [...centreIds]))
      .orderBy(asc(stationings.itemCode), asc(stationings.windowId));
    return groupBy(centreIds, rows, (r) => r.centreId);
  }

  /** Stationings of items at centres, by "centreId|itemCode" keys, in key order: one query per batch. */
  async byCentreAndItem(keys: readonly string[]): Promise<StationingRecord[][]> {
    const pairs = keys.map((k) => k.split("|") as [string, string]);
    const rows = await this.db
      .select()
      .from(stationings)
      .where(and(inArray(stationings.centreId, [...new Set(pairs.map((p) => p[0]))]), inArray(stationings.itemCode, [...new Set(pairs.map((p) => p[1]))])))
      .orderBy(asc(stationings.windowId));
    return groupBy(keys, rows, (r) => `${r.centreId}|${r.itemCode}`);
  }
}
