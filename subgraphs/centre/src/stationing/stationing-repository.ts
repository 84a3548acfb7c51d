import type { Db } from "@wuxi/db";
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
    return windowIds.map((id) => rows.filter((r) => r.windowId === id));
  }

  async byItemCodes(codes: readonly string[]): Promise<StationingRecord[][]> {
    const rows = await this.db
      .select()
      .from(stationings)
      .where(inArray(stationings.itemCode, [...codes]))
      .orderBy(asc(stationings.centreId), asc(stationings.windowId));
    return codes.map((code) => rows.filter((r) => r.itemCode === code));
  }

  async atCentres(centreIds: readonly string[]): Promise<StationingRecord[][]> {
    const rows = await this.db
      .select()
      .from(stationings)
      .where(inArray(stationings.centreId, [...centreIds]))
      .orderBy(asc(stationings.itemCode), asc(stationings.windowId));
    return centreIds.map((id) => rows.filter((r) => r.centreId === id));
  }
}
