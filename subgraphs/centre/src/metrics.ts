import type { Db } from "@wuxi/db";
import type { ServiceMetrics } from "@wuxi/service-kit";
import { sql } from "drizzle-orm";
import { OVERSIGHT_STATS } from "./projections/project-oversight-stats.ts";

type Row = Record<string, unknown>;
const rowsOf = (result: unknown) => ((result as { rows?: Row[] }).rows ?? result) as Row[];

/**
 * What an operator watches on the centre besides requests: the notification queue (depth and the
 * age of its oldest pending message), how far behind each department's replica is, and how far
 * the history projector (the oversight roll-up) is behind the case history.
 */
export function observeCentre(db: Db, metrics: ServiceMetrics): void {
  metrics.gauge("job_queue_depth", "Pending background work, by queue", ["queue"], async (set) => {
    const [row] = rowsOf(await db.execute(sql`select count(*)::int as n from notifications where status = 'PENDING'`));
    set({ queue: "notifications" }, Number(row?.n ?? 0));
  });
  metrics.gauge("job_queue_oldest_age_seconds", "Age of the oldest pending item, by queue (0 when empty)", ["queue"], async (set) => {
    const [row] = rowsOf(
      await db.execute(sql`select coalesce(extract(epoch from now() - min(created_at)), 0)::float as age from notifications where status = 'PENDING'`),
    );
    set({ queue: "notifications" }, Number(row?.age ?? 0));
  });
  metrics.gauge("replica_lag_seconds", "Time since the item replica last caught up with a department's change feed", ["department"], async (set) => {
    for (const row of rowsOf(await db.execute(sql`select department_id, extract(epoch from now() - synced_at)::float as lag from replica_cursors`))) {
      set({ department: String(row.department_id) }, Number(row.lag));
    }
  });
  // The age of the first event the projector has not folded in, 0 when caught up: one index step
  // on (txid, id) after its cursor, however long the backlog.
  metrics.gauge("projector_lag_seconds", "Age of the oldest case event not yet folded into a read model (0 when caught up)", ["projector"], async (set) => {
    const [row] = rowsOf(
      await db.execute(sql`
        select coalesce(extract(epoch from now() - (
          select e.at from case_events e
           where (e.txid, e.id) > (coalesce(c.txid, '0'::xid8), coalesce(c.event_id, 0))
           order by e.txid, e.id limit 1)), 0)::float as lag
          from (select 1) one left join projection_cursors c on c.name = ${OVERSIGHT_STATS}`),
    );
    set({ projector: OVERSIGHT_STATS }, Math.max(0, Number(row?.lag ?? 0)));
  });
}
