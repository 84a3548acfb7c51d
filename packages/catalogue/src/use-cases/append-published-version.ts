import type { Db } from "@wuxi/db";
import { contentHash } from "../content-hash.ts";
import type { ItemDocument } from "../item-document.ts";
import { items, itemVersions } from "../tables.ts";
import { recordChange } from "./record-change.ts";

/** The content whose hash decides "unchanged": the document without its effective date. */
export function hashOf(document: ItemDocument): string {
  const { effectiveFrom: _effectiveFrom, ...content } = document;
  return contentHash(content);
}

/**
 * Writes a new published version and its change-feed entry, in the caller's transaction. The caller
 * has checked that the effective date follows the latest published version's.
 */
export async function appendPublishedVersion(
  tx: Db,
  input: { document: ItemDocument; version: number; effectiveFrom: string; actorId: string; isNewItem: boolean; departmentId: string },
): Promise<void> {
  const { document, version, effectiveFrom } = input;
  if (input.isNewItem) await tx.insert(items).values({ code: document.code });
  await tx.insert(itemVersions).values({
    itemCode: document.code,
    version,
    state: "PUBLISHED",
    effectiveFrom,
    name: document.name,
    kind: document.kind,
    handling: document.handling,
    document: { ...document, effectiveFrom },
    contentHash: hashOf(document),
    publishedAt: new Date(),
    createdBy: input.actorId,
  });
  await recordChange(tx, { kind: "PUBLISHED", itemCode: document.code, version, effectiveFrom, departmentId: input.departmentId });
}
