import { type Db, groupBy } from "@wuxi/db";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { billLines, bills, chargeAdjustments, chargeLedger } from "./tables.ts";

export type BillRecord = typeof bills.$inferSelect;
export type BillLineRecord = typeof billLines.$inferSelect;
export type LedgerRecord = typeof chargeLedger.$inferSelect;
export type AdjustmentRecord = typeof chargeAdjustments.$inferSelect;

/** The open bill statuses: at most one such bill per case. */
export const OPEN_BILL_STATUSES = ["UNPAID", "PAID", "EXEMPT"];

/** Bills and the charge ledger of the centre's database. Takes the database or a transaction. */
export class ChargeRepository {
  constructor(private readonly db: Db) {}

  async bill(id: string): Promise<BillRecord | undefined> {
    const [row] = await this.db.select().from(bills).where(eq(bills.id, id));
    return row;
  }

  /** The bill row, locked until the transaction ends: payments and reversals of one bill queue here. */
  async lockBill(id: string): Promise<BillRecord | undefined> {
    const [row] = await this.db.select().from(bills).where(eq(bills.id, id)).for("update");
    return row;
  }

  async billsByIds(ids: readonly string[]): Promise<(BillRecord | undefined)[]> {
    const rows = await this.db.select().from(bills).where(inArray(bills.id, [...ids]));
    return ids.map((id) => rows.find((r) => r.id === id));
  }

  /** The open bill of each case (unpaid, paid or exempt), if any. */
  async openBillsOfCases(caseIds: readonly string[]): Promise<(BillRecord | undefined)[]> {
    const rows = await this.db.select().from(bills).where(and(inArray(bills.caseId, [...caseIds]), inArray(bills.status, OPEN_BILL_STATUSES)));
    return caseIds.map((id) => rows.find((r) => r.caseId === id));
  }

  async linesOf(billIds: readonly string[]): Promise<BillLineRecord[][]> {
    const rows = await this.db.select().from(billLines).where(inArray(billLines.billId, [...billIds])).orderBy(asc(billLines.lineNo));
    return groupBy(billIds, rows, (r) => r.billId);
  }

  async entriesOf(billIds: readonly string[]): Promise<LedgerRecord[][]> {
    const rows = await this.db.select().from(chargeLedger).where(inArray(chargeLedger.billId, [...billIds])).orderBy(asc(chargeLedger.id));
    return groupBy(billIds, rows, (r) => r.billId);
  }

  async entriesByIds(ids: readonly number[]): Promise<(LedgerRecord | undefined)[]> {
    const rows = await this.db.select().from(chargeLedger).where(inArray(chargeLedger.id, [...ids]));
    return ids.map((id) => rows.find((r) => r.id === id));
  }

  async entry(id: number): Promise<LedgerRecord | undefined> {
    const [row] = await this.db.select().from(chargeLedger).where(eq(chargeLedger.id, id));
    return row;
  }

  async byIdempotencyKey(centreId: string, key: string): Promise<LedgerRecord | undefined> {
    const [row] = await this.db.select().from(chargeLedger).where(and(eq(chargeLedger.centreId, centreId), eq(chargeLedger.idempotencyKey, key)));
    return row;
  }

  async receipt(centreId: string, number: string): Promise<LedgerRecord | undefined> {
    const [row] = await this.db.select().from(chargeLedger).where(and(eq(chargeLedger.centreId, centreId), eq(chargeLedger.receiptNumber, number)));
    return row;
  }

  /** Money already given back on a payment (voids and refunds), in fen, as a positive number. */
  async reversedFen(paymentId: number): Promise<number> {
    const [row] = await this.db
      .select({ fen: sql<string>`coalesce(-sum(${chargeLedger.amountFen}), 0)` })
      .from(chargeLedger)
      .where(eq(chargeLedger.reversesId, paymentId));
    return Number(row!.fen);
  }

  async adjustment(id: string): Promise<AdjustmentRecord | undefined> {
    const [row] = await this.db.select().from(chargeAdjustments).where(eq(chargeAdjustments.id, id));
    return row;
  }

  async lockAdjustment(id: string): Promise<AdjustmentRecord | undefined> {
    const [row] = await this.db.select().from(chargeAdjustments).where(eq(chargeAdjustments.id, id)).for("update");
    return row;
  }

  /** The centre's bills waiting for payment, oldest first (the charge window's list). */
  async unpaidBills(centreId: string, first: number): Promise<BillRecord[]> {
    return this.db
      .select()
      .from(bills)
      .where(and(eq(bills.centreId, centreId), eq(bills.status, "UNPAID")))
      .orderBy(asc(bills.issuedOn), asc(bills.caseNumber))
      .limit(first);
  }

  async pendingAdjustments(centreId: string): Promise<AdjustmentRecord[]> {
    return this.db
      .select()
      .from(chargeAdjustments)
      .where(and(eq(chargeAdjustments.centreId, centreId), eq(chargeAdjustments.status, "PENDING")))
      .orderBy(asc(chargeAdjustments.requestedAt));
  }
}
