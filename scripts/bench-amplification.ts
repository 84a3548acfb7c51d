/**
 * npm run bench:amplification [-- --seconds 8 --warmup 2 --attackers 6]
 *
 * Issue 14, Must 3: a clerk's median while anonymous clients send the heaviest query the limits still
 * allow. Every subgraph and the gateway run as separate processes on the PostgreSQL server of
 * DATABASE_URL (scripts/bench/deployed.ts, as `npm start` runs them); each load generator (autocannon)
 * runs in a process of its own (scripts/bench/load-process.ts). In one run it prints:
 *
 *   1. the fan-out of the original report (30 aliases of centres → windows → items → materials) and
 *      the answer the gateway gives it (refused before execution: 400, in Chinese);
 *   2. the heaviest public query still allowed: aliases of `centres { windows { items } }` added one
 *      at a time until the gateway refuses the next (cost counts list sizes, docs/security.md);
 *   3. a clerk's window view (`centre { windows { items } }`) alone, then while N anonymous clients
 *      send that heaviest query back to back; the medians and their ratio (the issue asks ≤ 2×).
 *
 * The machine is shared: compare the ratio printed within one run. Not a test.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "@wuxi/db";
import { repoRoot } from "@wuxi/federation";
import { signUserToken } from "@wuxi/identity";
import { DEV_AUTH_SECRET } from "@wuxi/service-kit";
import { loadProcess as runLoad, startDeployed, waitForReplica } from "./bench/deployed.ts";

const PREFIX = "bench_amplify_";
const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "8" },
    warmup: { type: "string", default: "2" },
    attackers: { type: "string", default: "6" },
  },
});
const seconds = Number(args.seconds);
const warmup = Number(args.warmup);
const attackers = Number(args.attackers);
if (![seconds, warmup, attackers].every((n) => Number.isInteger(n) && n >= 0 && n <= 120) || seconds < 1 || attackers < 1) {
  console.error("--seconds (1–120), --warmup (0–120) and --attackers (1–120) take whole numbers");
  process.exit(2);
}
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || !["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) {
  console.error("bench:amplification needs DATABASE_URL on this machine, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres");
  process.exit(2);
}

const CLERK_QUERY = `query($id: ID!) { centre(id: $id) { name windows { number name items { code name kind promisedDays } } } }`;
/** Shapes of a public fan-out, heaviest first; the first that the limits allow at all is used. */
const SHAPES = [
  "centres { id name windows { number name items { code name } } }",
  "centres { id name address windows { number name kind } }",
  "centres { id name address }",
];
const fanOut = (shape: string, n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: ${shape}`).join(" ")} }`;
const ATTACK = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: centres { windows { items { code name materials { name required form copies } } } }`).join(" ")} }`;

const loadProcess = (spec: Parameters<typeof runLoad>[0]) => runLoad(spec, { seconds, warmupSeconds: warmup });

const errors: string[] = [];
const deployed = await startDeployed({ databaseUrl, prefix: PREFIX, centreProcesses: 1, errors });
try {
  const admin = await openDatabase({ service: "centre", schema: {}, url: databaseUrl, databaseName: `${PREFIX}centre`, migrationsFolder: `${repoRoot}subgraphs/centre/drizzle`, poolSize: 1 });
  // The replica syncs from the departments' feeds after start: the window view needs all three.
  await waitForReplica(admin.db);
  await admin.close();

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(deployed.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text() };
  };
  const clerkToken = await signUserToken({ id: "bench-clerk", role: "WINDOW_CLERK", centreId: "320213", windowId: "320213-A01" }, DEV_AUTH_SECRET);
  const clerk = { authorization: `Bearer ${clerkToken}` };
  const clerkBody = JSON.stringify({ query: CLERK_QUERY, variables: { id: "320213" } });

  console.log(`bench:amplification — every service in its own process on PostgreSQL; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const attack = await post({ query: ATTACK });
  console.log(`1. the reported fan-out (30 aliases, materials): HTTP ${attack.status}, ${attack.text.length} bytes: ${attack.text.slice(0, 160)}`);

  let heaviest = { shape: "", n: 0, bytes: 0 };
  for (const shape of SHAPES) {
    for (let n = 1; n <= 30; n++) {
      const r = await post({ query: fanOut(shape, n) });
      if (r.status !== 200 || r.text.includes('"errors"')) break;
      if (r.text.length > heaviest.bytes) heaviest = { shape, n, bytes: r.text.length };
    }
    if (heaviest.n > 0) break;
  }
  if (heaviest.n === 0) throw new Error("no public fan-out query was allowed at all");
  const heavyBody = JSON.stringify({ query: fanOut(heaviest.shape, heaviest.n) });
  console.log(`2. the heaviest public query allowed: ${heaviest.n} alias(es) of \`${heaviest.shape}\`, answering ${heaviest.bytes} bytes`);

  const idle = await loadProcess({ url: deployed.gatewayUrl, connections: 1, headers: clerk, body: clerkBody });
  const [loaded, ...attacks] = await Promise.all([
    loadProcess({ url: deployed.gatewayUrl, connections: 1, headers: clerk, body: clerkBody }),
    ...Array.from({ length: attackers }, () => loadProcess({ url: deployed.gatewayUrl, connections: 1, headers: {}, body: heavyBody })),
  ]);
  const attackRate = attacks.reduce((s, a) => s + a.perSecond, 0);
  const attackOk = attacks.reduce((s, a) => s + a.ok, 0);
  const attackRefused = attacks.reduce((s, a) => s + a.non2xx, 0);
  console.log(`3. the clerk's window view through the gateway (${seconds} s, after ${warmup} s warm-up):`);
  console.log(`   alone:                      p50 ${idle.p50Ms} ms, p99 ${idle.p99Ms} ms, ${idle.perSecond.toFixed(1)} req/s (${idle.non2xx} non-2xx)`);
  console.log(`   with ${attackers} anonymous clients:  p50 ${loaded!.p50Ms} ms, p99 ${loaded!.p99Ms} ms, ${loaded!.perSecond.toFixed(1)} req/s; attackers ${attackRate.toFixed(1)} req/s in all (${attackOk} answered, ${attackRefused} refused: RATE_LIMITED once a client's cost a minute is spent)`);
  console.log(`   median ratio (loaded / alone): ${(loaded!.p50Ms / Math.max(idle.p50Ms, 1)).toFixed(2)}× (the issue asks ≤ 2×)`);
  console.log(`   load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  if (errors.length) console.log(`service errors: ${errors.slice(0, 5).join(" | ")}`);
} finally {
  await deployed.stop();
  await deployed.dropDatabases();
}
