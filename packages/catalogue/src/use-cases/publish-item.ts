import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CatalogueContext } from "../context.ts";
import { ItemRepository } from "../item-repository.ts";
import { type ItemVersion, toItemVersion } from "../item-version.ts";
import { itemVersions } from "../tables.ts";
import { recordChange } from "./record-change.ts";
import { requirePublisher } from "./authorize.ts";
import { checkEffectiveDate } from "./effective-date.ts";

/**
 * Publishes the item's draft. From its effective date (default today) it supersedes the version in
 * force; until then that version stays in force and the new one is scheduled.
 */
export async function publishItem(
  ctx: CatalogueContext,
  code: string,
  effectiveFrom?: string | null,
): Promise<{ version: ItemVersion }> {
  requirePublisher(ctx);
  const today = ctx.today();
  const from = effectiveFrom ?? today;
  return ctx.db.transaction(async (tx) => {
    const repo = new ItemRepository(tx);
    const item = await repo.lockItem(code);
    if (!item) throw new DomainError("ITEM_NOT_FOUND", `事项 ${code} 不存在`, "code");
    if (item.cancelledFrom) throw new DomainError("ITEM_CANCELLED", `事项 ${code} 已取消(${item.cancelledFrom}起),不能再发布`, "code");
    const draft = await repo.draftOf(code);
    if (!draft) throw new DomainError("NO_DRAFT", `事项 ${code} 没有待发布的草稿`, "code");
    checkEffectiveDate(from, today, await repo.latestPublished(code));
    const [row] = await tx
      .update(itemVersions)
      .set({ state: "PUBLISHED", effectiveFrom: from, publishedAt: new Date(), document: { ...draft.document, effectiveFrom: from } })
      .where(eq(itemVersions.id, draft.id))
      .returning();
    await recordChange(tx, { kind: "PUBLISHED", itemCode: code, version: draft.version, effectiveFrom: from, departmentId: ctx.department.id });
    return { version: toItemVersion(row!, from > today ? "SCHEDULED" : "PUBLISHED") };
  });
}
