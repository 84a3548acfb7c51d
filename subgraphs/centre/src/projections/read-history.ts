import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";
import type { CaseEventRecord, CaseRecord } from "../cases/case-repository.ts";
import { caseEvents, cases } from "../tables.ts";
import { projectionCursors } from "./tables.ts";

export interface HistoryBatch {
  /** The history events after the cursor, in commit-safe order, each with its case as it is now. */
  events: { e: CaseEventRecord; c: CaseRecord }[];
  /** Moves the cursor past the batch; call in the same transaction as the projector's writes. */
  advance(): Promise<void>;
}

/**
 * Claims a projector's cursor for one transaction and reads the next batch of the case history.
 * null when another process holds the cursor (it is projecting the same events right now).
 *
 * Order and safety: events are read by (txid, id) and only from transactions older than the
 * oldest one still writing in this database (pg_stat_activity.backend_xid, read in a statement of
 * its own before the events are read, so every transaction below the bound has committed or
 * rolled back by then and is visible). Every later commit has a transaction id at or above the
 * bound, so nothing can appear behind the cursor; an event of a transaction still running waits
 * for the next batch. Not the server's pg_snapshot_xmin: that is held back by any long
 * transaction in any database of the server. The cursor moves in the projector's own transaction,
 * so a batch is folded in exactly once or not at all.
 */
export async function claimHistory(tx: Db, name: string, limit: number, wait = false): Promise<HistoryBatch | null> {
  await tx.insert(projectionCursors).values({ name }).onConflictDoNothing();
  const claim = tx.select().from(projectionCursors).where(sql`${projectionCursors.name} = ${name}`);
  const [cursor] = await (wait ? claim.for("update") : claim.for("update", { skipLocked: true }));
  if (!cursor) return null;
  const bound = await writersBound(tx);
  const events = await tx
    .select({ e: caseEvents, c: cases })
    .from(caseEvents)
    .innerJoin(cases, sql`${cases.id} = ${caseEvents.caseId}`)
    .where(sql`(${caseEvents.txid}, ${caseEvents.id}) > (${cursor.txid}::xid8, ${cursor.eventId}) and ${caseEvents.txid} < ${bound}::xid8`)
    .orderBy(caseEvents.txid, caseEvents.id)
    .limit(limit);
  return {
    events,
    advance: async () => {
      const last = events.at(-1)?.e;
      await tx
        .update(projectionCursors)
        .set({ ...(last ? { txid: last.txid, eventId: last.id } : {}), ...(events.length < limit ? { caughtUpAt: new Date() } : {}) })
        .where(sql`${projectionCursors.name} = ${name}`);
    },
  };
}

/**
 * The oldest transaction id (as xid8, in text) still writing in this database, this one included
 * (PGlite, one connection, lists no others). pg_stat_activity gives
 * 32-bit ids: each is widened against the current xid8 (running ids are within 2^31 of it).
 */
async function writersBound(tx: Db): Promise<string> {
  const result: any = await tx.execute(sql`
    select least(c.now, min(c.now - ((c.now % 4294967296 - a.backend_xid::text::bigint + 4294967296) % 4294967296)))::text as bound
      from (select pg_current_xact_id()::text::bigint as now) c
      left join pg_stat_activity a on a.datname = current_database() and a.backend_xid is not null
     group by c.now`);
  const rows = Array.isArray(result) ? result : result.rows;
  return rows[0].bound as string;
}

/** When a projector last caught up with the history (null: it never ran). */
export async function caughtUpAt(db: Db, name: string): Promise<Date | null> {
  const [row] = await db.select({ at: projectionCursors.caughtUpAt }).from(projectionCursors).where(sql`${projectionCursors.name} = ${name}`);
  return row?.at ?? null;
}
