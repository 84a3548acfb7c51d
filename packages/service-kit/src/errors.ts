import { randomUUID } from "node:crypto";
import type { GraphQLError, GraphQLFormattedError } from "graphql";

/**
 * A refusal the caller can understand and act on: a stable code, a Chinese message that names the
 * field, and the field's path. Thrown by use cases before anything is written.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}


/** One refused field, as mutation payloads carry it. */
export interface FieldError {
  code: string;
  message: string;
  field?: string | null;
  itemCode?: string | null;
  index?: number | null;
}

/** Several refused fields at once (一次性告知 applies to input too): nothing was written. */
export class ValidationFailed extends DomainError {
  constructor(readonly errors: FieldError[]) {
    super(errors[0]?.code ?? "INVALID_INPUT", errors.map((e) => e.message).join(";"), errors[0]?.field ?? undefined);
    this.name = "ValidationFailed";
  }
}

/**
 * Runs a use case for a mutation payload: refusals become the payload's `errors` (with `empty` for
 * the rest of the payload), anything else is a fault and propagates as a GraphQL error.
 */
export async function payload<T extends object, E extends object>(
  run: () => Promise<T>,
  empty: E,
): Promise<(T | E) & { errors: FieldError[] }> {
  try {
    return { ...(await run()), errors: [] };
  } catch (error) {
    if (error instanceof ValidationFailed) return { ...empty, errors: error.errors };
    if (error instanceof DomainError && error.code !== "FORBIDDEN") {
      return { ...empty, errors: [{ code: error.code, message: error.message, field: error.field ?? null }] };
    }
    throw error;
  }
}

/** What a caller reads when something failed that they could not have prevented. */
export const FAULT_CODE = "INTERNAL_SERVER_ERROR";
export const faultMessage = (correlationId: string) => `系统内部错误,请稍后重试;如需协助,请向工作人员提供错误编号 ${correlationId}`;

/** A short id that ties what the caller reads to the one log line with the details. */
export function newCorrelationId(): string {
  return randomUUID().replace(/-/g, "").slice(0, 16);
}

/**
 * The formatted error a caller may see for a fault: a generic Chinese message and the correlation id,
 * never the original text (SQL, parameters, addresses, stacks). `log` receives the id and the
 * original error so the log line carries the same id.
 */
export function containFault(formatted: GraphQLFormattedError, log: (correlationId: string) => void): GraphQLFormattedError {
  const existing = formatted.extensions?.correlationId;
  // Already contained by a subgraph: the gateway passes it on unchanged.
  if (typeof existing === "string" && /^[0-9a-f]{16}$/.test(existing)) return formatted;
  const correlationId = newCorrelationId();
  log(correlationId);
  return { message: faultMessage(correlationId), path: formatted.path, extensions: { code: FAULT_CODE, correlationId } };
}

/** Codes GraphQL and Apollo give to requests the caller got wrong; their text is about the request only. */
const REQUEST_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "UNAUTHENTICATED"]);

/**
 * A fault is anything but a refusal: an error thrown in a resolver that is not a DomainError, or an
 * error GraphQL itself marks as internal. Refusals of the request (parse, validation, input) are not.
 */
export function isFault(formatted: GraphQLFormattedError, error: unknown): boolean {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && REQUEST_CODES.has(code)) return false;
  const original = isGraphQLError(error) ? error.originalError : error;
  if (original instanceof DomainError || (original as Error | undefined)?.name === "DomainError" || (original as Error | undefined)?.name === "ValidationFailed") return false;
  // A subgraph's error arrives at the gateway as the plain object it answered: its code decides.
  if (original instanceof Error && !isGraphQLError(original)) return true;
  if (typeof code === "string" && code !== FAULT_CODE && code !== "INTERNAL_SERVER_ERROR") return false;
  return true;
}

/**
 * By name, not instanceof: the gateway's CommonJS dependencies load graphql's CommonJS build while
 * ESM code loads its .mjs build, and each has its own GraphQLError class.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError";
}
