import { containFault, FAULT_CODE, isFault, type Logger, newCorrelationId, redactText } from "@wuxi/service-kit";
import type { GraphQLFormattedError } from "graphql";
import { chineseInputError } from "./input-errors.ts";
import { SERVICE_UNAVAILABLE } from "./subgraph-data-source.ts";

/** A subgraph that could not be reached: what failed is said, where it lives is not. */
const UNREACHABLE = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|socket hang up|request to |fetch failed|Couldn't|connect /i;

/**
 * What a caller of the gateway reads for an error. Refusals (a subgraph's domain codes, input the
 * schema refused) pass, restated in Chinese; anything else is a fault: a generic message with a
 * correlation id, and the details (scrubbed of personal data) in the gateway's log under that id.
 * A department that is down is named as unavailable, never by its address, port or stack, so the
 * rest of the answer (the centre, its windows, the other departments' items) is still read.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const serviceName = formatted.extensions?.serviceName;
    const unavailable = (correlationId: string): GraphQLFormattedError => ({
      message: `部门服务暂时不可用,本项内容暂缺,其他内容不受影响(错误编号 ${correlationId})`,
      path: formatted.path,
      extensions: { code: SERVICE_UNAVAILABLE, correlationId },
    });
    // Said by the gateway's own data source (subgraph-data-source.ts), already logged once per fetch.
    const said = formatted.extensions?.correlationId;
    if (typeof serviceName === "string" && formatted.extensions?.code === SERVICE_UNAVAILABLE && typeof said === "string") return unavailable(said);
    // A fault that names a subgraph and was not contained by it: the gateway could not fetch from it.
    const fetchFailed = typeof serviceName === "string" && formatted.extensions?.correlationId === undefined && isFault(formatted, error);
    if (typeof serviceName === "string" && (UNREACHABLE.test(formatted.message) || fetchFailed)) {
      const correlationId = newCorrelationId();
      logger.warn({ correlationId, serviceName, detail: redactText(formatted.message), path: formatted.path }, "subgraph unreachable");
      return unavailable(correlationId);
    }
    if (isFault(formatted, error)) {
      return containFault(formatted, (correlationId) =>
        logger.error({ correlationId, detail: redactText(formatted.message), path: formatted.path, code: formatted.extensions?.code }, "request failed"),
      );
    }
    const restated = chineseInputError(formatted);
    // Nothing below the gateway speaks to the caller about stacks or where it runs.
    const { stacktrace: _stack, serviceName: _service, ...extensions } = (restated.extensions ?? {}) as Record<string, unknown>;
    return { ...restated, message: redactText(restated.message), extensions: extensions.code === undefined ? { ...extensions, code: FAULT_CODE } : extensions };
  };
}
