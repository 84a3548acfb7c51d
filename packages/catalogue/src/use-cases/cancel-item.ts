import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CatalogueContext } from "../context.ts";
import { ItemRepository } from "../item-repository.ts";
import { type ItemVersion, toItemVersion } from "../item-version.ts";
import { items } from "../tables.ts";
import { recordChange } from "./record-change.ts";
import { requirePublisher } from "./authorize.ts";
import { checkEffectiveDate } from "./effective-date.ts";

/**
 * Cancels (取消) an item from a date: from then on it may not be accepted, and approving it is a
 * violation. Its versions stay as they are, for the cases accepted under them.
 */
export async function cancelItem(
  ctx: CatalogueContext,
  code: string,
  effectiveFrom: string,
  reason: string,
): Promise<{ version: ItemVersion }> {
  requirePublisher(ctx);
  const today = ctx.today();
  if (!reason.trim()) throw new DomainError("REASON_REQUIRED", "取消事项须写明取消原因", "reason");
  if (reason.length > 500) throw new DomainError("REASON_TOO_LONG", "取消原因不能超过500个字", "reason");
  checkEffectiveDate(effectiveFrom, today, undefined);
  return ctx.db.transaction(async (tx) => {
    const repo = new ItemRepository(tx);
    const item = await repo.lockItem(code);
    if (!item) throw new DomainError("ITEM_NOT_FOUND", `事项 ${code} 不存在`, "code");
    if (item.cancelledFrom) throw new DomainError("ITEM_CANCELLED", `事项 ${code} 已于 ${item.cancelledFrom} 取消`, "code");
    const latest = await repo.latestPublished(code);
    if (!latest) throw new DomainError("ITEM_NOT_PUBLISHED", `事项 ${code} 尚未发布,删除草稿即可,无需取消`, "code");
    await tx.update(items).set({ cancelledFrom: effectiveFrom, cancelReason: reason.trim() }).where(eq(items.code, code));
    await recordChange(tx, { kind: "CANCELLED", itemCode: code, version: latest.version, effectiveFrom, departmentId: ctx.department.id });
    const status = effectiveFrom <= today ? "CANCELLED" : latest.effectiveFrom! > today ? "SCHEDULED" : "PUBLISHED";
    return { version: toItemVersion(latest, status) };
  });
}
