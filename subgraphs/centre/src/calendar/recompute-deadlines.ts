import type { HolidayCalendar } from "@wuxi/calendar";
import type { Actor } from "@wuxi/identity";
import { and, asc, eq, gt, gte, inArray, sql } from "drizzle-orm";
import { caseClockOf, isOpenPart, partClock, partKey, type PartRecord, updatePart } from "../cases/case-parts.ts";
import { CaseRepository, type CaseRecord, type SuspensionRecord } from "../cases/case-repository.ts";
import type { Db } from "@wuxi/db";
import { LICENCE_DAYS } from "../cases/decide-case.ts";
import { recordTransition } from "../cases/history.ts";
import type { CentreContext } from "../context.ts";
import { watchClocks } from "../oversight/maintain.ts";
import { clockWatches } from "../oversight/tables.ts";
import { cases } from "../tables.ts";

/** Cases per transaction: small enough to hold the locks briefly, large enough to batch the reads. */
export const RECOMPUTE_BATCH = 500;

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
 * due earlier never reached it), read from the oversight's clock watches by case id in batches.
 * Each batch is one transaction that locks its cases, recomputes from their facts and writes only
 * what moved: the same document loaded twice changes nothing the second time. Every case with a moved
 * date gets a history entry with the old and the new dates; its applicant is told when the case's
 * own deadline or licence date moved (a part's is the authority's internal affair).
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
    const batch = await ctx.db.transaction(async (tx) => {
      const locked = await tx.select().from(cases).where(inArray(cases.id, ids)).orderBy(asc(cases.id)).for("update");
      const repo = new CaseRepository(tx);
      const [suspensions, parts] = await Promise.all([repo.suspensionsOf(locked.map((c) => c.id)), repo.partsOf(locked.map((c) => c.id))]);
      let changed = 0;
      let notified = 0;
      for (const [i, c] of locked.entries()) {
        const outcome = await recomputeOne(tx, c, parts[i]!, suspensions[i]!, calendar);
        if (!outcome) {
          // Nothing stored moved; a received case's notice watch is computed, not stored: refresh it.
          if (c.state === "RECEIVED") await watchClocks(tx, c, calendar);
          continue;
        }
        changed++;
        const moved = outcome.deadline !== undefined || outcome.licenceDue !== undefined;
        if (moved) notified++;
        await recordTransition(
          tx,
          {
            c: outcome.c,
            on: ctx.today(),
            actor,
            // Only the case's own dates concern the applicant (the action with a message).
            action: moved ? "RECOMPUTE_DEADLINE" : "RECOMPUTE_PART_DEADLINE",
            from: c.state,
            to: c.state,
            reason: `载入${year}年节假日安排,重新计算期限`,
            data: { year, ...outcome.data },
          },
          ctx.notificationChannels,
          calendar,
        );
      }
      return { examined: locked.length, changed, notified };
    });
    result.examined += batch.examined;
    result.changed += batch.changed;
    result.applicantsNotified += batch.notified;
  }
}

interface Outcome {
  c: CaseRecord;
  deadline?: { from: string | null; to: string | null };
  licenceDue?: { from: string | null; to: string | null };
  data: Record<string, unknown>;
}

async function recomputeOne(tx: Db, c: CaseRecord, parts: PartRecord[], suspensions: SuspensionRecord[], calendar: HolidayCalendar): Promise<Outcome | undefined> {
  // Only running clocks move: a closed part, a decided case keep the deadline they were judged against.
  const movedParts: { part: string; from: string | null; to: string | null }[] = [];
  const refreshed: PartRecord[] = [];
  for (const p of parts) {
    const to = isOpenPart(p) ? partClock(p, c, suspensions, calendar).deadline : p.deadline;
    if (to === p.deadline) refreshed.push(p);
    else {
      movedParts.push({ part: partKey(p), from: p.deadline, to });
      refreshed.push(await updatePart(tx, p.id, { deadline: to }));
    }
  }
  const deadline = DECISION_STATES.includes(c.state) && c.acceptedOn ? caseClockOf(c, refreshed, suspensions, calendar).deadline : c.deadline;
  const licenceDue = LICENCE_STATES.includes(c.state) && c.decidedOn ? calendar.addWorkingDays(c.decidedOn, LICENCE_DAYS) : c.licenceDue;
  if (deadline === c.deadline && licenceDue === c.licenceDue && movedParts.length === 0) return undefined;
  const [row] = await tx.update(cases).set({ deadline, licenceDue, updatedAt: sql`now()` }).where(eq(cases.id, c.id)).returning();
  const outcome: Outcome = { c: row!, data: {} };
  if (deadline !== c.deadline) {
    outcome.deadline = { from: c.deadline, to: deadline };
    outcome.data.oldDeadline = c.deadline;
    outcome.data.deadline = deadline;
  }
  if (licenceDue !== c.licenceDue) {
    outcome.licenceDue = { from: c.licenceDue, to: licenceDue };
    outcome.data.oldLicenceDue = c.licenceDue;
    outcome.data.licenceDue = licenceDue;
  }
  if (movedParts.length > 0) outcome.data.parts = movedParts;
  return outcome;
}
