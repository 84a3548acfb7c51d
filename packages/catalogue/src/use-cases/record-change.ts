import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";
import { catalogueChanges } from "../tables.ts";

/**
 * Appends to the change feed inside the caller's transaction. Writers take one transaction-scoped
 * lock first, so sequence numbers become visible in commit order and a reader's cursor never skips
 * a change that commits late. Publications are rare; the lock costs nothing that matters.
 */
export async function recordChange(
  tx: Db,
  change: { kind: "PUBLISHED" | "CANCELLED"; itemCode: string; version: number; effectiveFrom: string; departmentId: string },
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('catalogue_changes'))`);
  await tx.insert(catalogueChanges).values(change);
}
