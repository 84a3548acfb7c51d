import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import { claimRows } from "@wuxi/jobs";
import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { cases, notifications } from "../tables.ts";
import type { NotificationAdapter } from "./adapters.ts";

/** Retry backoff: 30 s, 1 min, 2 min … capped at an hour. Nothing is ever dropped. */
export function nextAttemptAfter(attempts: number, now: Date): Date {
  return new Date(now.getTime() + Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000));
}

/**
 * How long a claimed notification is kept from other replicas while its adapter works on it. An
 * adapter must give up well before this (its own timeout), or a slow send could be sent again.
 */
export const DELIVERY_LEASE_MS = 5 * 60_000;

/**
 * Hands the pending notifications that are due to their channel's adapter, one batch at a time.
 * A failure leaves the notification pending with its error and a later attempt time.
 * The batch is claimed first (FOR UPDATE SKIP LOCKED, leased through next_attempt_at), so replicas
 * delivering at the same moment hand each notification to its adapter once.
 */
export async function deliverPending(db: Db, adapters: NotificationAdapter[], logger: Logger, now = new Date(), batch = 100) {
  const byChannel = new Map(adapters.map((a) => [a.channel, a]));
  const claimed = (await claimRows(db, {
    table: notifications,
    id: notifications.id,
    due: and(eq(notifications.status, "PENDING"), or(isNull(notifications.nextAttemptAt), lte(notifications.nextAttemptAt, now))),
    lease: { nextAttemptAt: new Date(now.getTime() + DELIVERY_LEASE_MS) },
    limit: batch,
  })) as number[];
  if (claimed.length === 0) return { delivered: 0, failed: 0 };
  const due = await db
    .select({ n: notifications, caseNumber: cases.caseNumber })
    .from(notifications)
    .innerJoin(cases, eq(cases.id, notifications.caseId))
    .where(inArray(notifications.id, claimed))
    .orderBy(asc(notifications.id));
  let delivered = 0;
  let failed = 0;
  for (const { n, caseNumber } of due) {
    const adapter = byChannel.get(n.channel);
    try {
      if (!adapter) throw new Error(`no adapter for channel ${n.channel}`);
      await adapter.deliver({ recipient: n.recipient ?? "", text: n.message, caseNumber });
      await db.update(notifications).set({ status: "DELIVERED", deliveredAt: new Date(), attempts: sql`${notifications.attempts} + 1`, lastError: null }).where(eq(notifications.id, n.id));
      delivered += 1;
    } catch (error) {
      failed += 1;
      await db
        .update(notifications)
        .set({ attempts: n.attempts + 1, lastError: String((error as Error).message).slice(0, 500), nextAttemptAt: nextAttemptAfter(n.attempts + 1, now) })
        .where(eq(notifications.id, n.id));
      logger.warn({ channel: n.channel, notification: n.id, attempts: n.attempts + 1 }, "notification delivery failed; will retry");
    }
  }
  return { delivered, failed };
}
