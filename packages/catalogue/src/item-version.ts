import type { ItemDocument } from "./item-document.ts";
import type { ItemRow, ItemVersionRow } from "./tables.ts";

export type ItemVersionStatus = "DRAFT" | "SCHEDULED" | "PUBLISHED" | "SUPERSEDED" | "CANCELLED";

/** A version of an item as the domain sees it: the document plus its place in the version history. */
export type ItemVersion = Omit<ItemDocument, "effectiveFrom"> & {
  version: number;
  status: ItemVersionStatus;
  effectiveFrom: string | null;
  publishedAt: Date | null;
};

/**
 * The state of a version on a given day: drafts are drafts; after the cancellation date everything
 * is cancelled; a version not yet effective is scheduled; of the effective ones the highest is in
 * force and the others are superseded.
 */
export function statusOn(
  today: string,
  row: Pick<ItemVersionRow, "state" | "version" | "effectiveFrom">,
  item: Pick<ItemRow, "cancelledFrom">,
  inForceVersion: number | undefined,
): ItemVersionStatus {
  if (row.state === "DRAFT") return "DRAFT";
  if (item.cancelledFrom && item.cancelledFrom <= today) return "CANCELLED";
  if (row.effectiveFrom! > today) return "SCHEDULED";
  return row.version === inForceVersion ? "PUBLISHED" : "SUPERSEDED";
}

export function toItemVersion(row: ItemVersionRow, status: ItemVersionStatus): ItemVersion {
  return {
    ...row.document,
    code: row.itemCode,
    version: row.version,
    status,
    effectiveFrom: row.effectiveFrom,
    publishedAt: row.publishedAt,
  };
}
