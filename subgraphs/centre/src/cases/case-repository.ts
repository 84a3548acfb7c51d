import { type Db, groupBy } from "@wuxi/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { OPEN_STATES } from "./guards.ts";
import { caseEvents, cases, caseSuspensions, notices, notifications } from "../tables.ts";

export type CaseRecord = typeof cases.$inferSelect;
export type CaseEventRecord = typeof caseEvents.$inferSelect;
export type SuspensionRecord = typeof caseSuspensions.$inferSelect;
export type NoticeRecord = typeof notices.$inferSelect;
export type NotificationRecord = typeof notifications.$inferSelect;

/** Cases of the centre's database. Takes the database or a transaction. */
export class CaseRepository {
  constructor(private readonly db: Db) {}

  async byId(id: string): Promise<CaseRecord | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.id, id));
    return row;
  }

  /** The case row, locked until the transaction ends: transitions of one case are serialised. */
  async lock(id: string): Promise<CaseRecord | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.id, id)).for("update");
    return row;
  }

  async byIdempotencyKey(centreId: string, key: string): Promise<CaseRecord | undefined> {
    const [row] = await this.db.select().from(cases).where(and(eq(cases.centreId, centreId), eq(cases.idempotencyKey, key)));
    return row;
  }

  /** The case number carries its centre, so the lookup stays on one centre's rows. */
  async byNumber(caseNumber: string): Promise<CaseRecord | undefined> {
    const centreId = caseNumber.replace(/-\d{4}-\d{6}$/, "");
    const [row] = await this.db.select().from(cases).where(and(eq(cases.centreId, centreId), eq(cases.caseNumber, caseNumber)));
    return row;
  }

  /** A window's queue: open cases, soonest deadline first, filtered and ordered in SQL. */
  queueQuery(windowId: string, limit: number) {
    return this.db
      .select()
      .from(cases)
      .where(and(eq(cases.windowId, windowId), inArray(cases.state, OPEN_STATES)))
      .orderBy(sql`${cases.deadline} asc nulls last`, asc(cases.caseNumber))
      .limit(limit);
  }

  async queue(windowId: string, limit: number): Promise<CaseRecord[]> {
    return this.queueQuery(windowId, limit);
  }

  /** The cases entrusted to an agent, open ones first by deadline. */
  async entrustedTo(agentId: string, limit: number): Promise<CaseRecord[]> {
    return this.db
      .select()
      .from(cases)
      .where(eq(cases.agentId, agentId))
      .orderBy(sql`${cases.concludedOn} is not null`, sql`${cases.deadline} asc nulls last`, asc(cases.caseNumber))
      .limit(limit);
  }

  async suspensionsOf(caseIds: readonly string[]): Promise<SuspensionRecord[][]> {
    const rows = await this.db.select().from(caseSuspensions).where(inArray(caseSuspensions.caseId, [...caseIds])).orderBy(asc(caseSuspensions.id));
    return groupBy(caseIds, rows, (r) => r.caseId);
  }

  async eventsOf(caseIds: readonly string[]): Promise<CaseEventRecord[][]> {
    const rows = await this.db.select().from(caseEvents).where(inArray(caseEvents.caseId, [...caseIds])).orderBy(asc(caseEvents.id));
    return groupBy(caseIds, rows, (r) => r.caseId);
  }

  async noticesOf(caseIds: readonly string[]): Promise<NoticeRecord[][]> {
    const rows = await this.db.select().from(notices).where(inArray(notices.caseId, [...caseIds])).orderBy(asc(notices.createdAt), asc(notices.number));
    return groupBy(caseIds, rows, (r) => r.caseId);
  }


  async notificationsOf(caseIds: readonly string[]): Promise<NotificationRecord[][]> {
    const rows = await this.db.select().from(notifications).where(inArray(notifications.caseId, [...caseIds])).orderBy(asc(notifications.id));
    return groupBy(caseIds, rows, (r) => r.caseId);
  }
}
