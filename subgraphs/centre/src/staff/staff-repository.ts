import { type Db, groupBy } from "@wuxi/db";
import { asc, eq, inArray } from "drizzle-orm";
import { certifiedStaff, windowStaff } from "../tables.ts";

export type StaffRecord = typeof certifiedStaff.$inferSelect;

/** 持证上岗: a certificate counts on the days from validFrom to validUntil inclusive. */
export function isCertifiedOn(staff: Pick<StaffRecord, "validFrom" | "validUntil">, day: string): boolean {
  return staff.validFrom <= day && day <= staff.validUntil;
}

export class StaffRepository {
  constructor(private readonly db: Db) {}

  async byIds(ids: readonly string[]): Promise<(StaffRecord | undefined)[]> {
    const rows = await this.db.select().from(certifiedStaff).where(inArray(certifiedStaff.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
  }

  async atWindows(windowIds: readonly string[]): Promise<StaffRecord[][]> {
    const rows = await this.db
      .select({ windowId: windowStaff.windowId, staff: certifiedStaff })
      .from(windowStaff)
      .innerJoin(certifiedStaff, eq(certifiedStaff.id, windowStaff.staffId))
      .where(inArray(windowStaff.windowId, [...windowIds]))
      .orderBy(asc(certifiedStaff.id));
    return groupBy(windowIds, rows, (r) => r.windowId).map((group) => group.map((r) => r.staff));
  }

  async ofCentres(centreIds: readonly string[]): Promise<StaffRecord[][]> {
    const rows = await this.db
      .select()
      .from(certifiedStaff)
      .where(inArray(certifiedStaff.centreId, [...centreIds]))
      .orderBy(asc(certifiedStaff.id));
    return groupBy(centreIds, rows, (r) => r.centreId);
  }
}
