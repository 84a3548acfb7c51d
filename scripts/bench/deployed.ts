/**
 * The system as `npm start` runs it, for benchmarks: every department subgraph, the centre (1 or N
 * processes) and the gateway each in its own Node process (`node --import tsx <main>`), on the
 * PostgreSQL server of DATABASE_URL, on free 127.0.0.1 ports, logs silenced. Each run uses its own
 * databases (`<prefix><service>`), dropped at the end, so a developer's `wuxi_*` set is untouched.
 * Also reads what each process cost: CPU ticks from /proc/<pid>/stat of the process and its
 * children (a clustered centre is a primary and its workers).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { type Db, dropDatabase } from "@wuxi/db";
import { sql } from "drizzle-orm";
import { rows } from "./synthetic-cases.ts";
import { loadDepartments, repoRoot, urlEnvOf } from "@wuxi/federation";

export interface DeployedService {
  name: string;
  url: string;
  process: ChildProcess;
}

export interface Deployed {
  gatewayUrl: string;
  centreUrl: string;
  services: DeployedService[];
  /** Replaces the centre's process(es) with `processes` of them, on the same port and database. */
  restartCentre(processes: number): Promise<void>;
  stop(): Promise<void>;
  dropDatabases(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s`);
}

function launch(name: string, entry: string, env: Record<string, string>, errors: string[]): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "warn", APOLLO_TELEMETRY_DISABLED: "1", NODE_ENV: "development", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.resume();
  child.stderr!.on("data", (chunk: Buffer) => {
    if (errors.length < 20) errors.push(`${name}: ${chunk.toString().trim().slice(0, 300)}`);
  });
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function startDeployed(options: { databaseUrl: string; prefix: string; centreProcesses: number; errors: string[] }): Promise<Deployed> {
  const departments = loadDepartments();
  const ports = { gateway: await freePort(), centre: await freePort(), ...Object.fromEntries(await Promise.all(departments.map(async (d) => [d.id, await freePort()] as const))) };
  const url = (id: string) => `http://127.0.0.1:${ports[id as keyof typeof ports]}/graphql`;
  const urls = Object.fromEntries([{ id: "centre" }, ...departments].map((s) => [urlEnvOf(s.id), url(s.id)]));
  const common = { DATABASE_URL: options.databaseUrl, DATABASE_PREFIX: options.prefix, ...urls };
  const services: DeployedService[] = [];
  for (const d of departments) {
    services.push({ name: d.id, url: url(d.id), process: launch(d.id, `subgraphs/${d.id}/src/main.ts`, { ...common, PORT: String(ports[d.id as keyof typeof ports]) }, options.errors) });
  }
  const centreEnv = (processes: number) => ({ ...common, PORT: String(ports.centre), CENTRE_PROCESSES: String(processes) });
  const centre: DeployedService = { name: "centre", url: url("centre"), process: launch("centre", "subgraphs/centre/src/main.ts", centreEnv(options.centreProcesses), options.errors) };
  services.unshift(centre);
  const allCentre = options.centreProcesses > 1 ? allListening(centre.process, options.centreProcesses) : Promise.resolve();
  await Promise.all(services.map((s) => waitReady(s.url.replace("/graphql", "/readyz"), s.process)));
  await allCentre;
  const gateway: DeployedService = { name: "gateway", url: url("gateway"), process: launch("gateway", "gateway/src/main.ts", { ...common, PORT: String(ports.gateway) }, options.errors) };
  services.push(gateway);
  await waitReady(gateway.url.replace("/graphql", "/readyz"), gateway.process);

  let stopped = false;
  return {
    gatewayUrl: gateway.url,
    centreUrl: centre.url,
    services,
    async restartCentre(processes) {
      await stopChild(centre.process);
      centre.process = launch("centre", "subgraphs/centre/src/main.ts", centreEnv(processes), options.errors);
      // A clustered centre says when every worker listens (centre-cluster.ts); /readyz answers at the first.
      const all = processes > 1 ? allListening(centre.process, processes) : Promise.resolve();
      await waitReady(centre.url.replace("/graphql", "/readyz"), centre.process);
      await all;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(gateway.process);
      await Promise.all(services.filter((s) => s !== gateway).map((s) => stopChild(s.process)));
    },
    async dropDatabases() {
      for (const s of ["centre", ...departments.map((d) => d.id)]) await dropDatabase(options.databaseUrl, `${options.prefix}${s.replace(/-/g, "_")}`);
    },
  };
}

function allListening(child: ChildProcess, processes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the centre's ${processes} processes did not all listen within 2 minutes`)), 120_000);
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-500);
      if (seen.includes(`centre: ${processes} processes listening`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

/** Pids of a process's children (a clustered centre's workers), from /proc. */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** CPU time of one process (user + system), in clock ticks; 0 if it is gone. */
function ticksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state(0) ppid(1) … utime(11) stime(12)
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Linux reports CPU in USER_HZ ticks, 100 per second on every mainstream kernel. */
const TICK_MS = 10;

/** CPU milliseconds of a process and its descendants, for before/after differences. */
export function cpuMs(pid: number): number {
  return [pid, ...descendants(pid)].reduce((sum, p) => sum + ticksOf(p), 0) * TICK_MS;
}

/** CPU ms of every service now, by name. */
export function cpuSnapshot(services: DeployedService[]): Record<string, number> {
  return Object.fromEntries(services.map((s) => [s.name, cpuMs(s.process.pid!)]));
}

/** What the load generator (scripts/bench/load-process.ts) measured. */
export interface LoadResult {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  mismatches: number;
  timeouts: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Runs autocannon in its own process (so its CPU is not the services') and returns what it measured. */
export function loadProcess(
  spec: { url: string; connections: number; headers: Record<string, string>; body: string; expectBody?: string },
  timing: { seconds: number; warmupSeconds: number },
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/load-process.ts", JSON.stringify({ ...spec, ...timing })], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`the load process exited with ${code}`))));
  });
}

/** Waits until the centre's replica holds items of every department (it syncs their feeds after start). */
export async function waitForReplica(db: Db, departments = 3): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const [r] = await rows<{ n: number }>(db, sql`select count(distinct department_id)::int as n from item_replica`);
    if (r!.n >= departments) return;
    if (Date.now() > deadline) throw new Error("the centre's replica did not sync from the departments within 2 minutes");
    await new Promise((res) => setTimeout(res, 500));
  }
}
