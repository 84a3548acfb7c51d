import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { propagation, ROOT_CONTEXT, trace } from "@opentelemetry/api";
import { expect, it } from "vitest";
import { startTracing, startTracingFromEnvironment } from "./tracing.ts";

it("is off without OTEL_EXPORTER_OTLP_ENDPOINT: nothing registered, no traceparent written", () => {
  expect(startTracingFromEnvironment("centre", {})).toBeUndefined();
  const headers: Record<string, string> = {};
  trace.getTracer("centre").startActiveSpan("x", (span) => {
    propagation.inject(trace.setSpan(ROOT_CONTEXT, span), headers);
    expect(span.isRecording()).toBe(false);
    span.end();
  });
  expect(headers).toEqual({});
});

it("exports spans over OTLP/HTTP to <endpoint>/v1/traces, under the service's name", async () => {
  const received: { url?: string; body: string }[] = [];
  const collector = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => (received.push({ url: req.url, body }), res.end("{}")));
  });
  await new Promise<void>((r) => collector.listen(0, "127.0.0.1", r));
  const tracing = startTracingFromEnvironment("centre", { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}/` })!;
  trace.getTracer("centre").startSpan("POST /graphql").end();
  // Shutdown flushes the batch: the collector has the span once it returns.
  await tracing.shutdown();
  await new Promise<void>((r) => collector.close(() => r()));
  expect(received).toHaveLength(1);
  expect(received[0]!.url).toBe("/v1/traces");
  const sent = JSON.parse(received[0]!.body);
  expect(sent.resourceSpans[0].resource.attributes).toContainEqual({ key: "service.name", value: { stringValue: "centre" } });
  expect(sent.resourceSpans[0].scopeSpans[0].spans[0].name).toBe("POST /graphql");
  expect(startTracing({ serviceName: "x" })).toBeUndefined();
});
