import type { ItemDocument } from "./item-document.ts";
import type { ItemVersionRow } from "./tables.ts";

export type ItemVersionStatus = "DRAFT" | "PUBLISHED" | "SUPERSEDED" | "CANCELLED";

/** A version of an item as the domain sees it: the document plus its place in the version history. */
export type ItemVersion = ItemDocument & {
  version: number;
  status: ItemVersionStatus;
  effectiveFrom: string;
  publishedAt: Date | null;
};

export function toItemVersion(row: ItemVersionRow): ItemVersion {
  return {
    ...row.document,
    code: row.itemCode,
    version: row.version,
    status: row.status as ItemVersionStatus,
    effectiveFrom: row.effectiveFrom,
    publishedAt: row.publishedAt,
  };
}
