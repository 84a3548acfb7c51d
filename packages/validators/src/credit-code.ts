/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * Layout (1-based positions):
 *   1      registration authority code (登记管理部门代码)
 *   2      organisation category code (机构类别代码)
 *   3-8    administrative division code (登记管理机关行政区划码), 6 digits
 *   9-17   organisation code body (主体标识码, GB 11714 organisation code)
 *   18     check character
 * Alphabet: the 31 characters "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, S, V, Z),
 * valued 0..30. Check: weights 3^i mod 31, c = 31 - (Σ value·weight mod 31),
 * c = 31 becomes 0, then mapped back through the alphabet.
 *
 * Deliberately liberal where strictness rejects real codes:
 *  - position 2 accepts any alphabet character (category tables differ by
 *    authority and have grown over time);
 *  - the GB 11714 check character at position 17 is NOT enforced (real codes
 *    exist whose position 17 is a letter or does not satisfy GB 11714).
 */
import { RESIDENT_ID_PROVINCE_CODES } from "./resident-id.ts";
import { failure, ValidatorErrorCode, type CreditCodeErrorCode, type ValidationFailure } from "./errors.ts";

export const CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export const CREDIT_CODE_WEIGHTS: readonly number[] = Object.freeze([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
/** Registration authority codes accepted at position 1. */
export const CREDIT_CODE_AUTHORITY_CODES = "123456789ANY";

// Character class equal to CREDIT_CODE_ALPHABET (asserted in the tests).
const C = "[0-9A-HJ-NP-RTUWXY]";
const PATTERN = new RegExp(`^[${CREDIT_CODE_AUTHORITY_CODES}]${C}[0-9]{6}${C}{9}${C}$`);
const BODY_PATTERN = new RegExp(`^${C}{17}$`);

export interface CreditCodeInfo {
  ok: true;
  /** Normalised code: trimmed, ASCII letters upper-cased. */
  value: string;
  /** Registration authority code (position 1), e.g. "9" for 工商/市场监管. */
  authority: string;
  /** Administrative division code (positions 3-8). */
  divisionCode: string;
}

export type CreditCodeResult = CreditCodeInfo | ValidationFailure<CreditCodeErrorCode>;

// Upper-case ASCII letters only: String#toUpperCase can change length for
// some non-ASCII characters (e.g. "ﬀ" -> "FF") and could turn garbage into a valid code.
function asciiUpper(s: string): string {
  return s.replace(/[a-z]/g, (ch) => ch.toUpperCase());
}

/**
 * Check character for the first 17 characters of a credit code (lowercase accepted).
 * Throws RangeError unless `first17` is 17 alphabet characters (programming error);
 * positional rules (authority code, digit division code) are not checked here.
 */
export function creditCodeCheckChar(first17: string): string {
  const s = asciiUpper(first17);
  if (!BODY_PATTERN.test(s)) {
    throw new RangeError(`creditCodeCheckChar expects 17 characters from ${CREDIT_CODE_ALPHABET}, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(s[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  const c = 31 - (sum % 31);
  return CREDIT_CODE_ALPHABET[c === 31 ? 0 : c]!;
}

/** Validate a unified social credit code. Input is trimmed and upper-cased first. */
export function validateCreditCode(value: string): CreditCodeResult {
  if (typeof value !== "string") return failure(ValidatorErrorCode.CREDIT_CODE_FORMAT);
  const code = asciiUpper(value.trim());
  if (!PATTERN.test(code)) return failure(ValidatorErrorCode.CREDIT_CODE_FORMAT);
  // The division code names the registering authority's place (GB/T 2260): 000000 or a province
  // that does not exist cannot be a code any authority issued, whatever its check character.
  if (!RESIDENT_ID_PROVINCE_CODES.has(code.slice(2, 4))) return failure(ValidatorErrorCode.CREDIT_CODE_REGION);
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return failure(ValidatorErrorCode.CREDIT_CODE_CHECK_CHAR);
  return { ok: true, value: code, authority: code[0]!, divisionCode: code.slice(2, 8) };
}
