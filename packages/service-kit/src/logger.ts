import { pino, type Logger } from "pino";

/**
 * Personal data (ID numbers, phones, names of applicants) never reaches a log line: these paths are
 * censored wherever they appear in a logged object.
 */
const REDACT = [
  "idNumber", "*.idNumber", "*.*.idNumber",
  "phone", "*.phone", "*.*.phone",
  "mobile", "*.mobile", "*.*.mobile",
  "creditCode", "*.creditCode",
  "req.headers.authorization", "req.headers[\"x-gateway-token\"]",
  "variables",
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ name: service, level, redact: { paths: REDACT, censor: "[已隐藏]" } });
}
export type { Logger };
