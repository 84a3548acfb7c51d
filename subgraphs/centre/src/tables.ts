import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stationings_window_item_uq").on(t.windowId, t.itemCode),
    index("stationings_item_idx").on(t.itemCode),
    index("stationings_centre_idx").on(t.centreId),
  ],
);
