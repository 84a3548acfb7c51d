import { type Db, groupBy } from "@wuxi/db";
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { centres, windows } from "../tables.ts";

export type CentreRecord = typeof centres.$inferSelect;
export type WindowRecord = typeof windows.$inferSelect;
export type Tier = "CITY" | "COUNTY" | "TOWNSHIP";

/** Reads of the network: centres and their windows. Every batch method answers in key order. */
export class CentreRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[]): Promise<(CentreRecord | undefined)[]> {
    const rows = await this.db.select().from(centres).where(inArray(centres.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  }

  async list(filter: { tier?: Tier | null; parentId?: string | null }): Promise<CentreRecord[]> {
    const conditions: SQL[] = [];
    if (filter.tier) conditions.push(eq(centres.tier, filter.tier));
    if (filter.parentId) conditions.push(eq(centres.parentId, filter.parentId));
    return this.db.select().from(centres).where(and(...conditions)).orderBy(asc(centres.id));
  }

  async childrenOf(parentIds: readonly string[]): Promise<CentreRecord[][]> {
    const rows = await this.db
      .select()
      .from(centres)
      .where(inArray(centres.parentId, [...parentIds]))
      .orderBy(asc(centres.id));
    return groupBy(parentIds, rows, (r) => r.parentId);
  }

  async windowsOf(centreIds: readonly string[]): Promise<WindowRecord[][]> {
    const rows = await this.db
      .select()
      .from(windows)
      .where(inArray(windows.centreId, [...centreIds]))
      .orderBy(asc(windows.number));
    return groupBy(centreIds, rows, (r) => r.centreId);
  }

  async windowsByIds(ids: readonly string[]): Promise<(WindowRecord | undefined)[]> {
    const rows = await this.db.select().from(windows).where(inArray(windows.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  }
}
