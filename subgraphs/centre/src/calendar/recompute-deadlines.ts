import type { HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { and, asc, gt, gte, inArray, sql } from "drizzle-orm";
import { caseClockOf, isOpenPart, partClock, partKey, type PartRecord } from "../cases/case-parts.ts";
import { CaseRepository, type CaseRecord } from "../cases/case-repository.ts";
import { LICENCE_DAYS } from "../cases/decide-case.ts";
import { noticeDueOn } from "../cases/review.ts";
import type { CentreContext } from "../context.ts";
import { OUTBOX } from "../notifications/adapters.ts";
import { APPLICANT_MESSAGES } from "../notifications/messages.ts";
import { clockWatches } from "../oversight/tables.ts";
import { cases } from "../tables.ts";

/** Cases per transaction: small enough to hold the locks briefly, large enough to batch the writes. */
export const RECOMPUTE_BATCH = 1000;

/** States in which the licence's delivery clock (Art. 44) runs. */
const LICENCE_STATES = ["APPROVED", "AWAITING_HANDOVER"];
/** States in which the decision's deadline runs (or waits, suspended). */
const DECISION_STATES = ["ACCEPTED", "FORWARDED", "SUSPENDED"];

export interface Recomputation {
  year: number;
  /** Open cases whose clocks run into the year (looked at). */
  examined: number;
  /** Cases with at least one date moved (each has a history entry). */
  changed: number;
  /** Cases whose own deadline or licence date moved (their applicant was told). */
  applicantsNotified: number;
}

/**
 * 重新计算期限: once a year's State Council arrangement is loaded, every open clock that ran into
 * that year on the provisional calendar is counted again on the published one: the case's deadline,
 * each open part's, the licence's delivery date (Art. 44) and the one-time-notice watch (Art. 32).
 *
 * The candidates are the cases with a running clock due on or after 1 January of the year (a clock
 * due earlier never reached it), read from oversight's clock watches by case id in batches. Each
 * batch is one transaction that locks its cases, recomputes them from their facts and writes only
 * what moved, set-wise (one statement per table per batch: a year's load touches every open case of
 * the city). So the same document loaded twice changes nothing the second time. Every case with a
 * moved date gets a history entry with the old and the new dates; its applicant is told when the
 * case's own deadline or licence date moved (a part's is the authority's internal affair). The watches
 * the lights read are moved in the same statement set, so lights never disagree with the cases.
 *
 * This writes history rows in bulk rather than through `recordTransition` (one row at a time would
 * take minutes for 100,000 cases): whatever recordTransition learns to add to a row, this must too.
 */
export async function recomputeDeadlines(ctx: CentreContext, year: number, actor: Actor, calendar: HolidayCalendar): Promise<Recomputation> {
  const from = `${year}-01-01`;
  const result: Recomputation = { year, examined: 0, changed: 0, applicantsNotified: 0 };
  let after = "";
  for (;;) {
    const ids = (
      await ctx.db
        .selectDistinct({ caseId: clockWatches.caseId })
        .from(clockWatches)
        .where(and(gte(clockWatches.dueOn, from), gt(clockWatches.caseId, after)))
        .orderBy(asc(clockWatches.caseId))
        .limit(RECOMPUTE_BATCH)
    ).map((r) => r.caseId);
    if (ids.length === 0) return result;
    after = ids.at(-1)!;
    const batch = await ctx.db.transaction((tx) => recomputeBatch(tx, ids, { year, actor, today: ctx.today(), channels: ctx.notificationChannels, calendar }));
    result.examined += batch.examined;
    result.changed += batch.changed;
    result.applicantsNotified += batch.notified;
  }
}

interface Moved {
  c: CaseRecord;
  deadline: string | null;
  licenceDue: string | null;
  parts: { id: string; part: string; kind: string; from: string | null; to: string | null }[];
}

async function recomputeBatch(
  tx: Db,
  ids: string[],
  o: { year: number; actor: Actor; today: string; channels: string[]; calendar: HolidayCalendar },
): Promise<{ examined: number; changed: number; notified: number }> {
  const { calendar } = o;
  const locked = await tx.select().from(cases).where(inArray(cases.id, ids)).orderBy(asc(cases.id)).for("update");
  const repo = new CaseRepository(tx);
  const lockedIds = locked.map((c) => c.id);
  const [suspensions, parts] = [await repo.suspensionsOf(lockedIds), await repo.partsOf(lockedIds)];
  const moved: Moved[] = [];
  const watches: { caseId: string; part: string; kind: string; dueOn: string }[] = [];
  for (const [i, c] of locked.entries()) {
    // Only running clocks move: a closed part, a decided case keep the deadline they were judged against.
    const movedParts: Moved["parts"] = [];
    const refreshed: PartRecord[] = parts[i]!.map((p) => {
      if (!isOpenPart(p)) return p;
      const to = partClock(p, c, suspensions[i]!, calendar).deadline;
      if (to !== p.deadline) movedParts.push({ id: p.id, part: partKey(p), kind: p.kind === "REVIEW" ? "FORWARD" : "DEADLINE", from: p.deadline, to });
      return { ...p, deadline: to };
    });
    const deadline = DECISION_STATES.includes(c.state) && c.acceptedOn ? caseClockOf(c, refreshed, suspensions[i]!, calendar).deadline : c.deadline;
    const licenceDue = LICENCE_STATES.includes(c.state) && c.decidedOn ? calendar.addWorkingDays(c.decidedOn, LICENCE_DAYS) : c.licenceDue;
    // The Art. 32 watch of a received case is computed, never stored on the case: move the watch alone.
    if (c.state === "RECEIVED") watches.push({ caseId: c.id, part: "", kind: "NOTICE", dueOn: noticeDueOn(c.receivedOn, calendar) });
    if (deadline === c.deadline && licenceDue === c.licenceDue && movedParts.length === 0) continue;
    moved.push({ c, deadline, licenceDue, parts: movedParts });
    if (deadline !== c.deadline && deadline) watches.push({ caseId: c.id, part: "", kind: "DEADLINE", dueOn: deadline });
    if (licenceDue !== c.licenceDue && licenceDue) watches.push({ caseId: c.id, part: "", kind: "LICENCE", dueOn: licenceDue });
    for (const p of movedParts) if (p.to) watches.push({ caseId: c.id, part: p.part, kind: p.kind, dueOn: p.to });
  }

  const rows = (x: unknown) => sql`(select * from jsonb_to_recordset(${JSON.stringify(x)}::jsonb)`;
  if (moved.length > 0) {
    await tx.execute(sql`
      update cases set deadline = v.deadline, licence_due = v.licence_due, updated_at = now()
      from ${rows(moved.map((m) => ({ id: m.c.id, deadline: m.deadline, licence_due: m.licenceDue })))} as x(id text, deadline date, licence_due date)) v
      where cases.id = v.id`);
    const partRows = moved.flatMap((m) => m.parts.map((p) => ({ id: p.id, deadline: p.to })));
    if (partRows.length > 0) {
      await tx.execute(sql`
        update case_parts set deadline = v.deadline
        from ${rows(partRows)} as x(id text, deadline date)) v
        where case_parts.id = v.id`);
    }
  }
  if (watches.length > 0) {
    await tx.execute(sql`
      update clock_watches set due_on = v.due_on
      from ${rows(watches.map((w) => ({ case_id: w.caseId, part: w.part, kind: w.kind, due_on: w.dueOn })))} as x(case_id text, part text, kind text, due_on date)) v
      where clock_watches.case_id = v.case_id and clock_watches.part = v.part and clock_watches.kind = v.kind`);
  }
  if (moved.length === 0) return { examined: locked.length, changed: 0, notified: 0 };

  const reason = `载入${o.year}年节假日安排,重新计算期限`;
  const events = moved.map((m) => {
    const told = m.deadline !== m.c.deadline || m.licenceDue !== m.c.licenceDue;
    const data: Record<string, unknown> = { year: o.year };
    if (m.deadline !== m.c.deadline) Object.assign(data, { oldDeadline: m.c.deadline, deadline: m.deadline });
    if (m.licenceDue !== m.c.licenceDue) Object.assign(data, { oldLicenceDue: m.c.licenceDue, licenceDue: m.licenceDue });
    if (m.parts.length > 0) data.parts = m.parts.map(({ part, from, to }) => ({ part, from, to }));
    // Only the case's own dates concern the applicant: that action has a message, the part's has none.
    return { m, told, action: told ? "RECOMPUTE_DEADLINE" : "RECOMPUTE_PART_DEADLINE", data };
  });
  // One parameter per statement (a JSON array), not eleven per row: a thousand-row insert stays one cheap round trip.
  await tx.execute(sql`
    insert into case_events (case_id, centre_id, "on", actor_id, actor_role, window_id, action, from_state, to_state, reason, data)
    select case_id, centre_id, "on", actor_id, actor_role, window_id, action, from_state, to_state, reason, data
    from ${rows(
      events.map(({ m, action, data }) => ({
        case_id: m.c.id,
        centre_id: m.c.centreId,
        on: o.today,
        actor_id: o.actor.id,
        actor_role: o.actor.role,
        window_id: o.actor.windowId ?? null,
        action,
        from_state: m.c.state,
        to_state: m.c.state,
        reason,
        data,
      })),
    )} as x(case_id text, centre_id text, "on" date, actor_id text, actor_role text, window_id text, action text, from_state text, to_state text, reason text, data jsonb)) r`);
  const template = APPLICANT_MESSAGES.RECOMPUTE_DEADLINE!;
  const now = new Date();
  const told = events.filter((e) => e.told);
  if (told.length > 0) {
    const outgoing = told.flatMap(({ m, data }) => {
      const c = { ...m.c, deadline: m.deadline, licenceDue: m.licenceDue };
      const message = template.message(c, data);
      return [
        { case_id: c.id, centre_id: c.centreId, event: template.event, channel: OUTBOX, recipient: null, message, status: "DELIVERED", delivered_at: now.toISOString() },
        ...o.channels.map((channel) => ({ case_id: c.id, centre_id: c.centreId, event: template.event, channel, recipient: c.applicantPhone, message, status: "PENDING", delivered_at: null })),
      ];
    });
    await tx.execute(sql`
      insert into notifications (case_id, centre_id, event, channel, recipient, message, status, delivered_at)
      select case_id, centre_id, event, channel, recipient, message, status, delivered_at
      from ${rows(outgoing)} as x(case_id text, centre_id text, event text, channel text, recipient text, message text, status text, delivered_at timestamptz)) r`);
  }
  return { examined: locked.length, changed: moved.length, notified: told.length };
}
