import type { ItemDocument } from "@wuxi/catalogue";
import { DomainError } from "@wuxi/service-kit";

/**
 * Money is integer fen end to end: every amount is checked to be a safe integer, every sum stays
 * below GraphQL's 32-bit Int, and nothing is ever divided or multiplied by a fraction.
 */
export const MAX_FEN = 2 ** 31 - 1;
/** Copies or square metres on one line: anything above is a typing error. */
export const MAX_QUANTITY = 1_000_000;

export type FeeStandard = ItemDocument["fees"][number];

export interface BillLineInput {
  feeCode: string;
  quantity?: number | null;
  reductionFen?: number | null;
  reductionReason?: string | null;
}

export interface ComputedLine {
  lineNo: number;
  departmentId: string;
  feeCode: string;
  feeName: string;
  rule: string;
  unit: string | null;
  unitFen: number;
  quantity: number;
  grossFen: number;
  reductionFen: number;
  reductionReason: string | null;
  amountFen: number;
  legalBasis: string;
}

/** An amount of money given by a caller: a whole number of fen within range, or a refusal naming the field. */
export function requireFen(value: unknown, field: string, { allowZero = false } = {}): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw new DomainError("AMOUNT_NOT_INTEGER_FEN", "金额必须为以分计的整数", field);
  if (value < 0) throw new DomainError("AMOUNT_NEGATIVE", "金额不能为负数", field);
  if (value === 0 && !allowZero) throw new DomainError("AMOUNT_ZERO", "金额必须大于零", field);
  if (value > MAX_FEN) throw new DomainError("AMOUNT_TOO_LARGE", `金额超过上限(${MAX_FEN}分)`, field);
  return value;
}

/** The fee standards a line names, unknown to the version: what a clerk may not charge (Arts. 58-59). */
export function linesOutsideStandard(fees: FeeStandard[], lines: BillLineInput[]): string[] {
  const known = new Set(fees.map((f) => f.code));
  return lines.map((l) => l.feeCode).filter((code) => !known.has(code));
}

/**
 * Computes a bill's lines from the version's fee standards. Call after `linesOutsideStandard` found
 * nothing: every line names a published standard. `itemDepartmentId` is the department of a fee
 * that names none.
 */
export function computeLines(fees: FeeStandard[], itemDepartmentId: string, lines: BillLineInput[]): { lines: ComputedLine[]; totalFen: number } {
  if (lines.length === 0) throw new DomainError("BILL_EMPTY", "缴费通知至少须有一项收费", "lines");
  const seen = new Set<string>();
  const groups = new Map<string, FeeStandard>();
  let totalFen = 0;
  const computed = lines.map((line, i): ComputedLine => {
    const field = `lines.${i}`;
    const fee = fees.find((f) => f.code === line.feeCode)!;
    if (seen.has(fee.code)) throw new DomainError("DUPLICATE_FEE_LINE", `收费项目「${fee.name}」重复`, `${field}.feeCode`);
    seen.add(fee.code);
    // Standards the item version declares mutually exclusive (住宅类 / 非住宅类) are never billed together.
    const rival = fee.exclusiveGroup ? groups.get(fee.exclusiveGroup) : undefined;
    if (rival) throw new DomainError("EXCLUSIVE_FEES", `「${rival.name}」与「${fee.name}」只能收取其一`, `${field}.feeCode`);
    if (fee.exclusiveGroup) groups.set(fee.exclusiveGroup, fee);
    const quantity = line.quantity ?? 1;
    if (!Number.isInteger(quantity) || quantity < 1) throw new DomainError("INVALID_QUANTITY", "数量必须为不小于1的整数", `${field}.quantity`);
    if (quantity > MAX_QUANTITY) throw new DomainError("INVALID_QUANTITY", `数量不能超过${MAX_QUANTITY}`, `${field}.quantity`);
    if (fee.rule === "FIXED" && quantity !== 1) throw new DomainError("QUANTITY_NOT_APPLICABLE", `「${fee.name}」为固定金额收费,数量只能为1`, `${field}.quantity`);
    const grossFen = fee.amountFen * quantity;
    if (!Number.isSafeInteger(grossFen) || grossFen > MAX_FEN) throw new DomainError("AMOUNT_TOO_LARGE", `「${fee.name}」金额超过上限(${MAX_FEN}分)`, `${field}.quantity`);
    const reductionFen = requireFen(line.reductionFen ?? 0, `${field}.reductionFen`, { allowZero: true });
    const reason = line.reductionReason?.trim() || null;
    if (reductionFen > 0) {
      if (!fee.reductions) throw new DomainError("REDUCTION_NOT_ALLOWED", `「${fee.name}」的收费标准没有减免规定,不能减免`, `${field}.reductionFen`);
      if (!reason) throw new DomainError("REDUCTION_REASON_REQUIRED", "减免须写明依据的减免情形", `${field}.reductionReason`);
      if (reason.length > 500) throw new DomainError("REDUCTION_REASON_TOO_LONG", "减免理由不能超过500字", `${field}.reductionReason`);
      if (reductionFen > grossFen) throw new DomainError("REDUCTION_EXCEEDS_FEE", `减免金额不能超过应收金额(${grossFen}分)`, `${field}.reductionFen`);
    }
    const amountFen = grossFen - reductionFen;
    totalFen += amountFen;
    if (totalFen > MAX_FEN) throw new DomainError("AMOUNT_TOO_LARGE", `缴费总额超过上限(${MAX_FEN}分)`, "lines");
    return {
      lineNo: i + 1,
      departmentId: fee.departmentId ?? itemDepartmentId,
      feeCode: fee.code,
      feeName: fee.name,
      rule: fee.rule,
      unit: fee.unit ?? null,
      unitFen: fee.amountFen,
      quantity,
      grossFen,
      reductionFen,
      reductionReason: reductionFen > 0 ? reason : null,
      amountFen,
      legalBasis: fee.legalBasis,
    };
  });
  return { lines: computed, totalFen };
}

/** Fen as yuan text for documents and exports ("1234.50"), by string arithmetic only. */
export function yuan(fen: number): string {
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
