import { readFileSync } from "node:fs";
import type { Db } from "@wuxi/db";
import type { DepartmentConfig } from "@wuxi/federation";
import { type ItemDocument, itemDocumentSchema } from "./item-document.ts";
import { items } from "./tables.ts";
import { appendPublishedVersion } from "./use-cases/append-published-version.ts";

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
 * Publishes version 1 of every seed item the catalogue does not hold yet, through the change feed
 * like any publication. Idempotent: an item already present, whatever its later history, is left alone.
 */
export async function seedCatalogue(db: Db, documents: ItemDocument[], departmentId: string): Promise<number> {
  const existing = new Set((await db.select({ code: items.code }).from(items)).map((r) => r.code));
  const missing = documents.filter((d) => !existing.has(d.code));
  if (missing.length === 0) return 0;
  await db.transaction(async (tx) => {
    for (const document of missing) {
      await appendPublishedVersion(tx, {
        document,
        version: 1,
        effectiveFrom: document.effectiveFrom ?? SEED_EFFECTIVE_FROM,
        actorId: "seed",
        isNewItem: true,
        departmentId,
      });
    }
  });
  return missing.length;
}
