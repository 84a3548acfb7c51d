import type { CatalogueChange } from "@wuxi/catalogue";
import type { Db } from "@wuxi/db";
import { eq } from "drizzle-orm";
import { itemCancellations, itemReplica, replicaCursors } from "../tables.ts";

/** A change as the department's feed publishes it: the contract is the catalogue's own type. */
export type FeedChange = CatalogueChange;

export async function cursorOf(db: Db, departmentId: string): Promise<number> {
  const [row] = await db.select().from(replicaCursors).where(eq(replicaCursors.departmentId, departmentId));
  return row?.sequence ?? 0;
}

/**
 * Applies one batch of a department's changes and moves its cursor, in one transaction: a crash
 * between batches replays nothing twice and loses nothing. Applying a change twice is harmless.
 */
export async function applyChanges(db: Db, departmentId: string, changes: FeedChange[], cursor: number): Promise<void> {
  await db.transaction(async (tx) => {
    for (const change of changes) {
      if (change.kind === "PUBLISHED" && change.content) {
        await tx
          .insert(itemReplica)
          .values({
            code: change.code,
            version: change.version,
            departmentId,
            effectiveFrom: change.effectiveFrom,
            name: change.content.name,
            document: change.content,
          })
          .onConflictDoNothing();
      } else if (change.kind === "CANCELLED") {
        await tx
          .insert(itemCancellations)
          .values({ code: change.code, departmentId, cancelledFrom: change.effectiveFrom })
          .onConflictDoUpdate({ target: itemCancellations.code, set: { cancelledFrom: change.effectiveFrom } });
      }
    }
    await tx
      .insert(replicaCursors)
      .values({ departmentId, sequence: cursor, syncedAt: new Date() })
      .onConflictDoUpdate({ target: replicaCursors.departmentId, set: { sequence: cursor, syncedAt: new Date() } });
  });
}
