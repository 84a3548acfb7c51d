import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Express, NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { DomainError } from "./errors.ts";

/**
 * Prometheus metrics of one service process, served at /metrics. Labels are operation names and
 * error codes, never variables or ids: nothing personal, and a bounded number of series.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requests: Histogram<"operation" | "type">;
  readonly errors: Counter<"operation" | "code">;
  readonly jobRuns: Histogram<"job" | "outcome">;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "GraphQL operations answered, by operation name and type (rate: the _count series)",
      labelNames: ["operation", "type"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: "graphql_errors_total",
      help: "GraphQL errors by operation and stable code (domain refusals in payloads are not errors)",
      labelNames: ["operation", "code"],
      registers: [this.registry],
    });
    this.jobRuns = new Histogram({
      name: "job_run_duration_seconds",
      help: "Background task runs in this process (delivery, sweeps, replica sync), by outcome",
      labelNames: ["job", "outcome"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
      registers: [this.registry],
    });
  }

  /** For startPeriodic's onRun. */
  readonly onJobRun = (job: string, ms: number, ok: boolean) => {
    this.jobRuns.observe({ job, outcome: ok ? "ok" : "failed" }, ms / 1000);
  };

  /** A gauge read when Prometheus scrapes (queue depth, replica lag …); a failed read leaves it unset. */
  gauge<L extends string>(name: string, help: string, labelNames: L[], read: (set: (labels: Record<L, string>, value: number) => void) => Promise<void>) {
    const gauge: Gauge<L> = new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        gauge.reset();
        await read((labels, value) => gauge.set(labels as never, value)).catch(() => {});
      },
    });
    return gauge;
  }

  /** Times every operation and counts its errors by code. */
  plugin(): ApolloServerPlugin {
    const metrics = this;
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ operationName, operation, errors }) {
            // The gateway names subgraph fetches <Operation>__<subgraph>__<n>: count them as <Operation>.
            const name = operationName?.replace(/__[a-z0-9_-]+__\d+$/, "") ?? "(anonymous)";
            metrics.requests.observe({ operation: name, type: operation?.operation ?? "invalid" }, (performance.now() - started) / 1000);
            for (const error of errors ?? []) {
              // A use case's refusal carries its own code (formatError puts it on the answer later).
              const original = unwrapResolverError(error);
              const code = original instanceof DomainError ? original.code : error.extensions?.code;
              metrics.errors.inc({ operation: name, code: String(code ?? "INTERNAL_SERVER_ERROR") });
            }
          },
        };
      },
    };
  }

  /** GET /metrics in the Prometheus text format. */
  route(app: Express) {
    app.get("/metrics", async (_req, res) => {
      res.setHeader("content-type", this.registry.contentType);
      res.end(await this.registry.metrics());
    });
  }
}

/**
 * One JSON line per HTTP request: method, path (no query string), status, duration, the GraphQL
 * operation name and the trace id. No addresses, no headers, no variables: nothing personal.
 */
export function accessLog(logger: Logger) {
  const log = logger.child({ log: "access" });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === "/healthz" || req.path === "/readyz" || req.path === "/metrics") {
      next();
      return;
    }
    const started = performance.now();
    res.on("finish", () => {
      const body = req.body as { operationName?: unknown } | undefined;
      log.info({
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        operation: typeof body?.operationName === "string" ? body.operationName.slice(0, 100) : undefined,
        // The request's own trace when tracing is on (tracing.ts), else the caller's traceparent.
        trace: (res.locals.traceId as string | undefined) ?? req.header("traceparent")?.split("-")[1],
      });
    });
    next();
  };
}
