import type { Db } from "@wuxi/db";
import type { Logger } from "@wuxi/service-kit";
import { applyChanges, cursorOf } from "./apply-changes.ts";
import type { FetchChanges } from "./department-feed.ts";

/** Pulls a department's changes after the durable cursor until the feed is drained; returns how many. */
export async function syncDepartment(db: Db, departmentId: string, fetchChanges: FetchChanges): Promise<number> {
  let applied = 0;
  for (;;) {
    const after = await cursorOf(db, departmentId);
    const batch = await fetchChanges(after);
    if (batch.changes.length === 0) return applied;
    await applyChanges(db, departmentId, batch.changes, batch.cursor);
    applied += batch.changes.length;
  }
}

export interface ReplicaSync {
  /** Syncs every department now; departments that are down are skipped and retried next time. */
  syncNow(): Promise<Record<string, number | "unreachable">>;
  stop(): Promise<void>;
}

/**
 * Keeps the replica current by polling each department's feed. A department that is down is logged
 * once per outage and caught up after it returns; the centre keeps serving from what it holds.
 */
export function startReplicaSync(options: {
  db: Db;
  feeds: Record<string, FetchChanges>;
  intervalMs: number;
  logger: Logger;
}): ReplicaSync {
  const { db, feeds, logger } = options;
  const down = new Set<string>();
  // Syncs run one after another; a sync asked for now starts after the one under way, so it sees
  // every change committed before it was asked for.
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;

  const syncAll = async () => {
    const result: Record<string, number | "unreachable"> = {};
    await Promise.all(
      Object.entries(feeds).map(async ([departmentId, fetchChanges]) => {
        try {
          result[departmentId] = await syncDepartment(db, departmentId, fetchChanges);
          if (down.delete(departmentId)) logger.info({ departmentId }, "department feed reachable again");
          if (result[departmentId]) logger.info({ departmentId, applied: result[departmentId] }, "replica caught up");
        } catch (error) {
          result[departmentId] = "unreachable";
          if (!down.has(departmentId)) logger.warn({ departmentId, err: (error as Error).message }, "department feed unreachable; serving from the replica");
          down.add(departmentId);
        }
      }),
    );
    return result;
  };
  const syncNow = () => {
    pending += 1;
    const next = chain.then(syncAll).finally(() => {
      pending -= 1;
    });
    chain = next.catch(() => {});
    return next;
  };
  const timer = options.intervalMs > 0 ? setInterval(() => pending === 0 && void syncNow(), options.intervalMs) : undefined;
  timer?.unref();
  void syncNow();
  return {
    syncNow,
    async stop() {
      if (timer) clearInterval(timer);
      await chain;
    },
  };
}
