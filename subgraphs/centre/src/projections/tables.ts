import { customType, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** PostgreSQL's 64-bit transaction id (xid8), carried as text: it exceeds a JS number's safe range. */
export const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => "xid8" });

/**
 * Where each projector of the case history stands: the last (transaction, event) it has folded in.
 * A projector claims its row with FOR UPDATE SKIP LOCKED for one batch, so any number of centre
 * processes may run it and each event is counted once.
 */
export const projectionCursors = pgTable("projection_cursors", {
  name: text("name").primaryKey(),
  /** The transaction of the last event projected ('0' before the first). */
  txid: xid8("txid").notNull().default("0"),
  eventId: integer("event_id").notNull().default(0),
  /** When the projector last caught up with every committed event: what read models say they are "as of". */
  caughtUpAt: timestamp("caught_up_at", { withTimezone: true }).notNull().defaultNow(),
});
