import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { PgPreparedQuery } from "drizzle-orm/pg-core";

const tracer = trace.getTracer("@wuxi/db");

/**
 * One span per SQL statement, child of the request's span, for both drivers: every drizzle query
 * of postgres.js and PGlite (inside transactions too) reaches its driver through
 * PgPreparedQuery.queryWithCache. drizzle's own tracing hook records the parameters (names, ID
 * numbers, phones) and is not wired in this version anyway; this records the statement text
 * only, whose values are `$1, $2 …` placeholders.
 *
 * Only under a recording span: background sweeps outside any request make no root spans, and with
 * tracing off (no provider) a query pays one context lookup.
 */
export function traceSql(): void {
  type QueryWithCache = (queryString: string, params: unknown[], query: () => Promise<unknown>) => Promise<unknown>;
  const prototype = PgPreparedQuery.prototype as unknown as { queryWithCache: QueryWithCache & { traced?: true } };
  const original = prototype.queryWithCache;
  if (original.traced) return;
  const traced: QueryWithCache & { traced?: true } = function (this: unknown, queryString, params, query) {
    if (!trace.getActiveSpan()?.isRecording()) return original.call(this, queryString, params, query);
    return tracer.startActiveSpan(
      statementName(queryString),
      { kind: SpanKind.CLIENT, attributes: { "db.system": "postgresql", "db.query.text": queryString } },
      async (span) => {
        try {
          return await original.call(this, queryString, params, query);
        } catch (error) {
          // The driver's message can quote a value (a duplicate key's); only its SQLSTATE is kept.
          const code = (error as { code?: unknown }).code;
          span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === "string" ? code : "error" });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };
  traced.traced = true;
  prototype.queryWithCache = traced;
}

/** "select cases", "insert case_history": the verb and first table, as a span's name. */
function statementName(queryString: string): string {
  const verb = /^\s*(\w+)/.exec(queryString)?.[1]?.toLowerCase() ?? "sql";
  const table = /\b(?:from|into|update|join)\s+"?([\w.]+)"?/i.exec(queryString)?.[1];
  return table ? `${verb} ${table}` : verb;
}
