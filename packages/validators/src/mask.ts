/**
 * Masking for display to people who must not see personal data.
 *
 * Rules common to every function:
 *  - the output has the same length as the input, counted in Unicode code
 *    points (so a rare CJK character outside the BMP counts as one);
 *  - a value that is not well-formed is masked entirely ("*" × length)
 *    rather than partly revealed, since we cannot tell which parts are safe.
 * Well-formedness here is about shape only: an ID whose check digit is wrong
 * is still masked the normal way. Inputs are NOT trimmed: surrounding
 * whitespace makes a value malformed.
 */
import { MOBILE_PATTERN } from "./mobile.ts";

const MASK = "*";
const RESIDENT_ID_SHAPE = /^\d{17}[\dXx]$/;

function maskAll(value: string): string {
  return MASK.repeat(Array.from(value).length);
}

function keepEnds(value: string, head: number, tail: number): string {
  return value.slice(0, head) + MASK.repeat(value.length - head - tail) + value.slice(value.length - tail);
}

/** "320102199001011234" -> "320***********1234" (keeps the first 3 and last 4). */
export function maskResidentId(value: string): string {
  return RESIDENT_ID_SHAPE.test(value) ? keepEnds(value, 3, 4) : maskAll(value);
}

/** "13812345678" -> "138****5678" (keeps the first 3 and last 4). */
export function maskPhone(value: string): string {
  return MOBILE_PATTERN.test(value) ? keepEnds(value, 3, 4) : maskAll(value);
}

/**
 * "张三丰" -> "张**" (keeps the first character). A one-character value is
 * masked entirely ("*"): keeping its first character would reveal all of it.
 */
export function maskName(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return MASK.repeat(chars.length);
  return chars[0]! + MASK.repeat(chars.length - 1);
}
