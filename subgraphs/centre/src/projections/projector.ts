import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import { sql } from "drizzle-orm";
import type { CalendarStore } from "../calendar/calendar-store.ts";
import { caseEvents } from "../tables.ts";
import { OVERSIGHT_STATS, projectOversightStats } from "./project-oversight-stats.ts";
import { caughtUpAt } from "./read-history.ts";
import { projectionCursors } from "./tables.ts";

export interface Projections {
  /** Folds in every event committed so far (one batch loop); -1 if another process was at it. */
  projectNow(): Promise<number>;
  stop(): Promise<void>;
}

/** Runs the projectors of the case history every intervalMs (0: only on demand), one run at a time. */
export function startProjections(options: { db: Db; logger: Logger; calendar: CalendarStore; intervalMs: number }): Projections {
  let chain: Promise<unknown> = Promise.resolve();
  const projectNow = () => {
    const next = chain.then(async () => projectOversightStats(options.db, await options.calendar.calendar()));
    chain = next.catch((error) => options.logger.warn({ err: error }, "projecting the case history failed"));
    return next;
  };
  const timer = options.intervalMs > 0 ? setInterval(() => void projectNow(), options.intervalMs) : undefined;
  timer?.unref();
  return {
    projectNow,
    async stop() {
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}

/** Whether a committed event is still behind the oversight-stats cursor. */
async function behind(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(caseEvents)
    .leftJoin(projectionCursors, sql`${projectionCursors.name} = ${OVERSIGHT_STATS}`)
    .where(sql`${projectionCursors.name} is null or (${caseEvents.txid}, ${caseEvents.id}) > (${projectionCursors.txid}, ${projectionCursors.eventId})`)
    .limit(1);
  return row !== undefined;
}

/**
 * Before a bulletin is compiled: folds in what the background projector has not yet, so a
 * bulletin read right after a transition counts it. Waits behind a projector already running;
 * an event of a transaction that started earlier and is still open keeps the bound back (see
 * read-history.ts), so it retries for at most `timeoutMs`, then answers with the figures as far
 * as they go (and says as of when). Returns the time the figures are as of.
 */
export async function catchUpOversightStats(db: Db, calendar: CalendarStore, timeoutMs = 3000): Promise<Date | null> {
  const deadline = Date.now() + timeoutMs;
  const cal = await calendar.calendar();
  for (;;) {
    await projectOversightStats(db, cal, { wait: true });
    if (!(await behind(db)) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return caughtUpAt(db, OVERSIGHT_STATS);
}
