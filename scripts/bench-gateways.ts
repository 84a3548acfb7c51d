/**
 * @apollo/gateway against Hive Gateway (Rust planner), in one run, as deployed: every subgraph and
 * each gateway in its own process (PGlite files in a temporary folder, so nothing shared is
 * touched), both gateways in front of the same subgraph processes, measured in turns
 * (apollo, hive, apollo, hive …) so a neighbour's load falls on both alike. Prints requests/s,
 * latency and the gateway process's own CPU per request (from /proc), the figure that matters
 * when the gateway is scaled out.
 *
 *   npm run bench:gateways -- --seconds 10 --concurrency 16 --rounds 2
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadDepartments, repoRoot, urlEnvOf } from "@wuxi/federation";
import { signUserToken } from "@wuxi/identity";
import { DEV_AUTH_SECRET } from "@wuxi/service-kit";
import { formatTable, graphqlSender, type LoadResult, runLoad } from "./bench/load.ts";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, concurrency: { type: "string", default: "16" }, rounds: { type: "string", default: "2" } },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);

const base = 20_000 + Math.floor(Math.random() * 20_000);
const departments = loadDepartments();
const subgraphs = [{ id: "centre", entry: "subgraphs/centre/src/main.ts" }, ...departments.map((d) => ({ id: d.id, entry: `subgraphs/${d.id}/src/main.ts` }))].map((s, i) => ({
  ...s,
  port: base + i,
}));
const urls = Object.fromEntries(subgraphs.map((s) => [urlEnvOf(s.id), `http://127.0.0.1:${s.port}/graphql`]));
const dataDir = mkdtempSync(join(tmpdir(), "wuxi-bench-gw-"));
const children: ChildProcess[] = [];

function start(entry: string, port: number): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: repoRoot,
    env: { ...process.env, ...urls, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn", NODE_ENV: "development" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function ready(port: number) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`port ${port} never became ready`);
}

/** utime + stime of a process, in milliseconds (Linux /proc, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

try {
  for (const s of subgraphs) start(s.entry, s.port);
  for (const s of subgraphs) await ready(s.port);
  const apolloPort = base + 100;
  const hivePort = base + 101;
  const gateways = {
    "@apollo/gateway": { child: start("gateway/src/main.ts", apolloPort), port: apolloPort },
    "hive gateway (rust planner)": { child: start("gateway/src/hive/main.ts", hivePort), port: hivePort },
  };
  await ready(apolloPort);
  await ready(hivePort);
  await new Promise((r) => setTimeout(r, 1000));
  const clerk = `Bearer ${await signUserToken({ id: "clerk-lx-a01", role: "WINDOW_CLERK", centreId: "320213", windowId: "320213-A01" }, DEV_AUTH_SECRET)}`;
  const scenarios = [
    {
      name: "README: a centre's windows and items (join)",
      headers: {} as Record<string, string>,
      query: `query($id: ID!) { centre(id: $id) { name parent { name } windows { number name kind items { code name kind handling promisedDays statutoryDays } } } }`,
      variables: { id: "320213" },
    },
    { name: "a clerk's window queue (pass-through)", headers: { authorization: clerk }, query: `query($w: ID!) { windowQueue(windowId: $w) { caseNumber state } }`, variables: { w: "320213-A01" } },
  ];
  const results: (LoadResult & { cpu: string })[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const scenario of scenarios) {
      for (const [name, gw] of Object.entries(gateways)) {
        const before = cpuMs(gw.child.pid!);
        const result = await runLoad({
          name: `${name} — ${scenario.name}`,
          concurrency,
          seconds,
          warmupSeconds: 2,
          send: graphqlSender({ url: `http://127.0.0.1:${gw.port}/graphql`, headers: scenario.headers, next: () => scenario }),
        });
        const spent = cpuMs(gw.child.pid!) - before;
        // CPU over the warm-up and the window, per request answered in the window: comparable across gateways.
        results.push({ ...result, cpu: (spent / Math.max(result.requests, 1)).toFixed(2) });
      }
    }
  }
  console.log(formatTable(results));
  console.log("\ngateway CPU ms per request (warm-up included):");
  for (const r of results) console.log(`  ${r.cpu.padStart(6)}  ${r.name}`);
} finally {
  for (const c of children) c.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  rmSync(dataDir, { recursive: true, force: true });
}
