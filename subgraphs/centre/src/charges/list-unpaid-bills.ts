import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { type BillRecord, ChargeRepository } from "./charge-repository.ts";

/**
 * 待缴费: the bills of a centre waiting at its charge window, oldest first. The centre's own charge
 * clerks and its manager see them; nobody else, not even a tier above (they read the reconciliation).
 */
export async function listUnpaidBills(ctx: CentreContext, centreId: string, first: number | null | undefined): Promise<BillRecord[]> {
  const { actor } = ctx;
  if (!(actor.role === "CHARGE_CLERK" || actor.role === "CENTRE_MANAGER") || actor.centreId !== centreId) {
    throw new DomainError("FORBIDDEN", "只有本中心的收费人员和中心管理员可以查看待缴费用");
  }
  const limit = Math.min(Math.max(first ?? 100, 1), 500);
  return new ChargeRepository(ctx.db).unpaidBills(centreId, limit);
}
