/**
 * Generators of syntactically valid identifiers for seeds, fixtures and
 * benchmarks. They produce well-formed numbers, NOT real people's or
 * organisations' identifiers — though a generated value may by chance
 * coincide with a real one, so do not use them where that matters.
 */
import { compactDateToIso } from "./calendar.ts";
import { CREDIT_CODE_ALPHABET, CREDIT_CODE_AUTHORITY_CODES, creditCodeCheckChar } from "./credit-code.ts";
import { RESIDENT_ID_MIN_BIRTH_DATE, RESIDENT_ID_PROVINCE_CODES, residentIdCheckChar } from "./resident-id.ts";

/**
 * Build a resident ID: regionCode (6 digits, valid province prefix) +
 * birthDate ("YYYY-MM-DD", a real date on or after 1900-01-01) + seq (0..999,
 * zero-padded; odd = male, even = female) + check character.
 * The future-date rule is not applied here (callers pass whatever "today" they
 * validate against). Throws RangeError on bad arguments.
 */
export function makeResidentId(regionCode: string, birthDate: string, seq: number): string {
  if (!/^\d{6}$/.test(regionCode) || !RESIDENT_ID_PROVINCE_CODES.has(regionCode.slice(0, 2))) {
    throw new RangeError(`makeResidentId: invalid region code ${JSON.stringify(regionCode)}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const compact = m ? `${m[1]}${m[2]}${m[3]}` : "";
  if (!m || compactDateToIso(compact) === null || birthDate < RESIDENT_ID_MIN_BIRTH_DATE) {
    throw new RangeError(`makeResidentId: invalid birth date ${JSON.stringify(birthDate)}`);
  }
  if (!Number.isInteger(seq) || seq < 0 || seq > 999) {
    throw new RangeError(`makeResidentId: seq must be an integer in 0..999, got ${seq}`);
  }
  const first17 = regionCode + compact + String(seq).padStart(3, "0");
  return first17 + residentIdCheckChar(first17);
}

/** Number of distinct serials makeCreditCode can encode (31^9). */
export const CREDIT_CODE_SERIAL_LIMIT = 31 ** 9;

/**
 * Build a credit code: prefix (default "91" = 工商/市场监管 + 企业) +
 * divisionCode (6 digits) + serial written in base 31 over the code alphabet,
 * zero-padded to 9 characters + check character.
 * serial must be an integer in 0 .. 31^9 - 1. Throws RangeError on bad arguments.
 */
export function makeCreditCode(divisionCode: string, serial: number, prefix = "91"): string {
  if (!/^\d{6}$/.test(divisionCode)) {
    throw new RangeError(`makeCreditCode: division code must be 6 digits, got ${JSON.stringify(divisionCode)}`);
  }
  if (!Number.isSafeInteger(serial) || serial < 0 || serial >= CREDIT_CODE_SERIAL_LIMIT) {
    throw new RangeError(`makeCreditCode: serial must be an integer in 0..${CREDIT_CODE_SERIAL_LIMIT - 1}, got ${serial}`);
  }
  if (prefix.length !== 2 || !CREDIT_CODE_AUTHORITY_CODES.includes(prefix[0]!) || !CREDIT_CODE_ALPHABET.includes(prefix[1]!)) {
    throw new RangeError(`makeCreditCode: invalid prefix ${JSON.stringify(prefix)}`);
  }
  let body = "";
  for (let n = serial, i = 0; i < 9; i++, n = Math.floor(n / 31)) body = CREDIT_CODE_ALPHABET[n % 31]! + body;
  const first17 = prefix + divisionCode + body;
  return first17 + creditCodeCheckChar(first17);
}
