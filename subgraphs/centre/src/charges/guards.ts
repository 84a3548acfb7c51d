import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import type { WindowRecord } from "../centres/centre-repository.ts";

/** 扎口收费: money is taken at the centre's one charge window, by a charge clerk sitting there. */
export async function requireChargeClerk(ctx: CentreContext): Promise<WindowRecord> {
  const { actor } = ctx;
  if (actor.role !== "CHARGE_CLERK") throw new DomainError("FORBIDDEN", "只有收费窗口工作人员可以办理收费");
  const window = actor.windowId ? await ctx.windowById.load(actor.windowId) : undefined;
  if (!window || window.kind !== "CHARGE" || window.centreId !== actor.centreId) {
    throw new DomainError("NOT_CHARGE_WINDOW", "收费只能在本中心的收费窗口办理", "windowId");
  }
  return window;
}

/** A reason for a void or refund: required, and short enough to print. */
export function requireReason(reason: string | null | undefined): string {
  const text = reason?.trim() ?? "";
  if (text.length < 2) throw new DomainError("REASON_REQUIRED", "作废或退款须写明原因", "reason");
  if (text.length > 500) throw new DomainError("REASON_TOO_LONG", "原因不能超过500字", "reason");
  return text;
}

export const PAYMENT_METHODS = ["CASH", "BANK_CARD", "ONLINE"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const METHOD_NAMES: Record<PaymentMethod, string> = { CASH: "现金", BANK_CARD: "银行卡", ONLINE: "网上支付" };
