import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { recordTransition } from "../cases/history.ts";
import { type AdjustmentRecord, ChargeRepository, type LedgerRecord } from "./charge-repository.ts";
import { checkAdjustment } from "./request-adjustment.ts";
import { bills, chargeAdjustments, chargeLedger } from "./tables.ts";

/** The second person: the manager of the centre, who did not ask for it. */
async function requireSecondPerson(ctx: CentreContext, id: string): Promise<AdjustmentRecord> {
  const found = await new ChargeRepository(ctx.db).adjustment(id);
  if (!found) throw new DomainError("ADJUSTMENT_NOT_FOUND", `申请 ${id} 不存在`, "adjustmentId");
  const { actor } = ctx;
  if (actor.role !== "CENTRE_MANAGER" || actor.centreId !== found.centreId) throw new DomainError("FORBIDDEN", "作废和退款须由本中心的中心管理员审批");
  if (actor.id === found.requestedBy) throw new DomainError("APPROVER_IS_REQUESTER", "申请人不能审批自己的作废或退款申请", "adjustmentId");
  return found;
}

/**
 * 审批作废 / 退款: the approval writes a new ledger entry linked to the payment it reverses (money
 * goes back the way it came); the payment itself is never changed. A fully voided or refunded bill
 * is closed, and the case then needs a new bill before it can be concluded.
 */
export async function approveAdjustment(ctx: CentreContext, id: string): Promise<{ adjustment: AdjustmentRecord; entry: LedgerRecord }> {
  const found = await requireSecondPerson(ctx, id);
  const calendar = await ctx.calendar.calendar();
  const today = ctx.today();
  return ctx.db.transaction(async (tx) => {
    const charges = new ChargeRepository(tx);
    const adjustment = (await charges.lockAdjustment(found.id))!;
    if (adjustment.status !== "PENDING") throw new DomainError("ADJUSTMENT_DECIDED", "该申请已审批", "adjustmentId");
    const payment = (await charges.entry(adjustment.paymentEntryId))!;
    const bill = (await charges.lockBill(payment.billId))!;
    const remaining = payment.amountFen - (await charges.reversedFen(payment.id));
    const amountFen = await checkAdjustment(tx, today, payment, adjustment.kind as "VOID" | "REFUND", remaining, adjustment.amountFen);
    const [entry] = await tx
      .insert(chargeLedger)
      .values({
        centreId: payment.centreId,
        windowId: payment.windowId,
        billId: payment.billId,
        caseId: payment.caseId,
        kind: adjustment.kind,
        amountFen: -amountFen,
        method: payment.method,
        paymentReference: payment.paymentReference,
        reversesId: payment.id,
        adjustmentId: adjustment.id,
        reason: adjustment.reason,
        actorId: adjustment.requestedBy,
        approvedBy: ctx.actor.id,
        businessDate: today,
      })
      .returning();
    const closed = adjustment.kind === "VOID" ? "VOIDED" : amountFen === remaining ? "REFUNDED" : null;
    if (closed) await tx.update(bills).set({ status: closed, updatedAt: new Date() }).where(eq(bills.id, bill.id));
    const [decided] = await tx
      .update(chargeAdjustments)
      .set({ status: "APPROVED", decidedBy: ctx.actor.id, decidedAt: new Date(), ledgerEntryId: entry!.id })
      .where(eq(chargeAdjustments.id, adjustment.id))
      .returning();
    const c = (await new CaseRepository(tx).byId(payment.caseId))!;
    await recordTransition(tx, { c, on: today, actor: ctx.actor, action: adjustment.kind, from: c.state, to: c.state, reason: adjustment.reason, data: { receiptNumber: payment.receiptNumber, amountFen, requestedBy: adjustment.requestedBy } }, ctx.notificationChannels, calendar);
    return { adjustment: decided!, entry: entry! };
  });
}

/** 不予批准: the request is closed with the manager's note; the ledger is untouched. */
export async function rejectAdjustment(ctx: CentreContext, id: string, note: string): Promise<{ adjustment: AdjustmentRecord }> {
  const found = await requireSecondPerson(ctx, id);
  const text = note?.trim() ?? "";
  if (text.length < 2 || text.length > 500) throw new DomainError("NOTE_REQUIRED", "不予批准须写明理由(不超过500字)", "note");
  return ctx.db.transaction(async (tx) => {
    const adjustment = (await new ChargeRepository(tx).lockAdjustment(found.id))!;
    if (adjustment.status !== "PENDING") throw new DomainError("ADJUSTMENT_DECIDED", "该申请已审批", "adjustmentId");
    const [decided] = await tx
      .update(chargeAdjustments)
      .set({ status: "REJECTED", decidedBy: ctx.actor.id, decidedAt: new Date(), decisionNote: text })
      .where(eq(chargeAdjustments.id, adjustment.id))
      .returning();
    return { adjustment: decided! };
  });
}
