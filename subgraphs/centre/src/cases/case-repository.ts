import { type Db, groupBy } from "@wuxi/db";
import { and, asc, eq, inArray, ne, notExists, sql } from "drizzle-orm";
import { caseEvents, caseParts, cases, caseSuspensions, notices, notifications, OPEN_STATES_SQL } from "../tables.ts";
import { OPEN_PART_STATES, type PartRecord } from "./case-parts.ts";

export type CaseRecord = typeof cases.$inferSelect;
export type CaseEventRecord = typeof caseEvents.$inferSelect;
export type SuspensionRecord = typeof caseSuspensions.$inferSelect;
export type NoticeRecord = typeof notices.$inferSelect;
export type NotificationRecord = typeof notifications.$inferSelect;

function prepareQueue(db: Db) {
  const windowId = sql.placeholder("windowId");
  const limit = sql.placeholder("limit");
  return {
    own: new CaseRepository(db).queueQuery(windowId as never, limit as never).prepare("window_queue_own"),
    handled: db
      .select({ c: cases })
      .from(caseParts)
      .innerJoin(cases, eq(cases.id, caseParts.caseId))
      .where(and(eq(caseParts.windowId, windowId), inArray(caseParts.state, OPEN_PART_STATES)))
      .orderBy(sql`${caseParts.deadline} asc nulls last`)
      .limit(limit)
      .prepare("window_queue_handled"),
  };
}
const preparedQueues = new WeakMap<Db, ReturnType<typeof prepareQueue>>();

/** Cases of the centre's database. Takes the database or a transaction. */
export class CaseRepository {
  constructor(private readonly db: Db) {}

  async byId(id: string): Promise<CaseRecord | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.id, id));
    return row;
  }

  async byIds(ids: readonly string[]): Promise<(CaseRecord | undefined)[]> {
    const rows = await this.db.select().from(cases).where(inArray(cases.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id));
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
      .where(and(eq(cases.windowId, windowId), sql`${cases.state} in ${OPEN_STATES_SQL}`))
      .orderBy(sql`${cases.deadline} asc nulls last`, asc(cases.caseNumber))
      .limit(limit);
  }

  /**
   * A window's queue: the open cases it accepted (an escalated one stays there to be followed up,
   * 帮助办结), and the cases whose open part it handles (forwarded from below, or a joint case's
   * part for its department), soonest deadline first. Both halves are prepared statements built
   * once per database: the queue is the counter's hottest read, and building its SQL was a fifth
   * of its CPU.
   */
  async queue(windowId: string, limit: number): Promise<CaseRecord[]> {
    const prepared = preparedQueues.get(this.db) ?? prepareQueue(this.db);
    preparedQueues.set(this.db, prepared);
    const [own, handled] = await Promise.all([prepared.own.execute({ windowId, limit }), prepared.handled.execute({ windowId, limit })]);
    if (handled.length === 0) return own;
    const byId = new Map([...own, ...handled.map((r) => r.c)].map((c) => [c.id, c]));
    return [...byId.values()]
      .sort((a, b) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.caseNumber.localeCompare(b.caseNumber))
      .slice(0, limit);
  }

  /**
   * A department's cases awaiting its decision, across centres: its single-department and escalated
   * cases past any preliminary review (accepted where it decides, or forwarded up; suspended ones
   * stay listed, the approver resumes them), and the joint cases with an open part of its own.
   * Each half is filtered, ordered and limited in SQL on its index; the halves are merged by the
   * deadline that concerns the department (its part's, for a joint case).
   */
  async departmentQueue(departmentId: string, limit: number): Promise<CaseRecord[]> {
    const openReview = this.db
      .select({ one: sql`1` })
      .from(caseParts)
      .where(and(eq(caseParts.caseId, cases.id), eq(caseParts.kind, "REVIEW"), inArray(caseParts.state, OPEN_PART_STATES)));
    const [single, joint] = await Promise.all([
      this.db
        .select()
        .from(cases)
        .where(and(eq(cases.departmentId, departmentId), inArray(cases.state, ["ACCEPTED", "SUSPENDED", "FORWARDED"]), ne(cases.handling, "JOINT"), notExists(openReview)))
        .orderBy(sql`${cases.deadline} asc nulls last`, asc(cases.caseNumber))
        .limit(limit),
      this.db
        .select({ c: cases, due: caseParts.deadline })
        .from(caseParts)
        .innerJoin(cases, eq(cases.id, caseParts.caseId))
        .where(and(eq(caseParts.departmentId, departmentId), inArray(caseParts.state, OPEN_PART_STATES), inArray(caseParts.kind, ["JOINT_LEAD", "JOINT_CO"]), eq(cases.state, "ACCEPTED")))
        .orderBy(sql`${caseParts.deadline} asc nulls last`, asc(cases.caseNumber))
        .limit(limit),
    ]);
    const rows = [...single.map((c) => ({ c, due: c.deadline })), ...joint];
    const byId = new Map(rows.map((r) => [r.c.id, r]));
    return [...byId.values()]
      .sort((a, b) => (a.due ?? "9999").localeCompare(b.due ?? "9999") || a.c.caseNumber.localeCompare(b.c.caseNumber))
      .slice(0, limit)
      .map((r) => r.c);
  }

  async partsOf(caseIds: readonly string[]): Promise<PartRecord[][]> {
    const rows = await this.db.select().from(caseParts).where(inArray(caseParts.caseId, [...caseIds])).orderBy(asc(caseParts.seq));
    return groupBy(caseIds, rows, (r) => r.caseId);
  }

  async partById(id: string): Promise<PartRecord | undefined> {
    const [row] = await this.db.select().from(caseParts).where(eq(caseParts.id, id));
    return row;
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
