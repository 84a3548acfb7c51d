/**
 * npm run bench:deployed [-- --cases 1000000 --seconds 10 --warmup 3 --clerks 20 --users 16 --processes 1,2 --receipts url]
 *
 * Issue 15: the counter's two hot paths measured as users deploy them. Every department subgraph,
 * the centre and the gateway run as separate processes (scripts/bench/deployed.ts, as `npm start`
 * does) on the PostgreSQL server of DATABASE_URL; the load generator (autocannon) runs in a process
 * of its own (scripts/bench/load-process.ts). In one run it prints, for each centre size (1 and 2
 * processes by default):
 *
 *   - intake: `intakeCase` of the window console (complete materials, a 承诺件 stationed at 梁溪区
 *     320213-A01) by 20 clerks through the gateway, with and without the receipt, and direct to the
 *     centre; cases ACCEPTED per second counted in the database, not from HTTP answers;
 *   - the window queue over 1M synthetic cases (generate_series, scripts/bench/synthetic-cases.ts):
 *     `windowQueue(first: 50)` by 16 users through the gateway and direct to the centre, each answer
 *     compared with the expected one; and the EXPLAIN ANALYZE time of the queue's SQL;
 *   - CPU milliseconds per request of every process (/proc/<pid>/stat before and after).
 *
 * The machine is shared: absolute figures are noisy; compare the ratios printed within one run.
 * Not a test. Figures go to docs/performance.md.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { civilDateOf } from "@wuxi/calendar";
import { CaseRepository } from "@wuxi/centre";
import { type Db, openDatabase } from "@wuxi/db";
import { repoRoot } from "@wuxi/federation";
import { type Actor, GATEWAY_TOKEN_HEADER, signGatewayToken, signUserToken } from "@wuxi/identity";
import { DEV_AUTH_SECRET, DEV_GATEWAY_SECRET } from "@wuxi/service-kit";
import { sql } from "drizzle-orm";
import { cpuSnapshot, type Deployed, type LoadResult, loadProcess as runLoad, startDeployed, waitForReplica } from "./bench/deployed.ts";
import { loadSyntheticCases, rows } from "./bench/synthetic-cases.ts";

const CENTRE_ID = "320213";
const WINDOW_ID = "320213-A01";
const QUEUE_FIRST = 50;
const PREFIX = "bench_deployed_";
const QUEUE = `query($w: ID!) { windowQueue(windowId: $w, first: ${QUEUE_FIRST}) { caseNumber state clock { deadline } } }`;
const NOTICE = "kind number title paragraphs lists { heading items }";
/** The receipt as a download link (rendered in the background), as base64 inside the answer, or left out. */
type Receipt = "url" | "pdf" | "none";
const RECEIPT_FIELD: Record<Receipt, string> = { url: " url", pdf: " pdfBase64", none: "" };
const RECEIPT_LABEL: Record<Receipt, string> = { url: "receipt link (Notice.url)", pdf: "receipt pdfBase64", none: "no receipt field" };
const intakeOperation = (receipt: Receipt) =>
  `mutation($input: IntakeInput!) { intakeCase(input: $input) { case { id caseNumber state clock { deadline } } notice { ${NOTICE}${RECEIPT_FIELD[receipt]} } errors { code message field } } }`;
const WATCHDOG_MS = 25 * 60_000;

const { values: args } = parseArgs({
  options: {
    cases: { type: "string", default: "1000000" },
    seconds: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    clerks: { type: "string", default: "20" },
    users: { type: "string", default: "16" },
    processes: { type: "string", default: "1,2" },
    "skip-intake": { type: "boolean", default: false },
    /** Which receipt the intakes ask for: url (the link), pdf (base64 in the answer, the earlier API), none. */
    receipts: { type: "string", default: "url" },
  },
});
const num = (name: string, v: string, min: number, max: number) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}, got "${v}"`);
    process.exit(2);
  }
  return n;
};
const syntheticCases = num("cases", args.cases, 0, 20_000_000);
const seconds = num("seconds", args.seconds, 1, 120);
const warmup = num("warmup", args.warmup, 0, 30);
const clerks = num("clerks", args.clerks, 1, 200);
const users = num("users", args.users, 1, 200);
const sizes = args.processes.split(",").map((p) => num("processes", p, 1, 16));
const receipts = args.receipts.split(",").map((r) => {
  if (!(r in RECEIPT_FIELD)) {
    console.error(`--receipts takes url, pdf and none, got "${r}"`);
    process.exit(2);
  }
  return r as Receipt;
});

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) {
  console.error("bench:deployed needs DATABASE_URL on this machine, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres");
  process.exit(2);
}

/** Runs autocannon in its own process with this run's duration and warm-up. */
const loadProcess = (spec: Parameters<typeof runLoad>[0]) => runLoad(spec, { seconds, warmupSeconds: warmup });

interface Row {
  scenario: string;
  throughput: string;
  p50: string;
  p99: string;
  cpu: string;
  notes: string;
}
const summary: Row[] = [];
const notes: string[] = [];
const log = (s: string) => console.log(`  ${s}`);
const ms = (n: number) => `${n.toFixed(1)} ms`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

let deployed: Deployed | undefined;
let admin: { db: Db; close(): Promise<void> } | undefined;
let failed = false;

/** Measures one load against a URL; CPU of every process is read around the measured part. */
async function measure(
  name: string,
  spec: Parameters<typeof loadProcess>[0],
  counted?: () => Promise<number>,
): Promise<{ result: LoadResult; perSecond: number; cpuPerRequest: Record<string, number> }> {
  const before = cpuSnapshot(deployed!.services);
  const countBefore = counted ? await counted() : 0;
  const t0 = performance.now();
  const result = await loadProcess(spec);
  const wall = (performance.now() - t0) / 1000;
  const after = cpuSnapshot(deployed!.services);
  const done = counted ? (await counted()) - countBefore : result.ok - result.mismatches;
  // CPU covers warm-up and measurement, so it is divided by every request of both: for intake the
  // cases accepted meanwhile (counted in the database), otherwise the answer rate times the wall time.
  const requestsInWindow = Math.max(1, counted ? done : (result.requests / result.seconds) * wall);
  const cpuPerRequest = Object.fromEntries(Object.keys(after).map((k) => [k, (after[k]! - before[k]!) / requestsInWindow]));
  const perSecond = counted ? done / wall : (result.ok - result.mismatches) / result.seconds;
  const bad = result.non2xx + result.errors + result.mismatches + result.timeouts;
  if (bad > result.requests * 0.01 || (counted && done < result.requests * 0.99 * (seconds / (seconds + warmup)))) failed = true;
  const cpu = Object.entries(cpuPerRequest).filter(([, v]) => v >= 0.05).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
  log(`${name}: ${result.requests} requests, ${bad} bad (non-2xx ${result.non2xx}, errors ${result.errors}, wrong answers ${result.mismatches}); ` +
    `${perSecond.toFixed(1)}/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}; CPU ms/request: ${cpu}; load ${load()}`);
  summary.push({ scenario: name, throughput: `${perSecond.toFixed(1)}/s`, p50: ms(result.p50Ms), p99: ms(result.p99Ms), cpu, notes: bad ? `${bad} bad answers` : "" });
  return { result, perSecond, cpuPerRequest };
}

async function sqlTime(query: { toSQL(): { sql: string } } & Parameters<Db["execute"]>[0], runs = 30): Promise<{ median: number; plan: string[] }> {
  const times: number[] = [];
  let plan: string[] = [];
  for (let i = 0; i < runs; i++) {
    plan = (await rows<{ "QUERY PLAN": string }>(admin!.db, sql`explain (analyze, buffers, costs off) ${query}`)).map((r) => r["QUERY PLAN"]);
    times.push(Number(plan.find((l) => l.startsWith("Execution Time"))!.replace(/[^\d.]/g, "")));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, plan };
}

async function main() {
  console.log(`bench:deployed: every service in its own process on PostgreSQL (${new URL(databaseUrl!).host}), autocannon in its own`);
  const errors: string[] = [];
  const t0 = performance.now();
  deployed = await startDeployed({ databaseUrl: databaseUrl!, prefix: PREFIX, centreProcesses: sizes[0]!, errors });
  log(`started in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${deployed.services.map((s) => `${s.name} pid ${s.process.pid}`).join(", ")}`);
  admin = await openDatabase({ service: "centre", schema: {}, url: databaseUrl, databaseName: `${PREFIX}centre`, migrationsFolder: `${repoRoot}subgraphs/centre/drizzle`, poolSize: 2 });

  // The replica syncs from the departments' feeds every 2 s after start: wait for all three.
  await waitForReplica(admin.db);
  const today = civilDateOf(new Date());
  const [item] = await rows<{ item_code: string; materials: { name: string; required: boolean }[] }>(
    admin.db,
    sql`select s.item_code, r.document->'materials' as materials
          from stationings s
          join lateral (select * from item_replica r where r.code = s.item_code and r.effective_from <= ${today} order by r.version desc limit 1) r on true
         where s.window_id = ${WINDOW_ID} and s.authority <> 'DECIDE_ONLY' and r.document->>'handling' = 'PROMISED'
         order by s.item_code limit 1`,
  );
  if (!item) throw new Error(`no 承诺件 stationed at ${WINDOW_ID}`);
  const materials = item.materials.map((m) => ({ name: m.name, status: m.required ? "PROVIDED" : "NOT_APPLICABLE" }));
  const clerk: Actor = { id: "bench-clerk", role: "WINDOW_CLERK", centreId: CENTRE_ID, windowId: WINDOW_ID };
  const userToken = await signUserToken(clerk, DEV_AUTH_SECRET);
  const viaGateway = { authorization: `Bearer ${userToken}` };
  const direct = async () => ({ [GATEWAY_TOKEN_HEADER]: await signGatewayToken(clerk, DEV_GATEWAY_SECRET) });
  const intakeBody = (receipt: Receipt) =>
    JSON.stringify({ query: intakeOperation(receipt), variables: { input: { windowId: WINDOW_ID, itemCode: item.item_code, applicant: { kind: "PERSON", name: "张三", idNumber: "11010519491231002X", phone: "13912345678" }, materials } } });
  const accepted = async () => (await rows<{ n: number }>(admin!.db, sql`select count(*)::int as n from cases where window_id = ${WINDOW_ID} and state = 'ACCEPTED'`))[0]!.n;
  // One probe: the intake answers ACCEPTED with its receipt before anything is measured.
  const probe = await (await fetch(deployed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...viaGateway }, body: intakeBody(receipts[0]!) })).json() as any;
  if (probe.data?.intakeCase?.case?.state !== "ACCEPTED") throw new Error(`the probe intake was not accepted: ${JSON.stringify(probe).slice(0, 400)}`);
  log(`intake of ${item.item_code} at ${WINDOW_ID} with ${materials.length} materials; the probe was accepted as ${probe.data.intakeCase.case.caseNumber}`);

  const intake = async (label: string) => {
    if (args["skip-intake"]) return;
    console.log(`\n[intake] ${label}: ${clerks} clerks, ${warmup} s warm-up + ${seconds} s`);
    for (const [i, receipt] of receipts.entries()) {
      await measure(`intake + ${RECEIPT_LABEL[receipt]} via gateway, ${label}`, { url: deployed!.gatewayUrl, connections: clerks, headers: viaGateway, body: intakeBody(receipt) }, accepted);
      if (i === 0) await measure(`intake + ${RECEIPT_LABEL[receipt]} direct to centre, ${label}`, { url: deployed!.centreUrl, connections: clerks, headers: await direct(), body: intakeBody(receipt) }, accepted);
    }
  };

  const queue = async (label: string) => {
    const body = JSON.stringify({ query: QUEUE, variables: { w: WINDOW_ID } });
    const expected = await (await fetch(deployed!.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...viaGateway }, body })).text();
    const parsed = JSON.parse(expected) as any;
    if (!Array.isArray(parsed.data?.windowQueue) || parsed.data.windowQueue.length !== QUEUE_FIRST) throw new Error(`the probe queue is not ${QUEUE_FIRST} cases: ${expected.slice(0, 300)}`);
    const directExpected = await (await fetch(deployed!.centreUrl, { method: "POST", headers: { "content-type": "application/json", ...(await direct()) }, body })).text();
    console.log(`\n[queue] ${label}: ${users} users, ${warmup} s warm-up + ${seconds} s`);
    const g = await measure(`windowQueue(first: ${QUEUE_FIRST}) via gateway, ${label}`, { url: deployed!.gatewayUrl, connections: users, headers: viaGateway, body, expectBody: expected });
    const d = await measure(`windowQueue(first: ${QUEUE_FIRST}) direct to centre, ${label}`, { url: deployed!.centreUrl, connections: users, headers: await direct(), body, expectBody: directExpected });
    log(`gateway / direct: req/s ${(g.perSecond / d.perSecond).toFixed(2)}x, p50 ${(g.result.p50Ms / d.result.p50Ms).toFixed(2)}x, p99 ${(g.result.p99Ms / d.result.p99Ms).toFixed(2)}x`);
  };

  // Intake first, on the seeded network, so its cases are the only ones of the window before the bulk load.
  await intake(`${sizes[0]} centre process${sizes[0] === 1 ? "" : "es"}`);
  if (syntheticCases > 0) {
    console.log(`\n  bulk-inserting ${syntheticCases.toLocaleString("en")} synthetic cases …`);
    const tl = performance.now();
    await loadSyntheticCases(admin.db, today, syntheticCases, Math.max(1, Math.ceil(syntheticCases / 250_000)), log, { windowId: WINDOW_ID, targetShare: 0.08, postgres: true });
    await admin.db.execute(sql`vacuum (analyze) cases`);
    await admin.db.execute(sql`vacuum (analyze) case_suspensions`);
    log(`loaded and analysed in ${((performance.now() - tl) / 1000).toFixed(1)} s`);
  }
  const [stats] = await rows<{ total: number; open: number }>(admin.db, sql`select count(*)::int as total, count(*) filter (where window_id = ${WINDOW_ID} and state in ('RECEIVED','ACCEPTED','AWAITING_SUPPLEMENT','SUSPENDED','FORWARDED'))::int as open from cases`);
  notes.push(`queue data: ${stats!.total.toLocaleString("en")} cases, ${stats!.open.toLocaleString("en")} open at ${WINDOW_ID}`);
  const hot = await sqlTime(new CaseRepository(admin.db).queueQuery(WINDOW_ID, QUEUE_FIRST) as never);
  console.log(`\n  the queue's SQL alone (EXPLAIN ANALYZE, median of 30): ${hot.median.toFixed(2)} ms\n${hot.plan.map((l) => `    ${l}`).join("\n")}`);
  notes.push(`the queue's SQL alone: ${hot.median.toFixed(2)} ms (EXPLAIN ANALYZE, median of 30)`);

  for (const [i, size] of sizes.entries()) {
    const label = `${size} centre process${size === 1 ? "" : "es"}`;
    if (i > 0) {
      log(`restarting the centre as ${size} processes …`);
      await deployed.restartCentre(size);
    }
    await queue(label);
    if (i > 0) await intake(label);
  }
  if (errors.length) notes.push(`stderr of the services (first lines): ${errors.slice(0, 3).join(" | ")}`);
}

function table(rowsIn: Row[]): string {
  const header: Row = { scenario: "scenario", throughput: "throughput", p50: "p50", p99: "p99", cpu: "CPU ms per request", notes: "notes" };
  const keys = Object.keys(header) as (keyof Row)[];
  const widths = keys.map((k) => Math.max(...[header, ...rowsIn].map((r) => r[k].length)));
  const line = (r: Row) => `| ${keys.map((k, i) => r[k].padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rowsIn.map(line)].join("\n");
}

const watchdog = setTimeout(() => {
  console.error(`bench:deployed did not finish within ${WATCHDOG_MS / 60_000} minutes: stopping`);
  void cleanUp().finally(() => process.exit(1));
}, WATCHDOG_MS);
watchdog.unref();
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await admin?.close().catch(() => {});
    await deployed?.stop().catch((e) => console.error("stopping:", (e as Error).message));
    await deployed?.dropDatabases().catch((e) => console.error("dropping the databases:", (e as Error).message));
  })();
  return cleaning;
}
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

const started = performance.now();
let exitCode = 1;
try {
  await main();
  console.log("\n=== bench:deployed summary ===");
  console.log(table(summary));
  console.log(`\nnode ${process.version}, ${availableParallelism()} cpus (${cpus()[0]?.model.trim()}), shared by every process of the run, the database server and anything else on the machine`);
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`total: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  exitCode = failed ? 1 : 0;
  if (failed) console.error("FAILED: a scenario had more than 1% bad answers, or fewer accepted cases than answers");
} catch (error) {
  console.error("bench:deployed failed:", error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  await cleanUp();
}
process.exit(exitCode);
