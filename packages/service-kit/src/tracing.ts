import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { Resource } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import type { RequestHandler } from "express";

export type { ReadableSpan, SpanExporter } from "@opentelemetry/sdk-trace-base";
/** Keeps finished spans in memory: tests, and the sample trace of docs/operations.md. */
export { InMemorySpanExporter } from "@opentelemetry/sdk-trace-base";

export interface TracingOptions {
  /** `service.name` of the process's resource (one process, one service, as deployed). */
  serviceName: string;
  /** OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://collector:4318; traces go to <endpoint>/v1/traces. */
  endpoint?: string;
  /** An exporter of one's own (tests: InMemorySpanExporter); spans are exported one by one. */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Flushes what is buffered and unregisters the global provider. */
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider, W3C `traceparent` propagation and the async context
 * manager. With neither an endpoint nor an exporter nothing is registered: the OpenTelemetry API
 * stays a no-op (no span is recorded, no header is written) and tracing costs a context lookup.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  if (!options.endpoint && !options.exporter) return undefined;
  const processor = options.exporter
    ? new SimpleSpanProcessor(options.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.endpoint!.replace(/\/$/, "")}/v1/traces` }));
  const provider = new BasicTracerProvider({
    resource: new Resource({ "service.name": options.serviceName }),
    spanProcessors: [processor],
  });
  provider.register({ contextManager: new AsyncLocalStorageContextManager(), propagator: new W3CTraceContextPropagator() });
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** Tracing from the environment (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME); off when the endpoint is unset. */
export function startTracingFromEnvironment(serviceName: string, env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  return startTracing({ serviceName: env.OTEL_SERVICE_NAME || serviceName, endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT || undefined });
}

/**
 * Express middleware opening the server span of one GraphQL call, child of the caller's
 * `traceparent`. Mount it after the body parser: the parser's stream callbacks run outside the
 * request's async context, so a span made active before it would be lost to what follows.
 * Attributes are the method, route and operation name only: never the query's variables, the
 * caller's address or headers (personal data).
 */
export function traceRequests(tracerName: string): RequestHandler {
  const tracer = trace.getTracer(tracerName);
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const operation = typeof req.body?.operationName === "string" ? req.body.operationName : undefined;
    const span = tracer.startSpan(
      `${req.method} ${req.baseUrl || req.path}${operation ? ` ${operation}` : ""}`,
      {
        kind: SpanKind.SERVER,
        attributes: { "http.request.method": req.method, "http.route": req.baseUrl || req.path, ...(operation ? { "graphql.operation.name": operation } : {}) },
      },
      parent,
    );
    // The access log line names the trace even when the caller sent no traceparent (the gateway's).
    if (span.isRecording()) res.locals.traceId = span.spanContext().traceId;
    res.once("finish", () => {
      span.setAttribute("http.response.status_code", res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
