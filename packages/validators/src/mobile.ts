/** Mainland China mobile numbers: 11 digits, starting 13-19. */
import { failure, ValidatorErrorCode, type MobileErrorCode, type ValidationFailure } from "./errors.ts";

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export type MobileResult = { ok: true; /** trimmed number */ value: string } | ValidationFailure<MobileErrorCode>;

/**
 * Validate a mainland mobile number. Surrounding whitespace is trimmed; no
 * other normalisation is done (no "+86" prefix, separators or full-width digits).
 */
export function validateMobile(value: string): MobileResult {
  if (typeof value !== "string") return failure(ValidatorErrorCode.MOBILE_FORMAT);
  const mobile = value.trim();
  if (!MOBILE_PATTERN.test(mobile)) return failure(ValidatorErrorCode.MOBILE_FORMAT);
  return { ok: true, value: mobile };
}
