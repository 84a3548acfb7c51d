import { sql } from "drizzle-orm";
import type { ItemDocument } from "@wuxi/catalogue";
import { chainColumns } from "@wuxi/db";
import { xid8 } from "./projections/tables.ts";
import { type AnyPgColumn, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** A service centre (行政服务中心) of the three-tier network; id is the division code. */
export const centres = pgTable(
  "centres",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** CITY | COUNTY | TOWNSHIP */
    tier: text("tier").notNull(),
    /** CITY | DISTRICT | COUNTY_CITY | TOWN | STREET */
    divisionType: text("division_type").notNull(),
    parentId: text("parent_id").references((): AnyPgColumn => centres.id, { onDelete: "restrict" }),
    address: text("address").notNull(),
    hours: text("hours").notNull(),
    phone: text("phone").notNull(),
    /** 代办服务: whether the centre's agents (代办员) offer free full-process agency. */
    agentService: boolean("agent_service").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("centres_parent_idx").on(t.parentId),
    check("centres_tier_ck", sql`${t.tier} in ('CITY', 'COUNTY', 'TOWNSHIP')`),
    check("centres_city_is_root_ck", sql`(${t.tier} = 'CITY') = (${t.parentId} is null)`),
  ],
);

/** A counter in a centre: a department's, a comprehensive one, or the centre's one charge window. */
export const windows = pgTable(
  "windows",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    number: text("number").notNull(),
    name: text("name").notNull(),
    /** DEPARTMENT | COMPREHENSIVE | CHARGE */
    kind: text("kind").notNull(),
    /** Set for a department window only. */
    departmentId: text("department_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("windows_centre_number_uq").on(t.centreId, t.number),
    // 扎口收费: one charge window per centre.
    uniqueIndex("windows_one_charge_window_uq").on(t.centreId).where(sql`kind = 'CHARGE'`),
    check("windows_department_ck", sql`(${t.kind} = 'DEPARTMENT') = (${t.departmentId} is not null)`),
  ],
);

/** 进驻: an item accepted at a window of a centre, with the authority delegated to that window. */
export const stationings = pgTable(
  "stationings",
  {
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    windowId: text("window_id")
      .notNull()
      .references(() => windows.id, { onDelete: "restrict" }),
    itemCode: text("item_code").notNull(),
    departmentId: text("department_id").notNull(),
    /**
     * ACCEPT_ONLY | ACCEPT_AND_DECIDE | DECIDE_ONLY. DECIDE_ONLY: the deciding tier of an escalated
     * item (上报件) that it does not accept itself takes the cases forwarded from the tiers below.
     */
    authority: text("authority").notNull(),
    /** 预约服务: whether applicants may book a time at the window. */
    appointment: boolean("appointment").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stationings_window_item_uq").on(t.windowId, t.itemCode),
    index("stationings_item_idx").on(t.itemCode),
    index("stationings_centre_idx").on(t.centreId),
  ],
);

/** 持证上岗: staff of a centre with their certificate; a window is staffed by certified staff only. */
export const certifiedStaff = pgTable(
  "certified_staff",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    certificateNumber: text("certificate_number").notNull(),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("certified_staff_certificate_uq").on(t.certificateNumber), index("certified_staff_centre_idx").on(t.centreId)],
);

/** Which certified staff work at which window. */
export const windowStaff = pgTable(
  "window_staff",
  {
    windowId: text("window_id")
      .notNull()
      .references(() => windows.id, { onDelete: "cascade" }),
    staffId: text("staff_id")
      .notNull()
      .references(() => certifiedStaff.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ name: "window_staff_pk", columns: [t.windowId, t.staffId] })],
);

/**
 * The centre's replica of every published item version, fed from each department's change feed,
 * so that guides and intake keep working while a department subgraph is down. A case records the
 * version it was accepted under; the replica is where the centre reads it.
 */
export const itemReplica = pgTable(
  "item_replica",
  {
    code: text("code").notNull(),
    version: integer("version").notNull(),
    departmentId: text("department_id").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    name: text("name").notNull(),
    document: jsonb("document").$type<ItemDocument>().notNull(),
    replicatedAt: timestamp("replicated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "item_replica_pk", columns: [t.code, t.version] }),
    index("item_replica_in_force_idx").on(t.code, t.effectiveFrom),
  ],
);

/** Cancellations (取消) replicated from the departments: from this date the item is not accepted. */
export const itemCancellations = pgTable("item_cancellations", {
  code: text("code").primaryKey(),
  departmentId: text("department_id").notNull(),
  cancelledFrom: date("cancelled_from", { mode: "string" }).notNull(),
});

/** The durable cursor of each department's change feed: the last sequence applied. */
export const replicaCursors = pgTable("replica_cursors", {
  departmentId: text("department_id").primaryKey(),
  sequence: integer("sequence").notNull(),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * 办件: one application for one item by one applicant, from intake to conclusion. Every row carries
 * its centre (the shard key); the case number is unique per centre and year.
 */
/** The states of a case still in someone's hands: what a window's queue shows. */
export const OPEN_CASE_STATES = ["RECEIVED", "AWAITING_SUPPLEMENT", "ACCEPTED", "SUSPENDED", "FORWARDED", "APPROVED", "AWAITING_HANDOVER"];
/**
 * The same list as SQL literals, not parameters: a partial index is used only when the query's own
 * predicate proves the index's, and a parameter (in a prepared statement's generic plan) proves nothing.
 */
export const OPEN_STATES_SQL = sql.raw(`(${OPEN_CASE_STATES.map((s) => `'${s}'`).join(", ")})`);

export const cases = pgTable(
  "cases",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    caseNumber: text("case_number").notNull(),
    /** Printed on the receipt; with the case number it lets the applicant look the case up. */
    queryCode: text("query_code").notNull(),
    windowId: text("window_id")
      .notNull()
      .references(() => windows.id, { onDelete: "restrict" }),
    itemCode: text("item_code").notNull(),
    /** The exact item version the case is handled under (the replica holds its content). */
    itemVersion: integer("item_version").notNull(),
    departmentId: text("department_id").notNull(),
    itemName: text("item_name").notNull(),
    /** IMMEDIATE | PROMISED | JOINT | ESCALATED, from the item version. */
    handling: text("handling").notNull(),
    /**
     * RECEIVED | AWAITING_SUPPLEMENT | NOT_ACCEPTED | ACCEPTED | SUSPENDED | FORWARDED | APPROVED |
     * AWAITING_HANDOVER | CONCLUDED | REFUSED
     */
    state: text("state").notNull(),
    /** PERSON | ORGANISATION */
    applicantKind: text("applicant_kind").notNull(),
    applicantName: text("applicant_name").notNull(),
    /** Resident ID number or unified social credit code: personal data, masked on read. */
    applicantIdentifier: text("applicant_identifier").notNull(),
    applicantPhone: text("applicant_phone").notNull(),
    applicantContact: text("applicant_contact"),
    agentId: text("agent_id"),
    clerkId: text("clerk_id").notNull(),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    acceptedOn: date("accepted_on", { mode: "string" }),
    /** Art. 32: no notice within 5 working days of receipt, so accepted from the day of receipt. */
    deemedAccepted: boolean("deemed_accepted").notNull().default(false),
    /** Working days the case has: the promised limit of its version (0 for 即办件). */
    limitDays: integer("limit_days").notNull(),
    statutoryDays: integer("statutory_days").notNull(),
    extensionDays: integer("extension_days").notNull().default(0),
    /** Recomputed on every clock event from acceptance, pauses and extension; null while paused. */
    deadline: date("deadline", { mode: "string" }),
    decidedOn: date("decided_on", { mode: "string" }),
    /** APPROVED | REFUSED */
    outcome: text("outcome"),
    decision: jsonb("decision").$type<CaseDecision>(),
    /** Art. 44: the licence is due within 10 working days of the decision. */
    licenceDue: date("licence_due", { mode: "string" }),
    licence: jsonb("licence").$type<CaseLicence>(),
    concludedOn: date("concluded_on", { mode: "string" }),
    /** The clerk's checklist of the submitted materials at the last review. */
    materials: jsonb("materials").$type<MaterialCheck[]>().notNull(),
    idempotencyKey: text("idempotency_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("cases_centre_number_uq").on(t.centreId, t.caseNumber),
    uniqueIndex("cases_centre_idempotency_uq").on(t.centreId, t.idempotencyKey),
    // The window queue (CaseRepository.queue): only open cases, already in the queue's order, so
    // the first 50 are the first 50 index entries at any table size (no sort of the window's cases).
    index("cases_window_open_idx")
      .on(t.windowId, t.deadline.asc().nullsLast(), t.caseNumber)
      .where(sql`${t.state} in ${OPEN_STATES_SQL}`),
    index("cases_centre_state_idx").on(t.centreId, t.state),
    index("cases_agent_idx").on(t.agentId),
    // An approver's queue (departmentQueue) spans every centre: their department's open cases by deadline.
    index("cases_department_queue_idx").on(t.departmentId, t.state, t.deadline),
  ],
);

export interface MaterialCheck {
  name: string;
  /** PROVIDED | MISSING | DEFECTIVE */
  status: "PROVIDED" | "MISSING" | "DEFECTIVE";
  note?: string | null;
}

/** The department's decision as the centre keeps it; the department's subgraph holds the record. */
export interface CaseDecision {
  number: string;
  outcome: "APPROVED" | "REFUSED";
  decidedOn: string;
  decidedBy: string;
  reasons: string | null;
  legalBasis: string;
}

export interface CaseLicence {
  number: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
}

/** 办件历史: every transition, written in the same transaction as the change. */
export const caseEvents = pgTable(
  "case_events",
  {
    id: serial("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    centreId: text("centre_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** The civil date (Asia/Shanghai) the event counts on. */
    on: date("on", { mode: "string" }).notNull(),
    actorId: text("actor_id").notNull(),
    actorRole: text("actor_role").notNull(),
    windowId: text("window_id"),
    action: text("action").notNull(),
    fromState: text("from_state"),
    toState: text("to_state").notNull(),
    reason: text("reason"),
    data: jsonb("data").$type<Record<string, unknown>>(),
    // Tamper evidence (issue 14): the centre's history is one hash chain, linked by the database.
    ...chainColumns(),
    /**
     * The writing transaction. Projectors read the history in (txid, id) order and only below the
     * oldest transaction still running, so an event committed late is never skipped (a serial id
     * alone is taken at insert, not at commit). See projections/read-history.ts.
     */
    txid: xid8("txid").notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index("case_events_case_idx").on(t.caseId, t.id),
    uniqueIndex("case_events_chain_uq").on(t.centreId, t.chainSeq),
    index("case_events_txid_idx").on(t.txid, t.id),
  ],
);

/** 特别程序: a span during which the clock stops (Art. 45). */
export const caseSuspensions = pgTable(
  "case_suspensions",
  {
    id: serial("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The part whose clock stops (a joint part or a tier's part); null for a case without parts. */
    partId: text("part_id").references((): AnyPgColumn => caseParts.id, { onDelete: "cascade" }),
    procedure: text("procedure").notNull(),
    fromDate: date("from_date", { mode: "string" }).notNull(),
    toDate: date("to_date", { mode: "string" }),
    /** Working days the applicant was told the procedure will take. */
    expectedDays: integer("expected_days").notNull(),
    reason: text("reason").notNull(),
  },
  (t) => [index("case_suspensions_case_idx").on(t.caseId)],
);

/** 书面通知: every written notice, numbered per centre and year, rendered to PDF from its content. */
export const notices = pgTable(
  "notices",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    centreId: text("centre_id").notNull(),
    kind: text("kind").notNull(),
    number: text("number").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    /** The document as printed (a DocumentSpec), frozen at issue. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    /** Where its PDF is stored (documents/notice-documents.ts); null until the renderer has stored it. */
    documentKey: text("document_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("notices_centre_number_uq").on(t.centreId, t.number),
    index("notices_case_idx").on(t.caseId),
    // The renderer's work list: only the few notices not yet rendered are in it.
    index("notices_unrendered_idx").on(t.createdAt).where(sql`${t.documentKey} is null`),
  ],
);

/** Per-centre, per-year counters of case and notice numbers: no cross-centre sequence on the hot path. */
export const numberCounters = pgTable(
  "number_counters",
  {
    centreId: text("centre_id").notNull(),
    year: integer("year").notNull(),
    /** CASE | NOTICE */
    kind: text("kind").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ name: "number_counters_pk", columns: [t.centreId, t.year, t.kind] })],
);

/** The holiday calendar (Art. 82): one row per year, with the State Council notice it comes from. */
export const holidayYears = pgTable("holiday_years", {
  year: integer("year").primaryKey(),
  source: text("source").notNull(),
  /** A YearCalendar document: holidays and make-up working days. */
  calendar: jsonb("calendar").$type<Record<string, unknown>>().notNull(),
  loadedBy: text("loaded_by").notNull(),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});

/** 责任追究: violations the system detected, each with its evidence. */
export const violations = pgTable(
  "violations",
  {
    id: serial("id").primaryKey(),
    centreId: text("centre_id").notNull(),
    caseId: text("case_id"),
    kind: text("kind").notNull(),
    actorId: text("actor_id").notNull(),
    actorRole: text("actor_role").notNull(),
    windowId: text("window_id"),
    detectedAt: timestamp("detected_at", { withTimezone: true }).notNull().defaultNow(),
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index("violations_centre_idx").on(t.centreId, t.detectedAt)],
);

/**
 * 提示服务: one notification per applicant-facing event and channel, written in the same transaction
 * as the event. The outbox channel is the centre's own message box (read by the status lookup and the
 * consoles); other channels (SMS, mail) are delivered by adapters and retried until delivered.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: serial("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    centreId: text("centre_id").notNull(),
    /** ACCEPTED | ONE_TIME_NOTICE | NOT_ACCEPTED | SUSPENDED | RESUMED | EXTENDED | FORWARDED | APPROVED | BILL_DUE | PAID | REFUSED | LICENCE_ISSUED | CONCLUDED */
    event: text("event").notNull(),
    /** OUTBOX | SMS | … */
    channel: text("channel").notNull(),
    /** Where an adapter delivers it (a phone for SMS); null for the outbox. Personal data. */
    recipient: text("recipient"),
    message: text("message").notNull(),
    /** PENDING | DELIVERED */
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_case_idx").on(t.caseId, t.id),
    index("notifications_pending_idx").on(t.status, t.nextAttemptAt),
  ],
);

/** 代办员: a centre's free, full-process agent, with the training the centre gave them. */
export const agents = pgTable(
  "agents",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    phone: text("phone").notNull(),
    /** [{ course, completedOn, hours }] */
    trainings: jsonb("trainings").$type<AgentTraining[]>().notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agents_centre_idx").on(t.centreId)],
);

export interface AgentTraining {
  course: string;
  completedOn: string;
  hours: number;
}

/**
 * 办件环节: one department's part of a joint case (联办件: the lead and each co-department), or one
 * tier's part of an escalated case (上报件: the accepting centre's preliminary review 初审, then the
 * deciding tier's decision). Each part has its handler, its clock and its outcome; the case row
 * stays with the accepting centre (the shard key), its parts name the centre that handles them.
 */
export const caseParts = pgTable(
  "case_parts",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The case's (accepting) centre. */
    caseCentreId: text("case_centre_id").notNull(),
    /** 1, 2 …: the lead part first; a tier's parts in the order the case travelled. */
    seq: integer("seq").notNull(),
    /** JOINT_LEAD | JOINT_CO | REVIEW | DECISION */
    kind: text("kind").notNull(),
    /** The centre that handles the part: the accepting centre, or the upper tier's for a DECISION part. */
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    /** The window that handles the part, where the centre has one for its department. */
    windowId: text("window_id").references(() => windows.id, { onDelete: "restrict" }),
    departmentId: text("department_id").notNull(),
    /** OPEN | SUSPENDED | APPROVED | REFUSED | FORWARDED | CLOSED */
    state: text("state").notNull(),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    limitDays: integer("limit_days").notNull(),
    /** Recomputed with the part's pauses; null while the part is suspended. */
    deadline: date("deadline", { mode: "string" }),
    concludedOn: date("concluded_on", { mode: "string" }),
    /** Concluded (decided, forwarded) after its deadline. */
    late: boolean("late").notNull().default(false),
    /** Who concluded it: the approver who decided, the clerk who forwarded. */
    handlerId: text("handler_id"),
    /** 初审意见 of a REVIEW part, or the reasons of a part's decision. */
    opinion: text("opinion"),
    decision: jsonb("decision").$type<CaseDecision>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("case_parts_case_seq_uq").on(t.caseId, t.seq),
    index("case_parts_window_queue_idx").on(t.windowId, t.state, t.deadline),
    index("case_parts_centre_state_idx").on(t.centreId, t.state),
    // A department's open joint parts across centres, for its approvers' queue.
    index("case_parts_department_queue_idx").on(t.departmentId, t.state, t.deadline),
  ],
);

/**
 * 提示服务 for staff: a case or part near its deadline (APPROACHING: on the last working day before
 * it, by default) or past it (OVERDUE), for the window handling it and the lead window. Written once
 * per case, part, kind, deadline and window by the reminder sweep.
 */
export const staffReminders = pgTable(
  "staff_reminders",
  {
    id: serial("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    /** The part's id, or "" for the case's own clock (so the unique index covers both). */
    partKey: text("part_key").notNull(),
    /** APPROACHING | OVERDUE | CHASE (督办: the lead window chasing a joint part) */
    kind: text("kind").notNull(),
    deadline: date("deadline", { mode: "string" }).notNull(),
    /** The centre whose staff see it. */
    centreId: text("centre_id").notNull(),
    /** Null for a part whose department has no window at the centre: its approvers see it. */
    windowId: text("window_id"),
    departmentId: text("department_id").notNull(),
    /** HANDLER (the window holding the case or part) | LEAD (the accepting window following it). */
    recipient: text("recipient").notNull(),
    message: text("message").notNull(),
    createdOn: date("created_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staff_reminders_once_uq").on(t.caseId, t.partKey, t.kind, t.deadline, t.windowId).where(sql`kind <> 'CHASE'`),
    index("staff_reminders_window_idx").on(t.windowId, t.createdOn),
    index("staff_reminders_department_idx").on(t.departmentId, t.createdOn),
  ],
);
export * from "./charges/tables.ts";
export * from "./oversight/tables.ts";
// Leases of the singleton background tasks (packages/jobs), in the centre's own database.
export { jobLeases } from "@wuxi/jobs";
export * from "./privacy/tables.ts";
export * from "./projections/tables.ts";
