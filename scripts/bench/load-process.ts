/**
 * The load generator, run as its own process so its CPU is not the services' (the benchmarks spawn
 * `node --import tsx scripts/bench/load-process.ts '<json>'`). autocannon, closed loop: each
 * connection sends its next request when the previous answer arrived. A warm-up run is not counted.
 * Prints one JSON line: requests, 2xx, other answers, errors, p50/p99/max latency and req/s.
 */
import autocannon from "autocannon";

interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  headers: Record<string, string>;
  body: string;
  /** When set, an answer with another body counts as an error (the queue's answer is fixed). */
  expectBody?: string;
}

const spec = JSON.parse(process.argv[2]!) as LoadSpec;
if (new URL(spec.url).hostname !== "127.0.0.1") throw new Error("the load generator only talks to 127.0.0.1");

function run(seconds: number) {
  return autocannon({
    url: spec.url,
    method: "POST",
    connections: spec.connections,
    duration: seconds,
    headers: { "content-type": "application/json", ...spec.headers },
    body: spec.body,
    expectBody: spec.expectBody,
    timeout: 30,
  });
}

if (spec.warmupSeconds > 0) await run(spec.warmupSeconds);
const r = await run(spec.seconds);
process.stdout.write(
  JSON.stringify({
    requests: r.requests.total,
    ok: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    mismatches: r.mismatches,
    timeouts: r.timeouts,
    seconds: r.duration,
    perSecond: r.requests.total / r.duration,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
  }) + "\n",
);
