import { type Db, groupBy } from "@wuxi/db";
import { asc, inArray } from "drizzle-orm";
import { stationings } from "../tables.ts";

export type StationingRecord = typeof stationings.$inferSelect;

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
}
