/**
 * 18-digit PRC resident identity number (公民身份号码), GB 11643-1999.
 *
 * Layout: 6-digit address code (行政区划代码) + 8-digit birth date YYYYMMDD
 * + 3-digit sequence (odd = male, even = female) + 1 check character.
 * The check character is ISO 7064 MOD 11-2: weights 2^(17-i) mod 11 for
 * i = 0..16, i.e. [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; sum mod 11 indexes
 * into "10X98765432".
 */
import { compactDateToIso, localIsoDate } from "./calendar.ts";
import { failure, ValidatorErrorCode, type ResidentIdErrorCode, type ValidationFailure } from "./errors.ts";

export const RESIDENT_ID_WEIGHTS: readonly number[] = Object.freeze([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
const CHECK_CHARS = "10X98765432";

/**
 * Province-level codes accepted as the first two digits. 71 (台湾) is in
 * GB/T 2260; 81 (香港), 82 (澳门) and 83 (台湾) are used by the residence
 * permits for Hong Kong, Macao and Taiwan residents (港澳台居民居住证).
 */
export const RESIDENT_ID_PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15",
  "21", "22", "23",
  "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46",
  "50", "51", "52", "53", "54",
  "61", "62", "63", "64", "65",
  "71",
  "81", "82", "83",
]);

/** Earliest birth date accepted. */
export const RESIDENT_ID_MIN_BIRTH_DATE = "1900-01-01";

export interface ResidentIdInfo {
  ok: true;
  /** Normalised number: trimmed, lowercase x upper-cased. */
  value: string;
  /** Birth date as "YYYY-MM-DD". */
  birthDate: string;
  /** From the 17th digit: odd = "M", even = "F". */
  sex: "M" | "F";
  /** The 6-digit address code (first six digits). */
  regionCode: string;
}

export type ResidentIdResult = ResidentIdInfo | ValidationFailure<ResidentIdErrorCode>;

/**
 * Check character for the first 17 digits of a resident ID.
 * Throws RangeError if `first17` is not exactly 17 ASCII digits (programming error).
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError(`residentIdCheckChar expects 17 digits, got ${JSON.stringify(first17)}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_ID_WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Validate an 18-digit resident ID.
 *
 * Checks run in this order and the first failure is reported: format,
 * province code, birth date, check character.
 *
 * @param today reference "now" for the no-future-birth-date rule; its calendar
 *   date is taken in the process's local time zone. Defaults to the current time.
 */
export function validateResidentId(value: string, today: Date = new Date()): ResidentIdResult {
  if (Number.isNaN(today.getTime())) throw new RangeError("validateResidentId: `today` is an invalid Date");
  if (typeof value !== "string") return failure(ValidatorErrorCode.ID_FORMAT);

  // Only ASCII lowercase x is folded; anything else non-ASCII stays and fails the format check.
  const id = value.trim().replace(/x$/, "X");
  if (!/^\d{17}[\dX]$/.test(id)) return failure(ValidatorErrorCode.ID_FORMAT);

  if (!RESIDENT_ID_PROVINCE_CODES.has(id.slice(0, 2))) return failure(ValidatorErrorCode.ID_REGION);

  const birthDate = compactDateToIso(id.slice(6, 14));
  if (birthDate === null) {
    return failure(ValidatorErrorCode.ID_BIRTH_DATE, "身份证号码出生日期不正确：不是有效的日期");
  }
  if (birthDate < RESIDENT_ID_MIN_BIRTH_DATE) {
    return failure(ValidatorErrorCode.ID_BIRTH_DATE, "身份证号码出生日期不正确：早于1900年1月1日");
  }
  if (birthDate > localIsoDate(today)) {
    return failure(ValidatorErrorCode.ID_BIRTH_DATE, "身份证号码出生日期不正确：晚于当前日期");
  }

  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return failure(ValidatorErrorCode.ID_CHECK_DIGIT);

  return {
    ok: true,
    value: id,
    birthDate,
    sex: (id.charCodeAt(16) - 48) % 2 === 1 ? "M" : "F",
    regionCode: id.slice(0, 6),
  };
}
