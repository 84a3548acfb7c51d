/**
 * Stable error codes shared by every validator in this package.
 *
 * The codes are part of the public contract (clients may switch on them);
 * the Chinese messages are for display and may be reworded at any time.
 */
export const ValidatorErrorCode = {
  /** Resident ID: wrong length or characters (长度或字符不对). */
  ID_FORMAT: "ID_FORMAT",
  /** Resident ID: first two digits are not a province-level code. */
  ID_REGION: "ID_REGION",
  /** Resident ID: birth date is not a real date, is in the future, or is before 1900-01-01. */
  ID_BIRTH_DATE: "ID_BIRTH_DATE",
  /** Resident ID: the 18th character does not match the ISO 7064 MOD 11-2 check. */
  ID_CHECK_DIGIT: "ID_CHECK_DIGIT",
  /** Unified social credit code: wrong length, characters or positional structure. */
  CREDIT_CODE_FORMAT: "CREDIT_CODE_FORMAT",
  /** Unified social credit code: positions 3-8 are not a division code of a province (e.g. 000000). */
  CREDIT_CODE_REGION: "CREDIT_CODE_REGION",
  /** Unified social credit code: the 18th character does not match the mod-31 check. */
  CREDIT_CODE_CHECK_CHAR: "CREDIT_CODE_CHECK_CHAR",
  /** Mainland mobile number: not 11 digits starting with 1[3-9]. */
  MOBILE_FORMAT: "MOBILE_FORMAT",
} as const;

export type ValidatorErrorCode = (typeof ValidatorErrorCode)[keyof typeof ValidatorErrorCode];

export type ResidentIdErrorCode =
  | typeof ValidatorErrorCode.ID_FORMAT
  | typeof ValidatorErrorCode.ID_REGION
  | typeof ValidatorErrorCode.ID_BIRTH_DATE
  | typeof ValidatorErrorCode.ID_CHECK_DIGIT;

export type CreditCodeErrorCode =
  | typeof ValidatorErrorCode.CREDIT_CODE_FORMAT
  | typeof ValidatorErrorCode.CREDIT_CODE_REGION
  | typeof ValidatorErrorCode.CREDIT_CODE_CHECK_CHAR;

export type MobileErrorCode = typeof ValidatorErrorCode.MOBILE_FORMAT;

/** Default user-facing (zh-CN) message for each code. */
export const VALIDATOR_ERROR_MESSAGES: Readonly<Record<ValidatorErrorCode, string>> = {
  ID_FORMAT: "身份证号码格式不正确：应为18位，前17位为数字，末位为数字或X",
  ID_REGION: "身份证号码地区码不正确",
  ID_BIRTH_DATE: "身份证号码出生日期不正确",
  ID_CHECK_DIGIT: "身份证号码校验位不正确",
  CREDIT_CODE_FORMAT: "统一社会信用代码格式不正确：应为18位数字或大写英文字母（不含I、O、S、V、Z）",
  CREDIT_CODE_REGION: "统一社会信用代码的登记管理机关行政区划码不正确",
  CREDIT_CODE_CHECK_CHAR: "统一社会信用代码校验位不正确",
  MOBILE_FORMAT: "手机号码格式不正确",
};

export interface ValidationFailure<C extends ValidatorErrorCode = ValidatorErrorCode> {
  ok: false;
  code: C;
  message: string;
}

/** Build a failure result; `message` defaults to the standard message for `code`. */
export function failure<C extends ValidatorErrorCode>(code: C, message?: string): ValidationFailure<C> {
  return { ok: false, code, message: message ?? VALIDATOR_ERROR_MESSAGES[code] };
}
