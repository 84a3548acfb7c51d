import type { CentreContext } from "../context.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { canSee } from "../cases/visibility.ts";
import type { BillRecord } from "./charge-repository.ts";

/** Who sees a bill and its receipt: the charge clerks of its centre, and whoever may see its case. */
export async function canSeeBill(ctx: CentreContext, bill: BillRecord): Promise<boolean> {
  if (ctx.actor.role === "CHARGE_CLERK") return ctx.actor.centreId === bill.centreId;
  const c = await new CaseRepository(ctx.db).byId(bill.caseId);
  return Boolean(c && (await canSee(ctx, c)));
}
