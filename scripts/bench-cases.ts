/**
 * npm run bench:cases [-- --seconds 15 --warmup 3 --clerks 20 --users 16 --cases 1000000 --batches 4 --deadlines 1000000]
 *
 * Issue 4, item 9. Three figures of the case engine, every subgraph in this one process behind the
 * real gateway (tests/support/network.ts: one database per service on the PostgreSQL server of
 * DATABASE_URL, created for the run and dropped at the end):
 *
 *   1. intake throughput: 20 window clerks of 梁溪区 320213-A01, each with their own token, send
 *      `intakeCase` (the window console's INTAKE operation, complete materials, the 承诺件
 *      promisedItem) back to back through the gateway; counted: cases ACCEPTED without errors
 *      per second, p50/p99 latency. The centre's clock is real time.
 *   2. the window queue over 1M cases: synthetic cases bulk-inserted straight into the centre's
 *      `cases` table (insert … select … from generate_series, in batches), spread over the 29
 *      centres' windows, ~5% open; ANALYZE; then 16 users query
 *      `windowQueue(windowId: "320213-A01", first: 50) { caseNumber state clock { deadline } }`
 *      through the gateway; p50/p99, requests/s and the EXPLAIN ANALYZE of the queue's SQL.
 *   3. the deadline computation rate: `clockOf` (the centre's clock, on `deadlineWithPauses`) for
 *      1M synthetic cases in-process, single-threaded, no database.
 *
 * Without DATABASE_URL it falls back to in-memory PGlite, says so loudly, and inserts fewer cases
 * (the figures are then not the ones the issue asks for). Not a test: figures go to
 * docs/performance-cases.md.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { addCalendarDays, civilDateOf, compareDates, daysBetween, deadlineWithPauses, defaultCalendar, type HolidayCalendar } from "@wuxi/calendar";
import { type Db, openDatabase } from "@wuxi/db";
import { type Actor, signUserToken } from "@wuxi/identity";
import { sql } from "drizzle-orm";
import { CaseRepository, OPEN_STATES } from "@wuxi/centre";
import { clockOf } from "../subgraphs/centre/src/cases/case-clock.ts";
import { complete, INTAKE, promisedItem, publishAndStation, zhangSan } from "../tests/support/cases.ts";
import { databaseUrl, startTestNetwork, TEST_AUTH_SECRET, type TestNetwork } from "../tests/support/network.ts";
import { interruptible } from "./bench/interrupt.ts";
import { loadSyntheticCases, rows } from "./bench/synthetic-cases.ts";

const CENTRE_ID = "320213";
const WINDOW_ID = "320213-A01";
/** What windowQueue counts as open (subgraphs/centre/src/resolvers/CaseQueries.ts). */
const QUEUE_FIRST = 50;
/** INTAKE's selection without `notice { pdfBase64 }`: the receipt is not rendered. */
const INTAKE_WITHOUT_PDF = INTAKE.replace(/\s*pdfBase64/, "");
const QUEUE = `query($w: ID!) { windowQueue(windowId: $w, first: ${QUEUE_FIRST}) { caseNumber state clock { deadline } } }`;
/** Share of all synthetic cases received at 320213-A01 (a busy district market window). */
const TARGET_WINDOW_SHARE = 0.08;
const MAX_ERROR_RATE = 0.01;
const REQUEST_TIMEOUT_MS = 30_000;
/** The whole run, set-up and clean-up included, is stopped after this. */
const WATCHDOG_MS = 20 * 60_000;

// ---------------------------------------------------------------------------------------------
// Arguments

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    clerks: { type: "string", default: "20" },
    users: { type: "string", default: "16" },
    cases: { type: "string" },
    batches: { type: "string", default: "4" },
    deadlines: { type: "string", default: "1000000" },
  },
});
function numberArg(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`--${name} must be a number between ${min} and ${max}, got "${value}"`);
    process.exit(2);
  }
  return n;
}
const seconds = numberArg("seconds", args.seconds, 1, 300);
const warmupSeconds = numberArg("warmup", args.warmup, 0, 60);
const clerks = Math.round(numberArg("clerks", args.clerks, 1, 200));
const users = Math.round(numberArg("users", args.users, 1, 200));
// PGlite keeps everything in this process's memory (WebAssembly): a smaller table by default.
const syntheticCases = Math.round(numberArg("cases", args.cases ?? (databaseUrl ? "1000000" : "200000"), 1000, 5_000_000));
const batches = Math.round(numberArg("batches", args.batches, 1, 100));
const deadlineCases = Math.round(numberArg("deadlines", args.deadlines, 1000, 10_000_000));

const engineName = databaseUrl ? "PostgreSQL" : "PGlite";
if (databaseUrl && !["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) {
  console.error(`DATABASE_URL must point at 127.0.0.1: the benchmark only uses this machine (got ${new URL(databaseUrl).hostname})`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// A small closed-loop load generator: each worker sends its next request when the previous one
// answered; answers during the warm-up, or arriving after the window closed, are not counted.

interface Measured {
  name: string;
  concurrency: number;
  ok: number;
  failed: number;
  firstError?: string;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function closedLoop(options: {
  name: string;
  concurrency: number;
  seconds: number;
  warmupSeconds: number;
  signal: AbortSignal;
  /** One request of one worker: an error message when it failed, undefined when it counted. */
  send: (worker: number) => Promise<string | undefined>;
}): Promise<Measured> {
  const start = performance.now();
  const measureFrom = start + options.warmupSeconds * 1000;
  const measureUntil = measureFrom + options.seconds * 1000;
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | undefined;
  const worker = async (n: number) => {
    while (!options.signal.aborted) {
      const t0 = performance.now();
      if (t0 >= measureUntil) return;
      let failure: string | undefined;
      try {
        failure = await options.send(n);
      } catch (error) {
        failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      const t1 = performance.now();
      if (t1 < measureFrom || t1 >= measureUntil) continue;
      if (failure === undefined) latencies.push(t1 - t0);
      else {
        failed += 1;
        firstError ??= failure;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  const stoppedAt = performance.now();
  latencies.sort((a, b) => a - b);
  const elapsed = Math.max(Math.min(stoppedAt, measureUntil) - measureFrom, 1) / 1000;
  return {
    name: options.name,
    concurrency: options.concurrency,
    ok: latencies.length,
    failed,
    firstError,
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? Number.NaN,
  };
}

/** POSTs one operation to the gateway (127.0.0.1 only) and returns its parsed answer or an error. */
async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: any; error?: string }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== 200) return { error: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  const body = JSON.parse(text) as { data?: unknown; errors?: { message?: string }[] };
  if (body.errors?.length) return { error: `GraphQL error: ${body.errors[0]?.message ?? "?"}` };
  return { data: body.data };
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1") throw new Error(`the benchmark only talks to 127.0.0.1, not ${host}`);
}


/** What the Node process did during a scenario: CPU (all threads) and event-loop utilisation. */
function processMeter() {
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  return () => {
    const cpu = process.cpuUsage(cpu0);
    const wall = (performance.now() - t0) * 1000;
    return { cores: (cpu.user + cpu.system) / wall, elu: performance.eventLoopUtilization(elu0).utilization };
  };
}

// ---------------------------------------------------------------------------------------------
// Scenario 3 inputs: a small deterministic PRNG, so every run computes the same million cases.

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deadlineInputs(count: number) {
  const random = mulberry32(20260409);
  // Acceptance from 2025-01-01 to 2026-09-30: with a limit of 20, an extension of 10 and a pause of
  // up to 20 days the walk ends before 2026-12-31, the last day the default calendar covers.
  const days: string[] = [];
  for (let d = "2025-01-01"; compareDates(d, "2026-12-31") <= 0; d = addCalendarDays(d, 1)) days.push(d);
  const lastStart = days.indexOf("2026-09-30");
  const start = new Int16Array(count);
  const limit = new Int8Array(count);
  const extension = new Int8Array(count);
  const pauseFrom = new Int16Array(count).fill(-1);
  const pauseTo = new Int16Array(count).fill(-1); // -1 with a pauseFrom: still open
  let paused = 0;
  let extended = 0;
  for (let i = 0; i < count; i++) {
    start[i] = Math.floor(random() * (lastStart + 1));
    limit[i] = Math.floor(random() * 21);
    const r = random();
    if (r < 0.2) {
      paused++;
      pauseFrom[i] = start[i]! + Math.floor(random() * 16);
      if (r >= 0.02) pauseTo[i] = pauseFrom[i]! + Math.floor(random() * 21);
    }
    if (random() < 0.1) {
      extended++;
      extension[i] = 1 + Math.floor(random() * 10);
    }
  }
  return { days, start, limit, extension, pauseFrom, pauseTo, paused, extended };
}

function computeDeadlines(inputs: ReturnType<typeof deadlineInputs>, calendar: HolidayCalendar, from: number, to: number) {
  const { days, start, limit, extension, pauseFrom, pauseTo } = inputs;
  let known = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  for (let i = from; i < to; i++) {
    const pf = pauseFrom[i]!;
    const suspensions = pf < 0 ? [] : [{ fromDate: days[pf]!, toDate: pauseTo[i]! < 0 ? null : days[pauseTo[i]!]!, procedure: "EXPERT_REVIEW" }];
    try {
      const clock = clockOf({ acceptedOn: days[start[i]!]!, limitDays: limit[i]!, extensionDays: extension[i]!, deemedAccepted: false }, suspensions, calendar);
      if (clock.deadline !== null) known++;
    } catch (error) {
      failures++;
      firstFailure ??= (error as Error).message;
    }
  }
  return { known, failures, firstFailure };
}

// ---------------------------------------------------------------------------------------------
// Running it

const interrupt = interruptible();
const watchdog = setTimeout(() => {
  console.error(`\nthe benchmark did not finish within ${WATCHDOG_MS / 60_000} minutes: stopping it`);
  interrupt.abort();
  setTimeout(() => process.exit(1), 60_000).unref();
}, WATCHDOG_MS);
watchdog.unref();

interface SummaryRow {
  scenario: string;
  concurrency: string;
  throughput: string;
  p50: string;
  p99: string;
  notes: string;
}

let net: TestNetwork | undefined;
let admin: { db: Db; close(): Promise<void> } | undefined;

const log = (s: string) => console.log(`  ${s}`);
const load = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`;
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "-");

async function main(): Promise<{ summary: SummaryRow[]; failed: boolean; engine: string; facts: string[] }> {
  if (INTAKE_WITHOUT_PDF === INTAKE) throw new Error("INTAKE no longer asks for notice.pdfBase64: update INTAKE_WITHOUT_PDF");
  const summary: SummaryRow[] = [];
  const facts: string[] = [];
  let failed = false;
  if (!databaseUrl) {
    const banner = "!".repeat(100);
    console.log(`${banner}\n!! DATABASE_URL is not set: falling back to in-memory PGlite, one instance per service in this process.`);
    console.log(`!! Issue 4 item 9 asks for PostgreSQL; these figures are NOT those. Only ${syntheticCases.toLocaleString("en")} synthetic cases (--cases).`);
    console.log(`!! Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:cases\n${banner}`);
  }
  console.log(`bench:cases on ${engineName}: starting the network (3 departments, the centre, the gateway) …`);
  const t0 = performance.now();
  net = await startTestNetwork();
  assertLoopback(net.gatewayUrl);
  await publishAndStation(net, [promisedItem]);
  const centre = net.services.centre!;
  const [{ database }] = (await rows<{ database: string }>(centre.db, sql`select current_database() as database`)) as [{ database: string }];
  if (databaseUrl) {
    // A connection of the benchmark's own to the centre's database, so loading, sampling and
    // EXPLAIN never take one of the service's 10 pooled connections. Its migrations are current.
    admin = await openDatabase({
      service: "centre",
      schema: {},
      migrationsFolder: fileURLToPath(new URL("../subgraphs/centre/drizzle", import.meta.url)),
      url: databaseUrl,
      databaseName: database,
      poolSize: 2,
    });
  } else {
    admin = { db: centre.db, close: async () => {} };
  }
  const [{ version }] = (await rows<{ version: string }>(centre.db, sql`show server_version`)).map((r: any) => ({ version: r.server_version })) as [{ version: string }];
  const engine = databaseUrl
    ? `PostgreSQL ${version} on ${new URL(databaseUrl).host}, one database per service (centre: ${database})`
    : `PGlite (PostgreSQL ${version} in WebAssembly, in memory, one instance per service, same process)`;
  console.log(`  network ready in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${engine}`);
  const today = civilDateOf(new Date());
  const year = Number(today.slice(0, 4));
  if (!defaultCalendar().years.includes(year)) throw new Error(`today (${today}) is outside the calendar's years ${defaultCalendar().years.join(", ")}`);

  // ---- 1. Intake throughput ------------------------------------------------------------------
  if (!interrupt.signal.aborted) {
    const tokens = await Promise.all(
      Array.from({ length: clerks }, (_, n) =>
        signUserToken({ id: `clerk-${n + 1}`, role: "WINDOW_CLERK", centreId: CENTRE_ID, windowId: WINDOW_ID } satisfies Actor, TEST_AUTH_SECRET),
      ),
    );
    const input = { windowId: WINDOW_ID, itemCode: promisedItem.code, applicant: zhangSan, materials: complete };
    const probe = await post(net.gatewayUrl, tokens[0]!, INTAKE, { input });
    const probeCase = probe.data?.intakeCase;
    if (probe.error || probeCase?.errors?.length || probeCase?.case?.state !== "ACCEPTED") {
      throw new Error(`the probe intake was not accepted: ${probe.error ?? JSON.stringify(probeCase?.errors)}`);
    }
    console.log(`\n[1] intake through the gateway: ${clerks} clerks at ${WINDOW_ID}, each with their own token`);
    log(`probe: ${probeCase.case.caseNumber} ACCEPTED on ${probeCase.case.acceptedOn}, deadline ${probeCase.case.clock.deadline}, notice ${probeCase.notice.number} (PDF ${Math.round((probeCase.notice.pdfBase64.length * 3) / 4 / 1024)} KiB)`);

    const runIntake = async (label: string, operation: string) => {
      console.log(`  ${label}: ${warmupSeconds} s warm-up + ${seconds} s (${load()}) …`);
      // Sample the centre's sessions while the load runs: busy, waiting on a lock (on what), idle in a transaction.
      const samples = { n: 0, active: 0, lock: 0, idleInTx: 0 };
      const waits = new Map<string, number>();
      let sampling = true;
      const sampler = (async () => {
        if (!databaseUrl) return;
        while (sampling) {
          const sessions = await rows<{ state: string | null; wait_event_type: string | null; wait_event: string | null; query: string }>(
            admin!.db,
            sql`select state, wait_event_type, wait_event, regexp_replace(left(query, 70), '\\s+', ' ', 'g') as query
                  from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
          ).catch(() => undefined);
          if (sessions) {
            samples.n++;
            for (const x of sessions) {
              if (x.state === "active") samples.active++;
              if (x.state?.startsWith("idle in transaction")) samples.idleInTx++;
              if (x.wait_event_type === "Lock") {
                samples.lock++;
                const key = `${x.wait_event} on "${x.query}"`;
                waits.set(key, (waits.get(key) ?? 0) + 1);
              }
            }
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      })();
      const meter = processMeter();
      const result = await closedLoop({
        name: label,
        concurrency: clerks,
        seconds,
        warmupSeconds,
        signal: interrupt.signal,
        send: async (worker) => {
          const r = await post(net!.gatewayUrl, tokens[worker]!, operation, { input });
          if (r.error) return r.error;
          const payload = r.data?.intakeCase;
          if (payload?.errors?.length) return `intake error: ${payload.errors[0].code} ${payload.errors[0].message}`;
          if (payload?.case?.state !== "ACCEPTED") return `intake answered state ${payload?.case?.state}`;
          return undefined;
        },
      });
      const used = meter();
      sampling = false;
      await sampler;
      const pool = samples.n
        ? `centre's sessions (pool of 10) on average ${(samples.active / samples.n).toFixed(1)} active, of which ${(samples.lock / samples.n).toFixed(1)} waiting on a lock; ${(samples.idleInTx / samples.n).toFixed(1)} idle in transaction` +
          [...waits]
            .sort((a, b) => b[1] - a[1])
            .filter(([, n], i) => i === 0 || n / samples.lock >= 0.05)
            .map(([k, n]) => `; lock waits: ${Math.round((n / Math.max(1, samples.lock)) * 100)}% ${k}`)
            .join("")
        : "no session sampling on PGlite";
      log(`${result.ok} accepted, ${result.failed} failed in ${result.seconds.toFixed(1)} s: ${result.perSecond.toFixed(1)} cases/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}, max ${ms(result.maxMs)}`);
      log(`Node process ${used.cores.toFixed(2)} cores of CPU, event loop ${(used.elu * 100).toFixed(0)}% busy; ${pool}`);
      if (result.firstError) log(`first error: ${result.firstError}`);
      if (result.failed / Math.max(1, result.ok + result.failed) > MAX_ERROR_RATE) failed = true;
      facts.push(`${label}: ${pool}`);
      return { result, used };
    };

    const { result, used } = await runIntake("INTAKE (the window console's operation, receipt PDF included)", INTAKE);
    summary.push({
      scenario: "1. intakeCase via gateway (cases ACCEPTED/s)",
      concurrency: `${clerks} clerks`,
      throughput: `${result.perSecond.toFixed(1)} cases/s`,
      p50: ms(result.p50Ms),
      p99: ms(result.p99Ms),
      notes: `${result.ok} accepted, ${result.failed} errors in ${result.seconds.toFixed(0)} s; Node ${used.cores.toFixed(2)} cores, ELU ${(used.elu * 100).toFixed(0)}%`,
    });
    if (!interrupt.signal.aborted) {
      // For the reading of the figure: the same intake, without asking for the receipt's PDF.
      const slim = await runIntake("same intake, selection without notice.pdfBase64 (for comparison)", INTAKE_WITHOUT_PDF);
      summary.push({
        scenario: "1b. the same, without the receipt PDF",
        concurrency: `${clerks} clerks`,
        throughput: `${slim.result.perSecond.toFixed(1)} cases/s`,
        p50: ms(slim.result.p50Ms),
        p99: ms(slim.result.p99Ms),
        notes: `for comparison only; ${slim.result.ok} accepted, ${slim.result.failed} errors; Node ${slim.used.cores.toFixed(2)} cores, ELU ${(slim.used.elu * 100).toFixed(0)}%`,
      });
    }
  }

  // ---- 2. Window queue over 1M cases -------------------------------------------------------
  if (!interrupt.signal.aborted) {
    const tokens = await Promise.all(
      Array.from({ length: users }, (_, n) =>
        signUserToken({ id: `queue-clerk-${n + 1}`, role: "WINDOW_CLERK", centreId: CENTRE_ID, windowId: WINDOW_ID } satisfies Actor, TEST_AUTH_SECRET),
      ),
    );
    const tableStats = async () => {
      const [stats] = await rows<{ total: number; open: number; centres: number; windows: number; at_window: number; open_at_window: number; size: string }>(
        admin!.db,
        sql`select count(*)::int as total, count(*) filter (where state in ${OPEN_STATES})::int as open,
                   count(distinct centre_id)::int as centres, count(distinct window_id)::int as windows,
                   count(*) filter (where window_id = ${WINDOW_ID})::int as at_window,
                   count(*) filter (where window_id = ${WINDOW_ID} and state in ${OPEN_STATES})::int as open_at_window,
                   pg_size_pretty(pg_total_relation_size('cases')) as size
              from cases`,
      );
      const byState = await rows<{ state: string; n: number }>(
        admin!.db,
        sql`select state, count(*)::int as n from cases where window_id = ${WINDOW_ID} and state in ${OPEN_STATES} group by 1 order by 1`,
      );
      const line =
        `${stats!.total.toLocaleString("en")} cases (${stats!.open.toLocaleString("en")} open) at ${stats!.windows} windows of ${stats!.centres} centres, table and indexes ${stats!.size}; ` +
        `${WINDOW_ID}: ${stats!.at_window.toLocaleString("en")} cases, ${stats!.open_at_window.toLocaleString("en")} open (${byState.map((x) => `${x.state} ${x.n}`).join(", ")})`;
      return { ...stats!, line };
    };
    // The queue's SQL exactly as the window queue runs it.
    const queueQuery = new CaseRepository(admin.db).queueQuery(WINDOW_ID, QUEUE_FIRST);
    const explain = async () => {
      const plan = (await rows<{ "QUERY PLAN": string }>(admin!.db, sql`explain (analyze, buffers, costs off) ${queueQuery}`)).map((r) => r["QUERY PLAN"]);
      const usesIndex = plan.some((l) => l.includes("cases_window_open_idx"));
      const execution = plan.find((l) => l.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
      return { plan, usesIndex, execution };
    };
    const runQueue = async (label: string, openAtWindow: number) => {
      const expected = Math.min(QUEUE_FIRST, openAtWindow);
      const probe = await post(net!.gatewayUrl, tokens[0]!, QUEUE, { w: WINDOW_ID });
      if (probe.error) throw new Error(`the probe queue query failed: ${probe.error}`);
      const first = probe.data.windowQueue as { caseNumber: string; state: string; clock: { deadline: string | null } }[];
      console.log(`  ${label}: ${users} users x windowQueue(${WINDOW_ID}, first: ${QUEUE_FIRST}), ${warmupSeconds} s warm-up + ${seconds} s (${load()}) …`);
      log(`probe: ${first.length} cases, deadlines ${first[0]?.clock.deadline} … ${first.at(-1)?.clock.deadline}`);
      const meter = processMeter();
      const result = await closedLoop({
        name: label,
        concurrency: users,
        seconds,
        warmupSeconds,
        signal: interrupt.signal,
        send: async (worker) => {
          const r = await post(net!.gatewayUrl, tokens[worker]!, QUEUE, { w: WINDOW_ID });
          if (r.error) return r.error;
          const queue = r.data?.windowQueue;
          if (!Array.isArray(queue) || queue.length !== expected) return `queue of ${queue?.length} cases (expected ${expected})`;
          return undefined;
        },
      });
      const used = meter();
      log(`${result.ok} queries, ${result.failed} failed in ${result.seconds.toFixed(1)} s: ${result.perSecond.toFixed(1)} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}, max ${ms(result.maxMs)}`);
      log(`Node process ${used.cores.toFixed(2)} cores of CPU, event loop ${(used.elu * 100).toFixed(0)}% busy`);
      if (result.firstError) log(`first error: ${result.firstError}`);
      if (result.failed / Math.max(1, result.ok + result.failed) > MAX_ERROR_RATE) failed = true;
      return { result, used };
    };

    // Before the bulk load, for comparison: only the cases scenario 1 accepted.
    console.log(`\n[2] window queue`);
    await admin.db.execute(sql`analyze cases`);
    const small = await tableStats();
    const smallPlan = await explain();
    log(`before the bulk load: ${small.line}; the queue's SQL alone ${smallPlan.execution}`);
    const before = await runQueue("before the bulk load (for comparison)", small.open_at_window);
    summary.push({
      scenario: `2a. the same before the bulk load, ${small.total.toLocaleString("en")} cases`,
      concurrency: `${users} users`,
      throughput: `${before.result.perSecond.toFixed(1)} req/s`,
      p50: ms(before.result.p50Ms),
      p99: ms(before.result.p99Ms),
      notes: `for comparison only; ${small.open_at_window} open at ${WINDOW_ID}; SQL alone ${smallPlan.execution}; Node ${before.used.cores.toFixed(2)} cores`,
    });
    if (interrupt.signal.aborted) throw new Error("stopped");
    console.log(`\n  bulk-inserting ${syntheticCases.toLocaleString("en")} synthetic cases in ${batches} batches …`);
    const tl = performance.now();
    await loadSyntheticCases(admin.db, today, syntheticCases, batches, log, { windowId: WINDOW_ID, targetShare: TARGET_WINDOW_SHARE, postgres: Boolean(databaseUrl) });
    const loadSeconds = (performance.now() - tl) / 1000;
    const ta = performance.now();
    await admin.db.execute(sql`vacuum (analyze) cases`);
    await admin.db.execute(sql`vacuum (analyze) case_suspensions`);
    await admin.db.execute(sql`analyze number_counters`);
    log(`loaded in ${loadSeconds.toFixed(1)} s; VACUUM ANALYZE in ${((performance.now() - ta) / 1000).toFixed(1)} s`);
    const stats = await tableStats();
    log(stats.line);
    facts.push(`queue data: ${stats.line}`);
    const { plan, usesIndex, execution } = await explain();
    console.log(`\n  EXPLAIN (ANALYZE, BUFFERS) of the queue's SQL:\n  ${queueQuery.toSQL().sql}\n${plan.map((l) => `    ${l}`).join("\n")}`);
    if (!usesIndex) console.log("  WARNING: the plan does not use cases_window_open_idx");
    console.log("");
    const { result, used } = await runQueue(`at ${(stats.total / 1e6).toFixed(2)}M cases`, stats.open_at_window);
    summary.push({
      scenario: `2. windowQueue(first: ${QUEUE_FIRST}) via gateway, ${(stats.total / 1e6).toFixed(2)}M cases`,
      concurrency: `${users} users`,
      throughput: `${result.perSecond.toFixed(1)} req/s`,
      p50: ms(result.p50Ms),
      p99: ms(result.p99Ms),
      notes: `${stats.open_at_window} open at ${WINDOW_ID}; ${usesIndex ? "cases_window_open_idx" : "NOT using cases_window_open_idx"}, SQL alone ${execution}; Node ${used.cores.toFixed(2)} cores`,
    });
  }

  // Everything stops before the in-process scenario, so nothing else runs while it computes.
  console.log("\n  stopping the gateway and the services, dropping the databases …");
  await stopEverything();

  // ---- 3. Deadline computation rate -----------------------------------------------------------
  if (!interrupt.signal.aborted) {
    console.log(`\n[3] deadline computation: clockOf for ${deadlineCases.toLocaleString("en")} synthetic cases, in-process, one thread (${load()}) …`);
    const calendar = defaultCalendar();
    const inputs = deadlineInputs(deadlineCases);
    computeDeadlines(inputs, calendar, 0, Math.min(50_000, deadlineCases)); // warm-up (JIT), not counted
    const tc = performance.now();
    const r = computeDeadlines(inputs, calendar, 0, deadlineCases);
    const secondsTaken = (performance.now() - tc) / 1000;
    const rate = deadlineCases / secondsTaken;
    log(`${deadlineCases.toLocaleString("en")} clocks in ${secondsTaken.toFixed(2)} s: ${Math.round(rate).toLocaleString("en")} cases/s (${((secondsTaken / deadlineCases) * 1e6).toFixed(2)} µs each); ` +
      `${inputs.paused} with a pause (10% of them still open), ${inputs.extended} extended; ${r.known} with a known deadline, ${r.failures} failures`);
    if (r.firstFailure) log(`first failure: ${r.firstFailure}`);
    if (r.failures > 0) failed = true;
    summary.push({
      scenario: `3. clockOf (deadlineWithPauses), ${(deadlineCases / 1e6).toFixed(2)}M cases`,
      concurrency: "1 thread",
      throughput: `${Math.round(rate).toLocaleString("en")} cases/s`,
      p50: "-",
      p99: "-",
      notes: `${((secondsTaken / deadlineCases) * 1e6).toFixed(2)} µs per case; ${(inputs.paused / deadlineCases * 100).toFixed(0)}% paused, ${(inputs.extended / deadlineCases * 100).toFixed(0)}% extended; limits 0–20; ${r.failures} failures`,
    });
  }
  return { summary, failed: failed || interrupt.signal.aborted, engine, facts };
}

async function stopEverything(): Promise<void> {
  const a = admin;
  admin = undefined;
  if (a && databaseUrl) await a.close().catch((e) => console.error("closing the benchmark's connection:", (e as Error).message));
  const n = net;
  net = undefined;
  // Closes the gateway and every service, then drops each service's database.
  if (n) await n.close().catch((e) => console.error("stopping the network:", (e as Error).message));
}

function table(rowsIn: SummaryRow[]): string {
  const header: SummaryRow = { scenario: "scenario", concurrency: "concurrency", throughput: "throughput", p50: "p50", p99: "p99", notes: "notes" };
  const keys = Object.keys(header) as (keyof SummaryRow)[];
  const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const widths = keys.map((k) => Math.max(...[header, ...rowsIn].map((r) => width(r[k]))));
  const line = (r: SummaryRow) => `| ${keys.map((k, i) => r[k] + " ".repeat(widths[i]! - width(r[k]))).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rowsIn.map(line)].join("\n");
}

let exitCode = 1;
const started = performance.now();
try {
  const { summary, failed, engine, facts } = await main();
  console.log("\n=== bench:cases summary ===");
  console.log(table(summary));
  console.log("");
  console.log(`engine:  ${engine}`);
  console.log(`node:    ${process.version} (${process.platform}/${process.arch})`);
  console.log(`cpus:    ${availableParallelism()} (${cpus()[0]?.model.trim() ?? "?"}), shared by the load generator, the gateway, the four subgraphs (all in this one Node process) and the database server`);
  console.log(`load:    closed loop, ${warmupSeconds} s warm-up then ${seconds} s measured per scenario; ${load()} at the end`);
  for (const f of facts) console.log(`note:    ${f}`);
  console.log(`total:   ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (failed) console.error("FAILED: a scenario had errors (see above) or the run was stopped");
  exitCode = failed ? 1 : 0;
} catch (error) {
  console.error("bench:cases failed:", error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  await stopEverything();
}
process.exit(exitCode);
