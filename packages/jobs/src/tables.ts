import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per singleton task (a reminder sweep, a department's replica sync): the replica holding
 * an unexpired lease is the only one running it. Services re-export this table so drizzle-kit puts
 * it in their own migrations (a database per subgraph).
 */
export const jobLeases = pgTable("job_leases", {
  name: text("name").primaryKey(),
  /** Which process holds it (host, pid and a random part), for the operator. */
  holder: text("holder").notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }).notNull(),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
});
