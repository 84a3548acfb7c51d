import { sql } from "drizzle-orm";
import type { ItemDocument } from "@wuxi/catalogue";
import { type AnyPgColumn, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
    /** ACCEPT_ONLY | ACCEPT_AND_DECIDE */
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
