import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * PIPL access log: one row each time someone was shown an applicant's full ID number or phone.
 * Append-only; kept as long as the case history (docs/security.md, retention).
 */
export const personalDataReads = pgTable(
  "personal_data_reads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: text("case_id").notNull(),
    caseNumber: text("case_number").notNull(),
    // The case's centre: whose supervisors list the reading.
    centreId: text("centre_id").notNull(),
    actorId: text("actor_id").notNull(),
    actorRole: text("actor_role").notNull(),
    windowId: text("window_id"),
    departmentId: text("department_id"),
    fields: jsonb("fields").$type<string[]>().notNull(),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("personal_data_reads_centre_idx").on(t.centreId, t.readAt), index("personal_data_reads_case_idx").on(t.caseId)],
);
