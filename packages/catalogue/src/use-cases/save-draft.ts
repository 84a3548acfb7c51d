import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CatalogueContext } from "../context.ts";
import { ItemRepository } from "../item-repository.ts";
import type { ItemVersion } from "../item-version.ts";
import { toItemVersion } from "../item-version.ts";
import { items, itemVersions } from "../tables.ts";
import { requireValidDocument } from "../validate-document.ts";
import { requirePublisher } from "./authorize.ts";
import { hashOf } from "./append-published-version.ts";

/**
 * Creates an item as a draft, or edits its draft. Editing an item that has only published versions
 * opens a new draft (the next version number); published versions are never changed.
 */
export async function saveDraft(ctx: CatalogueContext, input: unknown): Promise<{ version: ItemVersion }> {
  requirePublisher(ctx);
  const document = requireValidDocument(input, ctx.department, ctx.departments);
  const today = ctx.today();
  return ctx.db.transaction(async (tx) => {
    const repo = new ItemRepository(tx);
    let item = await repo.lockItem(document.code);
    if (item?.cancelledFrom && item.cancelledFrom <= today) {
      throw new DomainError("ITEM_CANCELLED", `事项 ${document.code} 已于 ${item.cancelledFrom} 取消,不能再编辑`, "code");
    }
    if (!item) {
      [item] = await tx.insert(items).values({ code: document.code }).returning();
    }
    const values = {
      name: document.name,
      kind: document.kind,
      handling: document.handling,
      document,
      contentHash: hashOf(document),
    };
    const draft = await repo.draftOf(document.code);
    const [row] = draft
      ? await tx.update(itemVersions).set(values).where(eq(itemVersions.id, draft.id)).returning()
      : await tx
          .insert(itemVersions)
          .values({
            ...values,
            itemCode: document.code,
            version: (await repo.latestVersionNumber(document.code)) + 1,
            state: "DRAFT",
            createdBy: ctx.actor.id,
          })
          .returning();
    return { version: toItemVersion(row!, "DRAFT") };
  });
}
