import type { DepartmentConfig } from "@wuxi/federation";
import { type FieldError, ValidationFailed } from "@wuxi/service-kit";
import type { z } from "zod";
import { type ItemDocument, itemDocumentSchema } from "./item-document.ts";

/** camelCase -> CAMEL_CASE, for stable codes derived from the field name. */
const constant = (name: string) => name.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

/** A stable code for each refusal: the rule's own code where it has one, else from the field. */
function codeOf(issue: z.core.$ZodIssue, input: unknown): string {
  const custom = (issue as { params?: { code?: string } }).params?.code;
  if (custom) return custom;
  const field = [...issue.path].reverse().find((p) => typeof p === "string") as string | undefined;
  const base = field ? constant(field) : "DOCUMENT";
  if (issue.code === "too_big" && issue.origin === "string") return `${base}_TOO_LONG`;
  if (issue.code === "invalid_type" && valueAt(input, issue.path) === undefined) return `${base}_REQUIRED`;
  return `INVALID_${base}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
}

/**
 * Validates an item document for this department: the schema's rules (promised <= statutory, fees
 * with a legal basis and whole fen …), the code's prefix, and co-departments that exist.
 */
export function validateDocument(
  input: unknown,
  department: DepartmentConfig,
  departments: DepartmentConfig[],
  where: { index?: number } = {},
): { document: ItemDocument; errors: [] } | { document: undefined; errors: FieldError[] } {
  // Errors name the item by its code only when it has the shape of one: anything else (a pasted ID
  // number, a name) is not echoed back; the item's place in the file (index) still names it.
  const rawCode = (input as { code?: unknown })?.code;
  const itemCode = typeof rawCode === "string" && /^[A-Z]{2,6}-[A-Z]{2}-\d{3,5}$/.test(rawCode) ? rawCode : null;
  const errors: FieldError[] = [];
  const parsed = itemDocumentSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ code: codeOf(issue, input), message: inChinese(issue), field: issue.path.join(".") || null, itemCode, index: where.index ?? null });
    }
  }
  if (itemCode && !itemCode.startsWith(`${department.codePrefix}-`)) {
    errors.push({
      code: "CODE_PREFIX_MISMATCH",
      message: `事项编码须以本部门前缀 ${department.codePrefix}- 开头`,
      field: "code",
      itemCode,
      index: where.index ?? null,
    });
  }
  const coDepartments = (input as { coDepartments?: unknown })?.coDepartments;
  if (Array.isArray(coDepartments)) {
    coDepartments.forEach((id, i) => {
      if (id === department.id) {
        errors.push({ code: "CO_DEPARTMENT_IS_LEAD", message: "协办部门不能是本部门", field: `coDepartments.${i}`, itemCode, index: where.index ?? null });
      } else if (!departments.some((d) => d.id === id)) {
        errors.push({ code: "UNKNOWN_CO_DEPARTMENT", message: `协办部门 ${String(id)} 不存在`, field: `coDepartments.${i}`, itemCode, index: where.index ?? null });
      }
    });
  }
  if (errors.length > 0 || !parsed.success) return { document: undefined, errors };
  return { document: parsed.data, errors: [] };
}

export function requireValidDocument(input: unknown, department: DepartmentConfig, departments: DepartmentConfig[]): ItemDocument {
  const result = validateDocument(input, department, departments);
  if (result.errors.length > 0) throw new ValidationFailed(result.errors);
  return result.document!;
}

/**
 * The schema's own messages are Chinese; zod's defaults (a number where text belongs, an unknown
 * value) are English: restated so the publisher reads which field is wrong (found by fuzzing).
 */
function inChinese(issue: { code: string; message: string; path: PropertyKey[] }): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  const field = issue.path.map(String).join(".") || "事项";
  if (issue.code === "invalid_type") return `${field} 的类型不正确`;
  if (issue.code === "invalid_value" || issue.code === "invalid_enum_value") return `${field} 的取值不是允许的选项`;
  if (issue.code === "too_small" || issue.code === "too_big") return `${field} 超出允许的范围`;
  if (issue.code === "unrecognized_keys") return `${field} 含有不认识的字段`;
  return `${field} 的值无效`;
}
