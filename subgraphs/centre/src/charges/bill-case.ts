import { randomUUID } from "node:crypto";
import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { notFound, requireCaseClerk, requireState } from "../cases/guards.ts";
import { recordTransition } from "../cases/history.ts";
import { recordViolation } from "../cases/record-violation.ts";
import { type BillRecord, ChargeRepository } from "./charge-repository.ts";
import { type BillLineInput, computeLines, linesOutsideStandard } from "./money.ts";
import { billLines, bills } from "./tables.ts";

/**
 * 开具缴费通知: fees fall due on approval (准予许可), before the licence is issued. The case's clerk
 * picks which of the version's fee standards apply and the quantities; the centre computes every
 * amount. A line that is not a published standard is refused and recorded (责任追究, Art. 59).
 */
export async function billCase(ctx: CentreContext, caseId: string, input: BillLineInput[]): Promise<{ bill: BillRecord }> {
  const current = await new CaseRepository(ctx.db).byId(caseId);
  if (!current) throw notFound(caseId);
  requireCaseClerk(ctx.actor, current);
  requireState(current, ["APPROVED"], "开具缴费通知(准予许可后、发证办结前收费)");
  const version = await ctx.versionOf.load(`${current.itemCode}@${current.itemVersion}`);
  if (!version) throw new DomainError("VERSION_MISSING", `本中心缺少事项 ${current.itemCode} 第${current.itemVersion}版的副本`);
  const fees = version.content.fees;

  const outside = linesOutsideStandard(fees, input);
  if (outside.length > 0) {
    // Written on its own, outside the refused work, so the attempt stays on record.
    await recordViolation(ctx.db, {
      kind: "FEE_OUTSIDE_STANDARD",
      centreId: current.centreId,
      caseId: current.id,
      actor: ctx.actor,
      evidence: { caseNumber: current.caseNumber, itemCode: current.itemCode, itemVersion: current.itemVersion, demanded: outside, published: fees.map((f) => f.code) },
    });
    const index = input.findIndex((l) => outside.includes(l.feeCode));
    throw new DomainError(
      "FEE_OUTSIDE_STANDARD",
      fees.length === 0
        ? `事项「${current.itemName}」第${current.itemVersion}版没有公布收费标准,不得收费(《行政许可法》第五十八条)`
        : `收费项目 ${outside.join("、")} 不是事项「${current.itemName}」第${current.itemVersion}版公布的收费标准,不得收取(《行政许可法》第五十九条)`,
      `lines.${index}.feeCode`,
    );
  }
  const { lines, totalFen } = computeLines(fees, version.departmentId, input);

  const calendar = await ctx.calendar.calendar();
  return ctx.db.transaction(async (tx) => {
    // The case row's lock orders the bill after any conclusion racing with it.
    const c = (await new CaseRepository(tx).lock(caseId))!;
    requireState(c, ["APPROVED"], "开具缴费通知");
    const [open] = await new ChargeRepository(tx).openBillsOfCases([c.id]);
    if (open) throw new DomainError("BILL_ALREADY_ISSUED", `办件 ${c.caseNumber} 已有缴费通知,不能重复开具`, "caseId");
    const today = ctx.today();
    const id = randomUUID();
    const [bill] = await tx
      .insert(bills)
      .values({
        id,
        centreId: c.centreId,
        caseId: c.id,
        caseNumber: c.caseNumber,
        itemCode: c.itemCode,
        itemVersion: c.itemVersion,
        payerName: c.applicantName,
        totalFen,
        status: totalFen === 0 ? "EXEMPT" : "UNPAID",
        issuedOn: today,
        issuedBy: ctx.actor.id,
      })
      .returning();
    await tx.insert(billLines).values(lines.map((l) => ({ ...l, billId: id })));
    await recordTransition(tx, { c, on: today, actor: ctx.actor, action: "BILL", from: c.state, to: c.state, data: { billId: id, totalFen, lines: lines.map((l) => `${l.feeCode}×${l.quantity}=${l.amountFen}`) } }, ctx.notificationChannels, calendar);
    return { bill: bill! };
  });
}
