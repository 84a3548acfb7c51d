/**
 * npm start — every subgraph and the gateway as child processes on localhost, each with its own
 * embedded database under data/ (or PostgreSQL when DATABASE_URL is set), seeded on first start.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { loadDepartments, repoRoot } from "@wuxi/federation";
import { buildConsoles } from "../consoles/build.ts";

const departments = loadDepartments();
const gatewayPort = Number(process.env.PORT ?? 4000);
const services = [
  { name: "centre", entry: "subgraphs/centre/src/main.ts", port: Number(process.env.CENTRE_PORT ?? 4100) },
  ...departments.map((d) => ({ name: d.id, entry: `subgraphs/${d.id}/src/main.ts`, port: d.port })),
];
const colours = [36, 33, 35, 32, 34, 31];
const children: ChildProcess[] = [];
let stopping = false;

function launch(name: string, entry: string, env: NodeJS.ProcessEnv, colour: number): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const prefix = `\x1b[${colour}m${name.padEnd(14)}\x1b[0m| `;
  const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) stream.write(prefix + line + "\n");
  };
  child.stdout!.on("data", relay(process.stdout));
  child.stderr!.on("data", relay(process.stderr));
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`${name} exited with code ${code}; stopping everything.`);
    stop(1);
  });
  children.push(child);
  return child;
}

async function waitReady(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000}s`);
}

function stop(code: number) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

services.forEach((s, i) => launch(s.name, s.entry, { PORT: String(s.port) }, colours[i % colours.length]!));
await Promise.all(services.map((s) => waitReady(`http://127.0.0.1:${s.port}/readyz`)));
// The gateway serves the consoles from the same origin as /graphql (and mints development logins).
const consolesDir = await buildConsoles();
launch(
  "gateway",
  "gateway/src/main.ts",
  // CENTRE_URL follows CENTRE_PORT, so the gateway finds the centre wherever it was started.
  { PORT: String(gatewayPort), CENTRE_URL: process.env.CENTRE_URL ?? `http://127.0.0.1:${services[0]!.port}/graphql`, CONSOLES_DIR: process.env.CONSOLES_DIR ?? consolesDir },
  37,
);
await waitReady(`http://127.0.0.1:${gatewayPort}/readyz`);

console.log(`
无锡市三级行政服务体系 is running (${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite under data/"}).
  consoles  http://localhost:${gatewayPort}/   (工作台与公众页面; 开发登录: 选择角色、中心、窗口)
  gateway   http://localhost:${gatewayPort}/graphql
${services.map((s) => `  ${s.name.padEnd(9)} http://localhost:${s.port}/graphql (only through the gateway)`).join("\n")}
Mint a token:  npm run token -- --role WINDOW_CLERK --centre 320213 --window 320213-A01
Stop with Ctrl+C.`);
