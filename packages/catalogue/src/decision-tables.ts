import { date, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * 审批决定: the department's record of its decision on a case (approval or refusal with reasons).
 * The centre keeps a copy on the case; this is the record of the deciding body.
 */
export const decisions = pgTable(
  "decisions",
  {
    id: serial("id").primaryKey(),
    /** The centre's case id; one decision per case and part. */
    caseId: text("case_id").notNull(),
    caseNumber: text("case_number").notNull(),
    /** MAIN for the whole case; P1, P2 … for a department's part of a joint case (联办). */
    part: text("part").notNull().default("MAIN"),
    centreId: text("centre_id").notNull(),
    itemCode: text("item_code").notNull(),
    itemVersion: integer("item_version").notNull(),
    number: text("number").notNull(),
    /** APPROVED | REFUSED */
    outcome: text("outcome").notNull(),
    reasons: text("reasons"),
    legalBasis: text("legal_basis").notNull(),
    decidedOn: date("decided_on", { mode: "string" }).notNull(),
    decidedBy: text("decided_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("decisions_case_part_uq").on(t.caseId, t.part), uniqueIndex("decisions_number_uq").on(t.number)],
);

/** 证照: a licence or certificate issued on an approval. */
export const licences = pgTable(
  "licences",
  {
    number: text("number").primaryKey(),
    caseId: text("case_id").notNull(),
    decisionNumber: text("decision_number").notNull(),
    itemCode: text("item_code").notNull(),
    holderName: text("holder_name").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }),
    issuedBy: text("issued_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("licences_case_uq").on(t.caseId)],
);

/** Per-year counters of decision and licence numbers. */
export const departmentCounters = pgTable(
  "department_counters",
  {
    year: integer("year").notNull(),
    /** DECISION | LICENCE */
    kind: text("kind").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ name: "department_counters_pk", columns: [t.year, t.kind] })],
);

export type DecisionRow = typeof decisions.$inferSelect;
export type LicenceRow = typeof licences.$inferSelect;
