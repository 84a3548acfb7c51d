import { chainColumns } from "@wuxi/db";
import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
// Foreign keys point at the case engine's tables lazily (the callbacks run after both modules load).
import { cases, centres, windows } from "../tables.ts";

/**
 * 缴费通知: the bill of a case, computed by the centre from the fee standards of the exact item
 * version the case was accepted under. At most one bill of a case is open (unpaid, paid or exempt);
 * a voided or fully refunded bill is closed and a new one may be issued while the case is open.
 */
export const bills = pgTable(
  "bills",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "restrict" }),
    caseNumber: text("case_number").notNull(),
    itemCode: text("item_code").notNull(),
    itemVersion: integer("item_version").notNull(),
    /** The applicant as printed on the receipt (a name, never an identifier). */
    payerName: text("payer_name").notNull(),
    /** Integer fen; the sum of the lines, at most 2^31-1 (GraphQL Int). */
    totalFen: integer("total_fen").notNull(),
    /** UNPAID | PAID | EXEMPT (every line reduced to zero) | VOIDED | REFUNDED */
    status: text("status").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    issuedBy: text("issued_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("bills_case_open_uq").on(t.caseId).where(sql`status in ('UNPAID', 'PAID', 'EXEMPT')`),
    index("bills_centre_issued_idx").on(t.centreId, t.issuedOn),
    check("bills_total_ck", sql`${t.totalFen} >= 0`),
    check("bills_status_ck", sql`${t.status} in ('UNPAID', 'PAID', 'EXEMPT', 'VOIDED', 'REFUNDED')`),
  ],
);

/** One line of a bill: one published fee standard, frozen as it was when the bill was issued. */
export const billLines = pgTable(
  "bill_lines",
  {
    billId: text("bill_id")
      .notNull()
      .references(() => bills.id, { onDelete: "restrict" }),
    lineNo: integer("line_no").notNull(),
    /** The department the fee belongs to (a joint item's co-department, or the item's own). */
    departmentId: text("department_id").notNull(),
    feeCode: text("fee_code").notNull(),
    feeName: text("fee_name").notNull(),
    /** FIXED | PER_COPY | PER_AREA */
    rule: text("rule").notNull(),
    unit: text("unit"),
    unitFen: integer("unit_fen").notNull(),
    quantity: integer("quantity").notNull(),
    grossFen: integer("gross_fen").notNull(),
    reductionFen: integer("reduction_fen").notNull(),
    /** Why the reduction applies, under the standard's own reductions rule; required when reduced. */
    reductionReason: text("reduction_reason"),
    amountFen: integer("amount_fen").notNull(),
    legalBasis: text("legal_basis").notNull(),
  },
  (t) => [
    primaryKey({ name: "bill_lines_pk", columns: [t.billId, t.lineNo] }),
    check("bill_lines_amount_ck", sql`${t.amountFen} = ${t.grossFen} - ${t.reductionFen} and ${t.reductionFen} between 0 and ${t.grossFen} and ${t.quantity} >= 1`),
    check("bill_lines_reason_ck", sql`${t.reductionFen} = 0 or ${t.reductionReason} is not null`),
  ],
);

/**
 * 收费台账: the append-only ledger of a centre's charge window. A payment is one row with its
 * receipt number; a void or a refund is a new row linked to the payment it reverses. Nothing is
 * ever updated or deleted (the migration adds a trigger that refuses it).
 */
export const chargeLedger = pgTable(
  "charge_ledger",
  {
    id: serial("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    /** The charge window (收费窗口) where it was recorded. */
    windowId: text("window_id")
      .notNull()
      .references(() => windows.id, { onDelete: "restrict" }),
    billId: text("bill_id")
      .notNull()
      .references(() => bills.id, { onDelete: "restrict" }),
    caseId: text("case_id").notNull(),
    /** PAYMENT | VOID | REFUND */
    kind: text("kind").notNull(),
    /** Signed integer fen: a payment is positive, a void or refund negative. */
    amountFen: integer("amount_fen").notNull(),
    /** CASH | BANK_CARD | ONLINE; a reversal goes back the way the money came. */
    method: text("method").notNull(),
    /** The online payment platform's reference (ONLINE only). */
    paymentReference: text("payment_reference"),
    /** 票据号, per centre and year; payments only. */
    receiptNumber: text("receipt_number"),
    reversesId: integer("reverses_id").references((): AnyPgColumn => chargeLedger.id, { onDelete: "restrict" }),
    /** The approved request behind a void or refund. */
    adjustmentId: text("adjustment_id"),
    reason: text("reason"),
    actorId: text("actor_id").notNull(),
    approvedBy: text("approved_by"),
    /** The civil date (Asia/Shanghai) the entry counts on in the daily reconciliation. */
    businessDate: date("business_date", { mode: "string" }).notNull(),
    idempotencyKey: text("idempotency_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    // Tamper evidence (issue 14): each centre's ledger is one hash chain, linked by the database.
    ...chainColumns(),
  },
  (t) => [
    index("charge_ledger_centre_day_idx").on(t.centreId, t.businessDate),
    uniqueIndex("charge_ledger_chain_uq").on(t.centreId, t.chainSeq),
    index("charge_ledger_bill_idx").on(t.billId),
    uniqueIndex("charge_ledger_centre_idempotency_uq").on(t.centreId, t.idempotencyKey),
    uniqueIndex("charge_ledger_centre_receipt_uq").on(t.centreId, t.receiptNumber),
    // The database's own guarantee against a double payment: one payment per bill, ever.
    uniqueIndex("charge_ledger_one_payment_uq").on(t.billId).where(sql`kind = 'PAYMENT'`),
    uniqueIndex("charge_ledger_one_void_uq").on(t.reversesId).where(sql`kind = 'VOID'`),
    check("charge_ledger_kind_ck", sql`${t.kind} in ('PAYMENT', 'VOID', 'REFUND')`),
    check("charge_ledger_method_ck", sql`${t.method} in ('CASH', 'BANK_CARD', 'ONLINE')`),
    check("charge_ledger_sign_ck", sql`(${t.kind} = 'PAYMENT') = (${t.amountFen} > 0) and ${t.amountFen} <> 0`),
    check("charge_ledger_link_ck", sql`(${t.kind} = 'PAYMENT') = (${t.reversesId} is null) and (${t.kind} = 'PAYMENT') = (${t.receiptNumber} is not null)`),
  ],
);

/**
 * A request to void a receipt or refund a payment: made by a charge clerk with a reason, decided
 * by the centre's manager (never the requester). Approval writes the reversing ledger entry.
 */
export const chargeAdjustments = pgTable(
  "charge_adjustments",
  {
    id: text("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    paymentEntryId: integer("payment_entry_id")
      .notNull()
      .references(() => chargeLedger.id, { onDelete: "restrict" }),
    /** VOID | REFUND */
    kind: text("kind").notNull(),
    /** Positive integer fen to give back; a void is always the whole receipt. */
    amountFen: integer("amount_fen").notNull(),
    reason: text("reason").notNull(),
    requestedBy: text("requested_by").notNull(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    /** PENDING | APPROVED | REJECTED */
    status: text("status").notNull(),
    decidedBy: text("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    ledgerEntryId: integer("ledger_entry_id").references(() => chargeLedger.id, { onDelete: "restrict" }),
  },
  (t) => [
    index("charge_adjustments_centre_idx").on(t.centreId, t.status),
    uniqueIndex("charge_adjustments_one_pending_uq").on(t.paymentEntryId).where(sql`status = 'PENDING'`),
    check("charge_adjustments_amount_ck", sql`${t.amountFen} > 0`),
    check("charge_adjustments_kind_ck", sql`${t.kind} in ('VOID', 'REFUND')`),
  ],
);

/**
 * 日终盘点: what the charge clerk counted at the end of a day, per payment method (cash in the drawer,
 * the card terminal's settlement, the online platform's statement). Append-only like the ledger: a
 * recount is a new row, and the latest row of a centre, day and method is the one that counts.
 */
export const chargeCounts = pgTable(
  "charge_counts",
  {
    id: serial("id").primaryKey(),
    centreId: text("centre_id")
      .notNull()
      .references(() => centres.id, { onDelete: "restrict" }),
    windowId: text("window_id")
      .notNull()
      .references(() => windows.id, { onDelete: "restrict" }),
    businessDate: date("business_date", { mode: "string" }).notNull(),
    /** CASH | BANK_CARD | ONLINE */
    method: text("method").notNull(),
    countedFen: integer("counted_fen").notNull(),
    countedBy: text("counted_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("charge_counts_centre_day_idx").on(t.centreId, t.businessDate, t.method, t.id),
    check("charge_counts_amount_ck", sql`${t.countedFen} >= 0`),
    check("charge_counts_method_ck", sql`${t.method} in ('CASH', 'BANK_CARD', 'ONLINE')`),
  ],
);
