import { randomUUID } from "node:crypto";
import type { Db } from "@wuxi/db";
import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { type AdjustmentRecord, ChargeRepository, type LedgerRecord } from "./charge-repository.ts";
import { requireChargeClerk, requireReason } from "./guards.ts";
import { requireFen, yuan } from "./money.ts";
import { chargeAdjustments } from "./tables.ts";
import { isUniqueViolation } from "@wuxi/db";

export interface AdjustmentInput {
  receiptNumber: string;
  kind: "VOID" | "REFUND";
  /** A refund's amount in fen; default what is left of the payment. A void is always the whole receipt. */
  amountFen?: number | null;
  reason: string;
}

/**
 * 作废 / 退款申请: a charge clerk asks, with a reason; the centre's manager decides. A void cancels a
 * receipt issued in error on the day it was issued, before the case is concluded; anything later
 * is a refund. Nothing is written to the ledger until the approval.
 */
export async function requestAdjustment(ctx: CentreContext, input: AdjustmentInput): Promise<{ adjustment: AdjustmentRecord }> {
  const window = await requireChargeClerk(ctx);
  const reason = requireReason(input.reason);
  const repo = new ChargeRepository(ctx.db);
  const payment = await repo.receipt(window.centreId, input.receiptNumber ?? "");
  if (!payment) throw new DomainError("RECEIPT_NOT_FOUND", `本中心没有票据 ${input.receiptNumber}`, "receiptNumber");
  const remaining = payment.amountFen - (await repo.reversedFen(payment.id));
  const amountFen = await checkAdjustment(ctx.db, ctx.today(), payment, input.kind, remaining, input.amountFen);
  try {
    const [adjustment] = await ctx.db
      .insert(chargeAdjustments)
      .values({ id: randomUUID(), centreId: payment.centreId, paymentEntryId: payment.id, kind: input.kind, amountFen, reason, requestedBy: ctx.actor.id, status: "PENDING" })
      .returning();
    return { adjustment: adjustment! };
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("ADJUSTMENT_PENDING", `票据 ${payment.receiptNumber} 已有待审批的作废或退款申请`, "receiptNumber");
    throw error;
  }
}

/**
 * The rules of a void or refund of a payment, checked at the request and again at the approval
 * (inside its transaction: `db` is then the transaction): returns the amount to give back.
 */
export async function checkAdjustment(
  db: Db,
  today: string,
  payment: LedgerRecord,
  kind: "VOID" | "REFUND",
  remaining: number,
  requested: number | null | undefined,
): Promise<number> {
  if (kind === "VOID") {
    if (remaining < payment.amountFen) throw new DomainError(remaining === 0 ? "RECEIPT_ALREADY_REVERSED" : "RECEIPT_PARTLY_REFUNDED", `票据 ${payment.receiptNumber} 已作废或已退款,不能作废`, "receiptNumber");
    if (payment.businessDate !== today) throw new DomainError("VOID_ONLY_SAME_DAY", `票据 ${payment.receiptNumber} 开具于${payment.businessDate},只能当日作废;跨日请办理退款`, "kind");
    const c = await new CaseRepository(db).byId(payment.caseId);
    if (c?.state === "CONCLUDED") throw new DomainError("VOID_AFTER_CONCLUSION", `办件 ${c.caseNumber} 已办结,票据不能作废,请办理退款`, "kind");
    if (requested !== null && requested !== undefined && requested !== payment.amountFen) throw new DomainError("VOID_IS_WHOLE", "作废须针对整张票据,不能指定金额", "amountFen");
    return payment.amountFen;
  }
  if (remaining === 0) throw new DomainError("RECEIPT_ALREADY_REVERSED", `票据 ${payment.receiptNumber} 已全额作废或退款`, "receiptNumber");
  const amountFen = requireFen(requested ?? remaining, "amountFen");
  if (amountFen > remaining) throw new DomainError("REFUND_EXCEEDS_PAID", `退款金额不能超过可退金额${yuan(remaining)}元`, "amountFen");
  return amountFen;
}
