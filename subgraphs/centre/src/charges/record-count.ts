import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { PAYMENT_METHODS, type PaymentMethod, requireChargeClerk } from "./guards.ts";
import { requireFen } from "./money.ts";
import { chargeCounts } from "./tables.ts";

export interface CountInput {
  method: string;
  countedFen: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 日终盘点: the charge clerk records what was actually counted per method for a day (today or an
 * earlier day, for a recount). The reconciliation compares it with what the ledger expects.
 */
export async function recordCount(ctx: CentreContext, date: string, counts: CountInput[]): Promise<{ date: string; centreId: string }> {
  const window = await requireChargeClerk(ctx);
  if (!ISO_DATE.test(date) || date > ctx.today()) throw new DomainError("INVALID_DATE", "盘点日期格式应为 YYYY-MM-DD,且不能晚于今天", "date");
  if (counts.length === 0) throw new DomainError("COUNT_EMPTY", "至少填写一种支付方式的盘点金额", "counts");
  const seen = new Set<string>();
  const rows = counts.map((c, i) => {
    if (!PAYMENT_METHODS.includes(c.method as PaymentMethod)) throw new DomainError("UNKNOWN_PAYMENT_METHOD", "支付方式须为现金、银行卡或网上支付", `counts.${i}.method`);
    if (seen.has(c.method)) throw new DomainError("DUPLICATE_COUNT", "同一支付方式只能填写一次", `counts.${i}.method`);
    seen.add(c.method);
    const countedFen = requireFen(c.countedFen, `counts.${i}.countedFen`, { allowZero: true });
    return { centreId: window.centreId, windowId: window.id, businessDate: date, method: c.method, countedFen, countedBy: ctx.actor.id };
  });
  await ctx.db.insert(chargeCounts).values(rows);
  return { date, centreId: window.centreId };
}
