import type { Db } from "@wuxi/db";
import { startPeriodic } from "@wuxi/jobs";
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
 * The timer's polls take the "replica-sync" lease, so N centre replicas poll once per interval in
 * all; applying a batch twice is harmless anyway (versions are inserted once, the cursor is set).
 */
export function startReplicaSync(options: {
  db: Db;
  holder: string;
  feeds: Record<string, FetchChanges>;
  intervalMs: number;
  logger: Logger;
  onRun?: (name: string, ms: number, ok: boolean) => void;
}): ReplicaSync {
  const { db, feeds, logger } = options;
  const down = new Set<string>();

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
  const periodic = startPeriodic({
    db,
    name: "replica-sync",
    holder: options.holder,
    intervalMs: options.intervalMs,
    ttlMs: 60_000,
    run: syncAll,
    onError: (error) => logger.warn({ err: error }, "replica sync failed"),
    onRun: options.onRun,
  });
  // A replica starting up fills what it can at once, lease or not.
  void periodic.runNow().catch(() => {});
  return { syncNow: periodic.runNow, stop: periodic.stop };
}
