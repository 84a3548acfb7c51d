import { type DestinationStream, pino, type Logger } from "pino";
import { CENSOR, redactText, redactValue } from "./redact.ts";

/**
 * Personal data (ID numbers, phones, names of applicants) never reaches a log line: these paths are
 * censored wherever they appear in a logged object, and every string is scrubbed by pattern
 * (redact.ts), messages included.
 */
const REDACT = [
  "idNumber", "*.idNumber", "*.*.idNumber",
  "phone", "*.phone", "*.*.phone",
  "mobile", "*.mobile", "*.*.mobile",
  "creditCode", "*.creditCode",
  "req.headers.authorization", "req.headers[\"x-gateway-token\"]",
  "variables",
];

export function createLogger(service: string, level = process.env.LOG_LEVEL ?? "info", destination?: DestinationStream): Logger {
  const options = {
    name: service,
    level,
    redact: { paths: REDACT, censor: CENSOR },
    formatters: { log: (record: Record<string, unknown>) => redactValue(record) as Record<string, unknown> },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, args.map((a) => (typeof a === "string" ? redactText(a) : a)));
      },
    },
  } satisfies Parameters<typeof pino>[0];
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
