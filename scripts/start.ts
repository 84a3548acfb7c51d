/**
 * npm start — every subgraph and the gateway as child processes on localhost, each with its own
 * embedded database under data/ (or PostgreSQL when DATABASE_URL is set), seeded on first start.
 *
 * A first start on a busy two-core machine takes more than a minute for the centre (migrations,
 * seeding the network, PGlite's start-up), so readiness is waited for as long as START_TIMEOUT_S
 * allows (default 300 s) with a line per service as it comes up. Whatever happens — a service that
 * never becomes ready, one that exits, Ctrl+C — every child this launcher started is stopped before it
 * exits, so a second `npm start` never collides with the ports of the first.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { loadDepartments, repoRoot } from "@wuxi/federation";
import { buildConsoles } from "../consoles/build.ts";
import { readinessTimeoutMs, waitAllReady } from "./start/readiness.ts";
import { lineFormatter } from "./start/log-lines.ts";

const departments = loadDepartments();
const gatewayPort = Number(process.env.PORT ?? 4000);
const timeoutMs = readinessTimeoutMs(process.env.START_TIMEOUT_S);
const services = [
  { name: "centre", entry: "subgraphs/centre/src/main.ts", port: Number(process.env.CENTRE_PORT ?? 4100) },
  ...departments.map((d) => ({ name: d.id, entry: `subgraphs/${d.id}/src/main.ts`, port: d.port })),
];
const children: ChildProcess[] = [];
let stopping: Promise<never> | undefined;

function launch(name: string, entry: string, env: NodeJS.ProcessEnv, index: number): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const relay = (stream: NodeJS.WriteStream) => {
    const format = lineFormatter(name, index, stream);
    let rest = "";
    return (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) stream.write(format(line));
    };
  };
  child.stdout!.on("data", relay(process.stdout));
  child.stderr!.on("data", relay(process.stderr));
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`${name} exited (${signal ?? `code ${code}`}); stopping everything.`);
    void stop(1);
  });
  children.push(child);
  return child;
}

/** Stops every child (SIGTERM, then SIGKILL after a grace period) and exits once all are gone. */
function stop(code: number): Promise<never> {
  stopping ??= (async () => {
    const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const gone = alive.map((c) => new Promise<void>((resolve) => c.once("exit", () => resolve())));
    for (const child of alive) child.kill("SIGTERM");
    const grace = setTimeout(() => {
      for (const child of alive) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }, 5_000);
    await Promise.all(gone);
    clearTimeout(grace);
    process.exit(code);
  })();
  return stopping;
}
process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
// Last resort if the launcher itself crashes: never leave a child holding a port.
process.on("exit", () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

try {
  services.forEach((s, i) => launch(s.name, s.entry, { PORT: String(s.port) }, i));
  await waitAllReady(
    services.map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}/readyz` })),
    { timeoutMs, report: (line) => console.log(line) },
  );
  // The gateway serves the consoles from the same origin as /graphql (and mints development logins).
  const consolesDir = await buildConsoles();
  launch(
    "gateway",
    "gateway/src/main.ts",
    // CENTRE_URL follows CENTRE_PORT, so the gateway finds the centre wherever it was started.
    { PORT: String(gatewayPort), CENTRE_URL: process.env.CENTRE_URL ?? `http://127.0.0.1:${services[0]!.port}/graphql`, CONSOLES_DIR: process.env.CONSOLES_DIR ?? consolesDir },
    services.length,
  );
  await waitAllReady([{ name: "gateway", url: `http://127.0.0.1:${gatewayPort}/readyz` }], {
    timeoutMs,
    report: (line) => console.log(line),
  });
} catch (error) {
  console.error(`${(error as Error).message}. Stopping every service this start launched (raise START_TIMEOUT_S on a slow machine).`);
  await stop(1);
}

console.log(`
无锡市三级行政服务体系 is running (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite under data/"}).
  consoles  http://localhost:${gatewayPort}/   (工作台与公众页面; 开发登录: 选择角色、中心、窗口)
  gateway   http://localhost:${gatewayPort}/graphql
${services.map((s) => `  ${s.name.padEnd(9)} http://localhost:${s.port}/graphql (only through the gateway)`).join("\n")}
Mint a token:  npm run token -- --role WINDOW_CLERK --centre 320213 --window 320213-A01
Stop with Ctrl+C.`);
