import type { Db } from "@wuxi/db";
import { DomainError } from "@wuxi/service-kit";
import type { CentreRecord } from "../centres/centre-repository.ts";
import { CalendarNotLoadedError, type HolidayCalendar } from "@wuxi/calendar";
import type { CentreContext } from "../context.ts";
import { replicatedVersion, type ReplicatedVersion } from "../replica/replica-repository.ts";
import { cases } from "../tables.ts";
import { eq } from "drizzle-orm";
import type { Clock } from "./case-clock.ts";
import { caseClockOf, type PartRecord, refreshPartDeadlines } from "./case-parts.ts";
import { CaseRepository, type CaseRecord } from "./case-repository.ts";
import { notFound } from "./guards.ts";

/** What a transition works on: the locked case, its parts, its centre and the exact item version it is under. */
export interface CaseWork {
  tx: Db;
  c: CaseRecord;
  /** The case's parts (joint departments, escalated tiers), read under the case's lock. */
  parts: PartRecord[];
  centre: CentreRecord;
  version: ReplicatedVersion;
  today: string;
  calendar: HolidayCalendar;
}

/**
 * Runs a transition in one transaction: locks the case, loads its centre and item version, and
 * gives the transition what it needs; the state change, history row and notices it writes commit
 * together or not at all. Whatever is read outside the transaction is read before it opens: inside
 * it only `tx` is used (the embedded engine has one connection, which the transaction holds).
 */
export async function withCase<T>(ctx: CentreContext, caseId: string, work: (w: CaseWork) => Promise<T>): Promise<T> {
  try {
    return await onCalendar(() => withCaseLocked(ctx, caseId, work));
  } finally {
    // What the request loaded of the case before the change (its guards read the parts) is stale now.
    for (const loader of [ctx.partsOf, ctx.caseById, ctx.suspensionsOf, ctx.eventsOf, ctx.noticesOf, ctx.notificationsOf]) loader.clear(caseId);
  }
}

/**
 * A clock that would run into a year whose holidays are not loaded cannot be computed: the clerk is
 * told so, in Chinese, and nothing is written (a city centre manager loads the year).
 */
export async function onCalendar<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CalendarNotLoadedError) {
      throw new DomainError("CALENDAR_YEAR_NOT_LOADED", `尚未载入${error.year}年节假日安排,无法计算办理期限,请市级行政服务中心管理员载入后再办理`);
    }
    throw error;
  }
}

async function withCaseLocked<T>(ctx: CentreContext, caseId: string, work: (w: CaseWork) => Promise<T>): Promise<T> {
  const before = await new CaseRepository(ctx.db).byId(caseId);
  if (!before) throw notFound(caseId);
  const centre = (await ctx.centreById.load(before.centreId))!;
  const calendar = await ctx.calendar.calendar();
  return ctx.db.transaction(async (tx) => {
    const repo = new CaseRepository(tx);
    const c = (await repo.lock(caseId))!;
    const [parts] = await repo.partsOf([caseId]);
    const version = await replicatedVersion(tx, c.itemCode, c.itemVersion);
    if (!version) throw new DomainError("VERSION_MISSING", `本中心缺少事项 ${c.itemCode} 第${c.itemVersion}版的副本`);
    return work({ tx, c, parts: parts!, centre, version, today: ctx.today(), calendar });
  });
}

/**
 * Recomputes the deadlines of the case and of each of its parts from their facts (acceptance, the
 * parts' starts, suspensions, extension) and stores them with the other changes.
 */
export async function saveWithClock(w: CaseWork, changes: Partial<CaseRecord>): Promise<{ c: CaseRecord; clock: Clock; parts: PartRecord[] }> {
  const next = { ...w.c, ...changes };
  const repo = new CaseRepository(w.tx);
  const [suspensions] = await repo.suspensionsOf([w.c.id]);
  const [stored] = await repo.partsOf([w.c.id]);
  const parts = await refreshPartDeadlines(w.tx, next, stored!, suspensions!, w.calendar);
  const clock = caseClockOf(next, parts, suspensions!, w.calendar);
  const [row] = await w.tx
    .update(cases)
    .set({ ...changes, deadline: clock.deadline, updatedAt: new Date() })
    .where(eq(cases.id, w.c.id))
    .returning();
  return { c: row!, clock, parts };
}
