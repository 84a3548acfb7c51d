import { DomainError, type FieldError, ValidationFailed } from "@wuxi/service-kit";
import type { CatalogueContext } from "../context.ts";
import type { ItemDocument } from "../item-document.ts";
import { ItemRepository } from "../item-repository.ts";
import { validateDocument } from "../validate-document.ts";
import { appendPublishedVersion, hashOf } from "./append-published-version.ts";
import { requirePublisher } from "./authorize.ts";
import { checkEffectiveDate } from "./effective-date.ts";

/** Largest catalogue file accepted: a department with a few thousand items fits easily. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

/**
 * Imports a whole catalogue (a JSON array of item documents, or { "items": [...] }) and publishes
 * what changed. Idempotent by code and content: an item whose content equals its latest published
 * version is left alone. A file with any error is rejected whole, with every error by item and field.
 */
export async function importCatalogue(ctx: CatalogueContext, text: string): Promise<ImportResult> {
  requirePublisher(ctx);
  const entries = parseFile(text);
  const errors: FieldError[] = [];
  const documents: ItemDocument[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const result = validateDocument(entry, ctx.department, ctx.departments, { index });
    errors.push(...result.errors);
    if (!result.document) return;
    const first = seen.get(result.document.code);
    if (first !== undefined) {
      errors.push({ code: "DUPLICATE_CODE", message: `事项编码 ${result.document.code} 与第${first + 1}项重复`, field: "code", itemCode: result.document.code, index });
    }
    seen.set(result.document.code, index);
    documents.push(result.document);
  });
  if (errors.length > 0) throw new ValidationFailed(errors);

  const today = ctx.today();
  return ctx.db.transaction(async (tx) => {
    const repo = new ItemRepository(tx);
    const result: ImportResult = { created: [], updated: [], unchanged: [] };
    for (const [index, document] of documents.entries()) {
      const refuse = (code: string, message: string, field = "code") =>
        errors.push({ code, message, field, itemCode: document.code, index });
      const item = await repo.lockItem(document.code);
      if (!item) {
        // A new item may carry a past effective date: no case can have used it yet.
        await appendPublishedVersion(tx, { document, version: 1, effectiveFrom: document.effectiveFrom ?? today, actorId: ctx.actor.id, isNewItem: true, departmentId: ctx.department.id });
        result.created.push(document.code);
        continue;
      }
      if (item.cancelledFrom) {
        refuse("ITEM_CANCELLED", `事项 ${document.code} 已于 ${item.cancelledFrom} 取消,不能再发布`);
        continue;
      }
      const latest = await repo.latestPublished(document.code);
      if (latest && latest.contentHash === hashOf(document)) {
        result.unchanged.push(document.code);
        continue;
      }
      if (await repo.draftOf(document.code)) {
        refuse("DRAFT_OPEN", `事项 ${document.code} 有未发布的草稿,请先发布或在草稿中合并后再导入`);
        continue;
      }
      const effectiveFrom = document.effectiveFrom ?? today;
      try {
        checkEffectiveDate(effectiveFrom, today, latest, "effectiveFrom");
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        refuse(error.code, error.message, "effectiveFrom");
        continue;
      }
      const version = (await repo.latestVersionNumber(document.code)) + 1;
      await appendPublishedVersion(tx, { document, version, effectiveFrom, actorId: ctx.actor.id, isNewItem: false, departmentId: ctx.department.id });
      result.updated.push(document.code);
    }
    // Any refusal rolls the whole file back.
    if (errors.length > 0) throw new ValidationFailed(errors);
    return result;
  });
}

function parseFile(text: string): unknown[] {
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    throw new ValidationFailed([{ code: "FILE_TOO_LARGE", message: "导入文件不能超过10MB", field: "document" }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ValidationFailed([{ code: "INVALID_JSON", message: "导入文件不是有效的 JSON", field: "document" }]);
  }
  const entries = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown })?.items;
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new ValidationFailed([{ code: "EMPTY_CATALOGUE", message: "导入文件须为事项数组或 { \"items\": [...] },且不能为空", field: "document" }]);
  }
  return entries;
}
