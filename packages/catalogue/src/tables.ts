import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { chainColumns } from "@wuxi/db";
import type { ItemDocument } from "./item-document.ts";

/** An item of the department's catalogue; its content lives in its versions. */
export const items = pgTable("items", {
  code: text("code").primaryKey(),
  /** 取消: from this date (Asia/Shanghai) the item may no longer be accepted or approved. */
  cancelledFrom: date("cancelled_from", { mode: "string" }),
  cancelReason: text("cancel_reason"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One version of an item's implementation list. A draft may be edited; a published version never
 * changes, because a case points at the exact version it was accepted under. Which published
 * version is in force on a date is derived (the highest one already effective), not stored.
 */
export const itemVersions = pgTable(
  "item_versions",
  {
    id: serial("id").primaryKey(),
    itemCode: text("item_code")
      .notNull()
      .references(() => items.code, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    /** DRAFT | PUBLISHED */
    state: text("state").notNull(),
    /** Set when published; effective dates increase with the version number. */
    effectiveFrom: date("effective_from", { mode: "string" }),
    /** Copied out of the document for filtering and search; the document is the source of truth. */
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    handling: text("handling").notNull(),
    document: jsonb("document").$type<ItemDocument>().notNull(),
    /** sha-256 of the canonical content, so re-importing the same content changes nothing. */
    contentHash: text("content_hash").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("item_versions_code_version_uq").on(t.itemCode, t.version),
    // One open draft per item at a time.
    uniqueIndex("item_versions_one_draft_uq").on(t.itemCode).where(sql`state = 'DRAFT'`),
    index("item_versions_in_force_idx").on(t.itemCode, t.state, t.effectiveFrom),
  ],
);

/**
 * The catalogue's change feed, written in the same transaction as each publication or cancellation;
 * centres replicate from it with a durable cursor (the sequence). Hash-chained per department
 * (docs/security.md): `chain_seq`, `prev_hash` and `row_hash` are filled by the database's trigger
 * (custom migration `catalogue_feed_chain` in each department's drizzle folder).
 */
export const catalogueChanges = pgTable(
  "catalogue_changes",
  {
    sequence: serial("sequence").primaryKey(),
    /** PUBLISHED | CANCELLED */
    kind: text("kind").notNull(),
    itemCode: text("item_code")
      .notNull()
      .references(() => items.code, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    /** The version's effective date, or the cancellation's. */
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The department whose feed this is: the chain's partition. Nullable without a default, as any
     * column added to a chained table must be; always written by recordChange, and filled for older
     * rows by the custom migration.
     */
    departmentId: text("department_id"),
    ...chainColumns(),
  },
  (t) => [index("catalogue_changes_item_idx").on(t.itemCode)],
);

export type ItemRow = typeof items.$inferSelect;
export type ItemVersionRow = typeof itemVersions.$inferSelect;

export * from "./decision-tables.ts";
