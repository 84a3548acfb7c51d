import { readFileSync } from "node:fs";
import type { Db } from "@wuxi/db";
import type { DepartmentConfig } from "@wuxi/federation";
import { contentHash } from "./content-hash.ts";
import { type ItemDocument, itemDocumentSchema } from "./item-document.ts";
import { items, itemVersions } from "./tables.ts";

export const SEED_EFFECTIVE_FROM = "2025-01-01";

/** Reads and validates a department's seed catalogue; a bad seed file is a programming error. */
export function readSeedCatalogue(file: string, department: DepartmentConfig): ItemDocument[] {
  const raw: unknown[] = JSON.parse(readFileSync(file, "utf8"));
  return raw.map((entry, i) => {
    const doc = itemDocumentSchema.parse(entry);
    if (!doc.code.startsWith(`${department.codePrefix}-`)) {
      throw new Error(`${file}[${i}]: code ${doc.code} does not carry the prefix ${department.codePrefix}`);
    }
    return doc;
  });
}

/**
 * Publishes version 1 of every seed item that the catalogue does not hold yet. Idempotent: an item
 * already present, whatever its later history, is left alone.
 */
export async function seedCatalogue(db: Db, documents: ItemDocument[]): Promise<number> {
  let inserted = 0;
  await db.transaction(async (tx) => {
    for (const doc of documents) {
      const created = await tx.insert(items).values({ code: doc.code }).onConflictDoNothing().returning();
      if (created.length === 0) continue;
      await tx.insert(itemVersions).values({
        itemCode: doc.code,
        version: 1,
        status: "PUBLISHED",
        effectiveFrom: doc.effectiveFrom ?? SEED_EFFECTIVE_FROM,
        name: doc.name,
        kind: doc.kind,
        handling: doc.handling,
        document: doc,
        contentHash: contentHash(doc),
        publishedAt: new Date(),
      });
      inserted += 1;
    }
  });
  return inserted;
}
