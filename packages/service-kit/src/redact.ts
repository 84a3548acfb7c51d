/**
 * Personal data never reaches a log line, neither under a known key nor inside a message: a driver's
 * error text quotes the statement and its parameters (`Failed query: insert … params: 王五,3202…`), and
 * key-based redaction cannot see into it. These patterns censor what can be recognised anywhere in
 * any string; what cannot be recognised (a name) is cut off with the parameter list around it.
 */
export const CENSOR = "[已隐藏]";

/** 18-character resident ID (GB 11643) and the old 15-digit form. */
const RESIDENT_ID = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** Unified social credit code (GB 32100): 18 characters of its alphabet with a digit division code. */
const CREDIT_CODE = /(?<![0-9A-Za-z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Za-z])/g;
/** Mainland mobile, with or without +86. */
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g;
/** Parameters of a failed statement: everything after "params:" to the end of the line. */
const PARAMS = /(params:)[^\n]*/gi;

export function redactText(text: string): string {
  return text.replace(PARAMS, `$1 ${CENSOR}`).replace(RESIDENT_ID, CENSOR).replace(CREDIT_CODE, CENSOR).replace(MOBILE, CENSOR);
}

/** A copy of a log record with every string scrubbed; errors become plain objects first. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error) {
    const plain: Record<string, unknown> = { type: value.name, message: value.message, stack: value.stack };
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) plain.code = code;
    if (value.cause !== undefined) plain.cause = value.cause;
    return redactValue(plain, depth + 1);
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, depth + 1)]));
}
