import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "@wuxi/db";
import { and, eq, sql } from "drizzle-orm";
import { jobLeases } from "./tables.ts";

/** A name for this process's claims: readable in job_leases, unique across replicas. */
export function newHolder(service: string): string {
  return `${service}@${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

export interface LeaseOptions {
  /** How long the lease protects a run that is under way; a crashed holder loses it after this. */
  ttlMs: number;
  /**
   * How long after a run the lease stays taken, so a periodic task runs once per interval across all
   * replicas rather than once per replica; 0 releases it at once (a run asked for on demand).
   */
  keepMs?: number;
}

export type LeasedRun<T> = { ran: true; value: T } | { ran: false; holder: string };

/**
 * Runs `work` only if this holder can take the named lease (free, expired, or already its own).
 * Times are the database's clock, the one every replica shares.
 */
export async function runLeased<T>(db: Db, name: string, holder: string, options: LeaseOptions, work: () => Promise<T>): Promise<LeasedRun<T>> {
  const until = sql`now() + ${`${options.ttlMs} milliseconds`}::interval`;
  const taken = await db
    .insert(jobLeases)
    .values({ name, holder, lockedUntil: until })
    .onConflictDoUpdate({
      target: jobLeases.name,
      set: { holder, lockedUntil: until },
      setWhere: sql`${jobLeases.lockedUntil} < now() or ${jobLeases.holder} = ${holder}`,
    })
    .returning({ name: jobLeases.name });
  if (taken.length === 0) {
    const [row] = await db.select({ holder: jobLeases.holder }).from(jobLeases).where(eq(jobLeases.name, name));
    return { ran: false, holder: row?.holder ?? "" };
  }
  try {
    const value = await work();
    await settle(db, name, holder, sql`now() + ${`${options.keepMs ?? 0} milliseconds`}::interval`);
    return { ran: true, value };
  } catch (error) {
    // A failed run gives the task back at once: another replica may succeed where this one did not.
    await settle(db, name, holder, sql`now()`).catch(() => {});
    throw error;
  }
}

async function settle(db: Db, name: string, holder: string, until: ReturnType<typeof sql>) {
  await db
    .update(jobLeases)
    .set({ lockedUntil: until, lastRunAt: sql`now()` })
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)));
}
