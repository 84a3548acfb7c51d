import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { ItemDocument } from "./item-document.ts";

/** An item of the department's catalogue; its content lives in its versions. */
export const items = pgTable("items", {
  code: text("code").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One version of an item's implementation list. Immutable once published: a case points at the
 * exact version it was accepted under, so an edit makes a new draft instead.
 */
export const itemVersions = pgTable(
  "item_versions",
  {
    id: serial("id").primaryKey(),
    itemCode: text("item_code")
      .notNull()
      .references(() => items.code, { onDelete: "restrict" }),
    version: integer("version").notNull(),
    /** DRAFT | PUBLISHED | SUPERSEDED | CANCELLED */
    status: text("status").notNull(),
    /** Calendar date in Asia/Shanghai from which the version is in force. */
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    /** Copied out of the document for filtering and search; the document is the source of truth. */
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    handling: text("handling").notNull(),
    document: jsonb("document").$type<ItemDocument>().notNull(),
    /** sha-256 of the canonical document, so re-importing the same content changes nothing. */
    contentHash: text("content_hash").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("item_versions_code_version_uq").on(t.itemCode, t.version),
    index("item_versions_status_idx").on(t.status, t.itemCode),
    // At most one version of an item is in force.
    uniqueIndex("item_versions_one_published_uq").on(t.itemCode).where(sql`status = 'PUBLISHED'`),
  ],
);

export const catalogueTables = { items, itemVersions };
export type ItemVersionRow = typeof itemVersions.$inferSelect;
