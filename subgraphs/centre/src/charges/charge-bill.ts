import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { STATE_NAMES } from "../cases/guards.ts";
import { recordTransition } from "../cases/history.ts";
import { type BillRecord, ChargeRepository, type LedgerRecord } from "./charge-repository.ts";
import { PAYMENT_METHODS, type PaymentMethod, requireChargeClerk } from "./guards.ts";
import { requireFen, yuan } from "./money.ts";
import { nextReceiptNumber } from "./receipt-numbers.ts";
import { bills, chargeLedger } from "./tables.ts";
import { isUniqueViolation } from "@wuxi/db";

export interface ChargeInput {
  billId: string;
  method: string;
  amountFen: number;
  /** The online payment platform's transaction reference; required for ONLINE. */
  paymentReference?: string | null;
  /** Required: a retried payment with the same key returns the first result and takes no money twice. */
  idempotencyKey: string;
}

const REFERENCE = /^[A-Za-z0-9_-]{6,64}$/;

/**
 * 收费: the charge clerk takes the whole amount of a bill (no partial payment: no fee standard in the
 * catalogue provides for instalments) and issues a numbered receipt. The bill row is locked for the
 * payment, and the ledger admits one payment per bill, so of two simultaneous payments one fails.
 */
export async function chargeBill(ctx: CentreContext, input: ChargeInput): Promise<{ bill: BillRecord; entry: LedgerRecord }> {
  const window = await requireChargeClerk(ctx);
  const repo = new ChargeRepository(ctx.db);
  const key = input.idempotencyKey?.trim() ?? "";
  if (key.length < 1 || key.length > 64) throw new DomainError("INVALID_IDEMPOTENCY_KEY", "幂等键须为1至64个字符", "idempotencyKey");
  const retried = await firstResult(repo, window.centreId, key, input.billId);
  if (retried) return retried;

  if (!PAYMENT_METHODS.includes(input.method as PaymentMethod)) throw new DomainError("UNKNOWN_PAYMENT_METHOD", "支付方式须为现金、银行卡或网上支付", "method");
  const amountFen = requireFen(input.amountFen, "amountFen");
  const reference = input.paymentReference?.trim() || null;
  if (input.method === "ONLINE" && !reference) throw new DomainError("PAYMENT_REFERENCE_REQUIRED", "网上支付须填写支付平台交易流水号", "paymentReference");
  if (reference && !REFERENCE.test(reference)) throw new DomainError("INVALID_PAYMENT_REFERENCE", "交易流水号须为6至64位字母、数字、下划线或连字符", "paymentReference");
  if (input.method === "CASH" && reference) throw new DomainError("PAYMENT_REFERENCE_NOT_APPLICABLE", "现金收款不填交易流水号", "paymentReference");

  const found = await repo.bill(input.billId);
  if (!found) throw new DomainError("BILL_NOT_FOUND", `缴费通知 ${input.billId} 不存在`, "billId");
  if (found.centreId !== window.centreId) throw new DomainError("BILL_OF_ANOTHER_CENTRE", "该缴费通知属于其他中心,只能在其受理中心的收费窗口缴纳", "billId");
  const calendar = await ctx.calendar.calendar();
  const today = ctx.today();

  try {
    return await ctx.db.transaction(async (tx) => {
      const charges = new ChargeRepository(tx);
      const bill = (await charges.lockBill(input.billId))!;
      // The same retry may have committed while this one waited for the lock: answer with its result.
      const raced = await firstResult(charges, window.centreId, key, input.billId);
      if (raced) return raced;
      const c = (await new CaseRepository(tx).byId(bill.caseId))!;
      if (c.state === "CONCLUDED") throw new DomainError("CASE_CONCLUDED", `办件 ${c.caseNumber} 已办结,不能再收费`, "billId");
      if (c.state !== "APPROVED") throw new DomainError("CASE_NOT_PAYABLE", `办件 ${c.caseNumber} 当前状态为「${STATE_NAMES[c.state] ?? c.state}」,不能收费`, "billId");
      if (bill.status === "PAID") throw new DomainError("BILL_ALREADY_PAID", `缴费通知已于此前缴清(办件 ${c.caseNumber}),不能重复收费`, "billId");
      if (bill.status === "EXEMPT") throw new DomainError("NOTHING_TO_PAY", "该缴费通知已全额减免,无需缴费", "billId");
      if (bill.status !== "UNPAID") throw new DomainError("BILL_CLOSED", "该缴费通知已作废或退款,请重新开具", "billId");
      if (amountFen < bill.totalFen) throw new DomainError("PARTIAL_PAYMENT_NOT_ALLOWED", `不接受部分缴费:应缴${yuan(bill.totalFen)}元,实收${yuan(amountFen)}元`, "amountFen");
      if (amountFen > bill.totalFen) throw new DomainError("AMOUNT_EXCEEDS_BILL", `实收${yuan(amountFen)}元超过应缴${yuan(bill.totalFen)}元`, "amountFen");

      const receiptNumber = await nextReceiptNumber(tx, bill.centreId, Number(today.slice(0, 4)));
      const [entry] = await tx
        .insert(chargeLedger)
        .values({
          centreId: bill.centreId,
          windowId: window.id,
          billId: bill.id,
          caseId: bill.caseId,
          kind: "PAYMENT",
          amountFen,
          method: input.method,
          paymentReference: reference,
          receiptNumber,
          actorId: ctx.actor.id,
          businessDate: today,
          idempotencyKey: key,
        })
        .returning();
      const [paid] = await tx.update(bills).set({ status: "PAID", updatedAt: new Date() }).where(eq(bills.id, bill.id)).returning();
      await recordTransition(tx, { c, on: today, actor: ctx.actor, action: "CHARGE", from: c.state, to: c.state, data: { billId: bill.id, receiptNumber, amountFen, method: input.method } }, ctx.notificationChannels, calendar);
      return { bill: paid!, entry: entry! };
    });
  } catch (error) {
    // The same payment retried while the first was in flight: the loser returns the winner's result.
    if (isUniqueViolation(error)) {
      const first = await firstResult(repo, window.centreId, key, input.billId);
      if (first) return first;
      throw new DomainError("BILL_ALREADY_PAID", "该缴费通知已缴清,不能重复收费", "billId");
    }
    throw error;
  }
}

async function firstResult(repo: ChargeRepository, centreId: string, key: string, billId: string): Promise<{ bill: BillRecord; entry: LedgerRecord } | null> {
  const first = await repo.byIdempotencyKey(centreId, key);
  if (!first) return null;
  if (first.billId !== billId) throw new DomainError("IDEMPOTENCY_KEY_REUSED", "该幂等键已用于另一笔缴费", "idempotencyKey");
  return { bill: (await repo.bill(first.billId))!, entry: first };
}
