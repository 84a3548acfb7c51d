import type { HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";
import type { CaseEventRecord, CaseRecord } from "../cases/case-repository.ts";
import { usedWorkingDays } from "../oversight/maintain.ts";
import { monthOf, type StatCounter } from "../oversight/stats.ts";
import { oversightStats } from "../oversight/tables.ts";
import { claimHistory } from "./read-history.ts";

export const OVERSIGHT_STATS = "oversight-stats";
const BATCH = 500;

type Deltas = Partial<Record<StatCounter, number>>;

/**
 * What one transition adds to the monthly roll-up (办件统计): an acceptance, a non-acceptance, a
 * decision (on time or late, with the working days used), a licence delivered late (Art. 44).
 * Read from the history row and the case as it is now: the fields counted (acceptance day,
 * decision day, deadline, licence due, centre, window, regime) do not change once the event happened.
 */
export function statsOf(e: Pick<CaseEventRecord, "on" | "action" | "fromState" | "toState">, c: CaseRecord, calendar: HolidayCalendar): { on: string; deltas: Deltas } | null {
  const from = e.fromState;
  if (e.toState === "ACCEPTED" && (from === null || from === "RECEIVED" || from === "AWAITING_SUPPLEMENT")) return { on: c.acceptedOn ?? e.on, deltas: { accepted: 1 } };
  if (e.toState === "NOT_ACCEPTED") return { on: e.on, deltas: { notAccepted: 1 } };
  if ((from === "ACCEPTED" || from === "FORWARDED") && (e.toState === "APPROVED" || e.toState === "REFUSED" || e.toState === "CONCLUDED") && c.decidedOn) {
    const late = c.deadline !== null && c.decidedOn > c.deadline;
    return { on: c.decidedOn, deltas: { concluded: 1, onTime: late ? 0 : 1, late: late ? 1 : 0, usedDays: usedWorkingDays(c, calendar), promisedDays: c.limitDays + c.extensionDays } };
  }
  if ((e.action === "ISSUE_LICENCE" || e.action === "HAND_OVER") && c.licenceDue && c.concludedOn && c.concludedOn > c.licenceDue) return { on: c.concludedOn, deltas: { licenceLate: 1 } };
  return null;
}

const COUNTERS: StatCounter[] = ["accepted", "notAccepted", "concluded", "onTime", "late", "usedDays", "promisedDays", "licenceLate"];

/**
 * Folds the next batches of the case history into oversight_stats, off the transitions' own
 * transactions: the monthly roll-up row of a busy window was the row every intake queued on.
 * One upsert per batch and key. Returns how many events it read; -1 if another process holds the
 * cursor. `wait` (a bulletin catching up) queues behind that process instead of skipping.
 */
export async function projectOversightStats(db: Db, calendar: HolidayCalendar, options: { wait?: boolean; maxBatches?: number } = {}): Promise<number> {
  let read = 0;
  for (let b = 0; b < (options.maxBatches ?? 1000); b++) {
    const n = await db.transaction(async (tx) => {
      const batch = await claimHistory(tx, OVERSIGHT_STATS, BATCH, options.wait);
      if (!batch) return -1;
      const byKey = new Map<string, Record<string, string | number>>();
      for (const { e, c } of batch.events) {
        const counted = statsOf(e, c, calendar);
        if (!counted) continue;
        const key = { month: monthOf(counted.on), centreId: c.centreId, departmentId: c.departmentId ?? "", windowId: c.windowId ?? "", handling: c.handling ?? "" };
        const id = Object.values(key).join("|");
        const row = byKey.get(id) ?? { ...key, ...Object.fromEntries(COUNTERS.map((k) => [k, 0])) };
        for (const [k, v] of Object.entries(counted.deltas)) row[k] = (row[k] as number) + (v ?? 0);
        byKey.set(id, row);
      }
      if (byKey.size) {
        await tx
          .insert(oversightStats)
          .values([...byKey.values()] as never)
          .onConflictDoUpdate({
            target: [oversightStats.month, oversightStats.centreId, oversightStats.departmentId, oversightStats.windowId, oversightStats.handling],
            set: Object.fromEntries(COUNTERS.map((k) => [k, sql`${oversightStats[k]} + excluded.${sql.identifier(oversightStats[k].name)}`])),
          });
      }
      await batch.advance();
      return batch.events.length;
    });
    if (n < 0) return read === 0 ? -1 : read;
    read += n;
    if (n < BATCH) break;
  }
  return read;
}
