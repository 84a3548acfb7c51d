/**
 * A small closed-loop load generator: N workers, each sending its next request as soon as the
 * previous one answered, for a fixed time after a warm-up that is not counted. Bounded in time
 * (warm-up + duration, plus at most one request timeout) and in count (maxRequests). Only talks
 * to 127.0.0.1: it measures services started by the benchmark itself, never anything else.
 *
 * Node's fetch (undici) keeps connections alive, so each worker reuses its connection.
 */
import { performance } from "node:perf_hooks";

/** One request: resolves with an error message when it failed, undefined when it succeeded. */
export type Send = () => Promise<string | undefined>;

export interface LoadOptions {
  name: string;
  concurrency: number;
  /** Measured duration. */
  seconds: number;
  /** Warm-up before the measured window, not counted. */
  warmupSeconds: number;
  /** Stop issuing requests after this many, warm-up included. */
  maxRequests?: number;
  /** Aborting stops the workers after their request in flight (Ctrl+C). */
  signal?: AbortSignal;
  send: Send;
}

export interface LoadResult {
  name: string;
  concurrency: number;
  /** Successful requests in the measured window. */
  requests: number;
  /** Failed requests in the measured window (HTTP status, GraphQL errors, failed check, timeout). */
  errors: number;
  firstError?: string;
  /** Length of the measured window (shorter only when the run was stopped early). */
  elapsedSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

const DEFAULT_MAX_REQUESTS = 2_000_000;

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { concurrency, send, signal } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  if (!(options.seconds > 0) || !(options.warmupSeconds >= 0)) throw new Error("seconds must be > 0 and warm-up >= 0");
  const maxRequests = options.maxRequests ?? DEFAULT_MAX_REQUESTS;

  // A request counts when its answer arrives inside the measured window, with its whole latency;
  // answers during the warm-up, and answers to requests still in flight when the window closes,
  // are not counted (the workers wait for them, so scenarios never overlap).
  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const measureUntil = measureFrom + options.seconds * 1000;
  const latencies: number[] = [];
  let issued = 0;
  let errors = 0;
  let firstError: string | undefined;

  const worker = async () => {
    while (!signal?.aborted && issued < maxRequests) {
      const t0 = performance.now();
      if (t0 >= measureUntil) return;
      issued += 1;
      let failure: string | undefined;
      try {
        failure = await send();
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const t1 = performance.now();
      if (t1 < measureFrom || t1 >= measureUntil) continue;
      if (failure !== undefined) {
        errors += 1;
        firstError ??= failure;
      } else {
        latencies.push(t1 - t0);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const stoppedAt = performance.now();

  latencies.sort((a, b) => a - b);
  // The whole window, unless the run was stopped (aborted, or out of requests) before it closed.
  const elapsedSeconds = Math.max(Math.min(stoppedAt, measureUntil) - measureFrom, 1) / 1000;
  return {
    name: options.name,
    concurrency,
    requests: latencies.length,
    errors,
    firstError,
    elapsedSeconds,
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? Number.NaN,
  };
}

/** Refuses any target but the loopback address: the benchmark measures only what it started. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1") throw new Error(`the load generator only talks to 127.0.0.1, not ${host}`);
}

export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Checks the answer's data; returns an error message when it is not what was expected. */
  check?: (data: any) => string | undefined;
}

/**
 * A Send that POSTs a GraphQL operation (a fresh one from `next()` per request). Counts as an error:
 * a status other than 200, an `errors` array, a failed check, or no answer within timeoutMs.
 */
export function graphqlSender(options: {
  url: string;
  headers?: Record<string, string>;
  next: () => GraphqlRequest;
  timeoutMs?: number;
}): Send {
  assertLoopback(options.url);
  const headers = { "content-type": "application/json", ...options.headers };
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async () => {
    const { query, variables, check } = options.next();
    const res = await fetch(options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (res.status !== 200) return `HTTP ${res.status}: ${text.slice(0, 200)}`;
    let body: { data?: unknown; errors?: { message?: string }[] };
    try {
      body = JSON.parse(text);
    } catch {
      return `not JSON: ${text.slice(0, 200)}`;
    }
    if (Array.isArray(body.errors) && body.errors.length > 0) return `GraphQL error: ${body.errors[0]?.message ?? "(no message)"}`;
    if (body.data == null) return "no data in the answer";
    return check?.(body.data);
  };
}

/** Share of failed requests among all measured ones. */
export const errorRate = (r: LoadResult) => (r.requests + r.errors === 0 ? 1 : r.errors / (r.requests + r.errors));

/** A plain-text table of results, one line per scenario. */
export function formatTable(results: LoadResult[]): string {
  const header = ["scenario", "clients", "requests", "req/s", "p50 ms", "p99 ms", "errors"];
  const rows = results.map((r) => [
    r.name,
    String(r.concurrency),
    String(r.requests),
    r.requestsPerSecond.toFixed(1),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    String(r.errors),
  ]);
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]!))));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c + " ".repeat(widths[i]! - width(c)) : " ".repeat(widths[i]! - width(c)) + c)).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
