import type { Db } from "@wuxi/db";
import { asc, inArray, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

export interface ClaimOptions {
  table: PgTable;
  /** The table's key; the claimed keys are returned. */
  id: PgColumn;
  /** Which rows are due (must exclude rows whose lease has not expired). */
  due: SQL | undefined;
  /** What the claim writes to lease the rows, e.g. `{ nextAttemptAt: until }` (drizzle property names). */
  lease: Record<string, unknown>;
  limit: number;
}

/**
 * Claims up to `limit` due rows for this replica: locked with FOR UPDATE SKIP LOCKED, so replicas
 * claiming at the same moment get disjoint rows, and leased by writing `lease` (a time the due condition tests), so the
 * rows stay out of every other claim until the lease ends (and come back if the claimer dies).
 */
export async function claimRows(db: Db, options: ClaimOptions): Promise<unknown[]> {
  const due = db
    .select({ id: options.id })
    .from(options.table)
    .where(options.due)
    .orderBy(asc(options.id))
    .limit(options.limit)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(options.table)
    .set(options.lease as never)
    .where(inArray(options.id, due))
    .returning({ id: options.id });
  return claimed.map((r) => (r as { id: unknown }).id);
}
