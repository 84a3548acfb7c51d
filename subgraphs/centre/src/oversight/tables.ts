import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { ScoringWeights } from "./scoring.ts";

/**
 * 效能电子监察 settings of a centre, set by its manager: when lights turn yellow, how long complaints
 * and rating follow-ups may take, and the weights of the ranking it publishes. No row: the defaults.
 */
export const oversightSettings = pgTable(
  "oversight_settings",
  {
    centreId: text("centre_id").primaryKey(),
    /** Yellow this many working days before the due date (null when a share is used). */
    yellowDays: integer("yellow_days"),
    /** Yellow in the last N percent of the limit (null when days are used). */
    yellowSharePercent: integer("yellow_share_percent"),
    /** Working days a complaint may take from assignment to reply. */
    complaintDays: integer("complaint_days").notNull().default(10),
    /** Working days to follow up and rectify an unsatisfied rating. */
    rectifyDays: integer("rectify_days").notNull().default(5),
    scoring: jsonb("scoring").$type<ScoringWeights>(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("oversight_settings_one_threshold_ck", sql`(${t.yellowDays} is null) <> (${t.yellowSharePercent} is null)`)],
);

/**
 * 监察时钟: every running clock of an open case, one row per duty (DEADLINE 办结期限, NOTICE 一次性告知
 * 5日, LICENCE 第四十四条制证送达), rewritten by recordTransition in the transition's transaction. The
 * lights are read from here, never from a scan of cases. `part` is '' for the case itself; joint and
 * tier parts take their own key (P1, P2 …, the part's sequence).
 */
export const clockWatches = pgTable(
  "clock_watches",
  {
    caseId: text("case_id").notNull(),
    part: text("part").notNull().default(""),
    /** DEADLINE | NOTICE | LICENCE | FORWARD (上报件初审, Art. 43) */
    kind: text("kind").notNull(),
    centreId: text("centre_id").notNull(),
    departmentId: text("department_id").notNull(),
    windowId: text("window_id").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    limitDays: integer("limit_days").notNull(),
    /** Who holds the case now: WINDOW (its clerk) or DEPARTMENT (its approvers). */
    holderKind: text("holder_kind").notNull(),
    holderId: text("holder_id").notNull(),
  },
  (t) => [
    primaryKey({ name: "clock_watches_pk", columns: [t.caseId, t.part, t.kind] }),
    index("clock_watches_centre_due_idx").on(t.centreId, t.dueOn),
    index("clock_watches_department_due_idx").on(t.departmentId, t.dueOn),
  ],
);

/**
 * 办件统计: the incremental roll-up behind bulletins and rankings, one row per month, centre,
 * department, window and handling regime, incremented in the same transaction as the transition,
 * violation, complaint or rating it counts. '' stands for "none" in the key (a complaint against a
 * person has no department). Quarters, years, departments, centres and tiers are sums of these rows.
 */
export const oversightStats = pgTable(
  "oversight_stats",
  {
    month: date("month", { mode: "string" }).notNull(),
    centreId: text("centre_id").notNull(),
    departmentId: text("department_id").notNull(),
    windowId: text("window_id").notNull(),
    handling: text("handling").notNull(),
    accepted: integer("accepted").notNull().default(0),
    notAccepted: integer("not_accepted").notNull().default(0),
    /** Decided (approved or refused): 办结. */
    concluded: integer("concluded").notNull().default(0),
    onTime: integer("on_time").notNull().default(0),
    late: integer("late").notNull().default(0),
    /** Working days used, pauses excluded, summed over the concluded cases. */
    usedDays: integer("used_days").notNull().default(0),
    /** Working days promised (limit plus extension), summed over the concluded cases. */
    promisedDays: integer("promised_days").notNull().default(0),
    licenceLate: integer("licence_late").notNull().default(0),
    violations: integer("violations").notNull().default(0),
    complaints: integer("complaints").notNull().default(0),
    /** Ratings per level: 非常满意, 满意, 基本满意, 不满意, 非常不满意. */
    rated1: integer("rated_1").notNull().default(0),
    rated2: integer("rated_2").notNull().default(0),
    rated3: integer("rated_3").notNull().default(0),
    rated4: integer("rated_4").notNull().default(0),
    rated5: integer("rated_5").notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "oversight_stats_pk", columns: [t.month, t.centreId, t.departmentId, t.windowId, t.handling] }),
    index("oversight_stats_centre_month_idx").on(t.centreId, t.month),
  ],
);

/** 投诉: a complaint from the phone line, the box, online or in person, with its handling. */
export const complaints = pgTable(
  "complaints",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id").notNull(),
    /** PHONE | BOX | ONLINE | IN_PERSON */
    channel: text("channel").notNull(),
    /** WINDOW | PERSON | CASE */
    againstKind: text("against_kind").notNull(),
    windowId: text("window_id"),
    /** The member of staff complained about (their id or name as the complainant gave it). */
    person: text("person"),
    caseId: text("case_id"),
    departmentId: text("department_id"),
    content: text("content").notNull(),
    complainantName: text("complainant_name"),
    /** Personal data: shown to the centre's supervisors only. */
    complainantPhone: text("complainant_phone"),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    recordedBy: text("recorded_by").notNull(),
    /** RECEIVED | ASSIGNED | REPLIED | CLOSED */
    state: text("state").notNull(),
    assignedTo: text("assigned_to"),
    assignedOn: date("assigned_on", { mode: "string" }),
    handlingDays: smallint("handling_days"),
    dueOn: date("due_on", { mode: "string" }),
    reply: text("reply"),
    repliedOn: date("replied_on", { mode: "string" }),
    repliedBy: text("replied_by"),
    /** SATISFIED | UNSATISFIED: the complainant's feedback at closing. */
    feedback: text("feedback"),
    feedbackNote: text("feedback_note"),
    closedOn: date("closed_on", { mode: "string" }),
  },
  (t) => [
    index("complaints_centre_state_idx").on(t.centreId, t.state, t.dueOn),
    check("complaints_target_ck", sql`(${t.againstKind} <> 'WINDOW' or ${t.windowId} is not null) and (${t.againstKind} <> 'PERSON' or ${t.person} is not null) and (${t.againstKind} <> 'CASE' or ${t.caseId} is not null)`),
  ],
);

/** 好差评: the applicant's rating of a concluded case, once per case, and its follow-up. */
export const ratings = pgTable(
  "ratings",
  {
    id: serial("id").primaryKey(),
    caseId: text("case_id").notNull(),
    centreId: text("centre_id").notNull(),
    departmentId: text("department_id").notNull(),
    windowId: text("window_id").notNull(),
    /** VERY_SATISFIED | SATISFIED | BASICALLY_SATISFIED | UNSATISFIED | VERY_UNSATISFIED */
    level: text("level").notNull(),
    comment: text("comment"),
    ratedOn: date("rated_on", { mode: "string" }).notNull(),
    /** Set for an unsatisfied rating: the follow-up and rectification are due by then. */
    rectifyDue: date("rectify_due", { mode: "string" }),
    rectifyDays: smallint("rectify_days"),
    followUp: text("follow_up"),
    followedBy: text("followed_by"),
    rectifiedOn: date("rectified_on", { mode: "string" }),
  },
  (t) => [uniqueIndex("ratings_case_uq").on(t.caseId), index("ratings_centre_due_idx").on(t.centreId, t.rectifyDue)],
);

/** 乡镇(街道)便民服务中心建设标准(附件): an assessment of a township centre by the tier above. */
export const standardAssessments = pgTable(
  "standard_assessments",
  {
    id: serial("id").primaryKey(),
    centreId: text("centre_id").notNull(),
    assessedByCentre: text("assessed_by_centre").notNull(),
    assessedBy: text("assessed_by").notNull(),
    assessedOn: date("assessed_on", { mode: "string" }).notNull(),
    officeAreaM2: integer("office_area_m2").notNull(),
    /** Each criterion of the annex: { met, evidence }. */
    criteria: jsonb("criteria").$type<Record<string, { met: boolean; evidence: string | null }>>().notNull(),
    /** Criteria met / criteria assessed, in basis points (10000 = all met). */
    shareMet: integer("share_met").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("standard_assessments_centre_idx").on(t.centreId, t.assessedOn)],
);
