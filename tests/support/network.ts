import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropDatabase } from "@wuxi/db";
import { departmentDefinition, type DepartmentModule } from "@wuxi/catalogue";
import { type CentreBackground, centreDefinition, type NotificationAdapter } from "@wuxi/centre";
import { roundRobinProxy } from "./round-robin-proxy.ts";
import { department as civilAffairs } from "@wuxi/civil-affairs";
import { repoRoot } from "@wuxi/federation";
import { type GatewaySettings, LIMITS, startGateway } from "@wuxi/gateway";
import { type Actor, signUserToken } from "@wuxi/identity";
import { department as market } from "@wuxi/market";
import { department as planning } from "@wuxi/planning";
import { type BackgroundWork, createLogger, type RunningService, type ServiceDefinition, type SpanExporter, startService, startTracing } from "@wuxi/service-kit";

export const TEST_AUTH_SECRET = "test-auth-secret-0123456789-abcdefghijkl";
export const TEST_GATEWAY_SECRET = "test-gateway-secret-0123456789-abcdefgh";

/** The engine under test: PostgreSQL when DATABASE_URL is set (CI does), else in-memory PGlite. */
export const databaseUrl = process.env.DATABASE_URL || undefined;
export const driverName = databaseUrl ? "postgres" : "pglite";

export const departmentModules: DepartmentModule[] = [market, civilAffairs, planning];

export interface TestNetwork {
  gatewayUrl: string;
  services: Record<string, RunningService>;
  /** Every centre replica (one unless centreReplicas asked for more); services.centre is the first. */
  centreReplicas: RunningService<CentreBackground>[];
  /** POST requests the gateway sent to each centre replica. */
  centreRequests: number[];
  /** Stops a department subgraph (its data is kept when the network is persistent). */
  stop(name: string): Promise<void>;
  /** Starts a stopped department subgraph again, on the same port and data. */
  restart(name: string): Promise<void>;
  /** Sets the centre's clock to a day (Asia/Shanghai, 10:00) so deadlines can be checked by hand. */
  setToday(date: string | null): void;
  /** Hands the pending notifications to their adapters now. */
  deliverNotifications(): Promise<{ delivered: number; failed: number }>;
  /** Writes the staff reminders of near and past deadlines now; returns how many were new. */
  sweepReminders(): Promise<number>;
  /** Brings the centre's replica up to date with every department's change feed now. */
  syncReplica(): Promise<Record<string, number | "unreachable">>;
  /** Signs a user token as the identity provider would. */
  token(actor: Actor): Promise<string>;
  /** POSTs an operation to the gateway, as the given actor (or the public). */
  query(query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Silent, or writing every line into `logs` so a test can read what would reach the log. */
/** Silent unless a test collects the lines, or TEST_LOGS names a level (e.g. TEST_LOGS=error) to print. */
function logger(name: string, logs?: string[]) {
  if (logs) return createLogger(name, "info", { write: (line: string) => void logs.push(line) });
  const level = process.env.TEST_LOGS;
  return level ? createLogger(name, level as "error", { write: (line: string) => void process.stderr.write(line) }) : createLogger(name, "silent");
}

/** A database name of its own for each service of each test file, dropped at the end. */
function isolatedDatabase(service: string, runId: string): string {
  return `t_${runId}_${service.replace(/-/g, "_")}`;
}

export async function startIsolated<T extends object, B extends BackgroundWork | undefined>(
  definition: ServiceDefinition<T, B>,
  runId: string,
  storage: { dataDir?: string; port?: number; logs?: string[] } = {},
) {
  return startService(definition, {
    port: storage.port ?? 0,
    gatewaySecret: TEST_GATEWAY_SECRET,
    databaseUrl,
    databaseName: databaseUrl ? isolatedDatabase(definition.name, runId) : undefined,
    dataDir: storage.dataDir ?? ":memory:",
    logger: logger(definition.name, storage.logs),
  });
}

/**
 * The whole system on ephemeral ports: every subgraph over real HTTP on its own real database, and
 * the gateway serving the committed supergraph in front of them.
 */
export async function startTestNetwork(
  options: {
    subgraphUrl?: (name: string, url: string) => Promise<string>;
    /** Keep PGlite data in a temporary folder so a stopped subgraph restarts with it. */
    persistent?: boolean;
    /** Delivery channels for applicant notifications besides the outbox. */
    notificationAdapters?: NotificationAdapter[];
    /** The built consoles for the gateway to serve at /, with the development login (browser tests). */
    consolesDir?: string;
    /** Centre replicas on one database behind a round-robin balancer (PostgreSQL only). */
    centreReplicas?: number;
    /** How often the centre sweeps reminders; 0 (default) only on demand. */
    reminderMs?: number;
    /** Collects every log line of every service and the gateway (tests of what logs must not carry). */
    logs?: string[];
    /** Gateway settings beyond the defaults (rate limits, trust proxy). */
    gateway?: Partial<GatewaySettings>;
    /** Records every span of the network (one process here) into this exporter (tests of traces). */
    traceExporter?: SpanExporter;
  } = {},
): Promise<TestNetwork> {
  const tracing = options.traceExporter ? startTracing({ serviceName: "test-network", exporter: options.traceExporter }) : undefined;
  const runId = randomBytes(4).toString("hex");
  const dataDir = options.persistent && !databaseUrl ? mkdtempSync(join(tmpdir(), "wuxi-net-")) : undefined;
  const departmentDefinitions = departmentModules.map((m) => departmentDefinition(m));
  const departments = await Promise.all(departmentDefinitions.map((d) => startIsolated(d, runId, { dataDir, logs: options.logs })));
  // The centre reads the departments' change feeds directly; it syncs when the test says so.
  let today: Date | null = null;
  const centreDef = centreDefinition({
    now: () => today ?? new Date(),
    notificationAdapters: options.notificationAdapters,
    deliveryMs: 0,
    reminderMs: options.reminderMs ?? 0,
    // The roll-up projector and the notice renderer run when the test says so (or a bulletin or a
    // download catches them up), so a test sees the state it set up and nothing racing it.
    projectionMs: 0,
    renderMs: 0,
    departmentUrls: Object.fromEntries(departmentDefinitions.map((d, i) => [d.name, departments[i]!.url])),
    replicaSyncMs: 0,
  });
  // Replicas start together, as containers do: their migrations and seeds must not race.
  const replicas = await Promise.all(Array.from({ length: options.centreReplicas ?? 1 }, () => startIsolated(centreDef, runId, { dataDir, logs: options.logs })));
  const centre = replicas[0]!;
  const balancer = replicas.length > 1 ? await roundRobinProxy(replicas.map((r) => r.url)) : undefined;
  const definitions: ServiceDefinition<object, BackgroundWork | undefined>[] = [centreDef as never, ...departmentDefinitions];
  const started: RunningService[] = [centre, ...departments];
  const services = Object.fromEntries(definitions.map((d, i) => [d.name, started[i]!]));
  const gateway = await startGateway({
    supergraphSdl: readFileSync(`${repoRoot}schema/supergraph.graphql`, "utf8"),
    subgraphUrls: Object.fromEntries(
      await Promise.all(
        Object.entries(services).map(async ([name, s]) => {
          const url = name === "centre" && balancer ? balancer.url : s.url;
          return [name, (await options.subgraphUrl?.(name, url)) ?? url];
        }),
      ),
    ),
    authSecret: TEST_AUTH_SECRET,
    gatewaySecret: TEST_GATEWAY_SECRET,
    port: 0,
    logger: logger("gateway", options.logs),
    consolesDir: options.consolesDir,
    devTokens: Boolean(options.consolesDir),
    // Every test client is 127.0.0.1: the public's cost a minute is tested where a test asks for it
    // (tests/amplification.test.ts), not left to trip a suite that browses the citizens' pages.
    limits: { ...LIMITS, publicCostPerMinute: Number.MAX_SAFE_INTEGER },
    ...options.gateway,
  });
  const token = (actor: Actor) => signUserToken(actor, TEST_AUTH_SECRET);
  return {
    gatewayUrl: gateway.url,
    services,
    centreReplicas: replicas,
    centreRequests: balancer?.counts ?? [],
    syncReplica: () => centre.background.syncNow(),
    deliverNotifications: () => centre.background.deliverNow(),
    sweepReminders: () => centre.background.sweepReminders(),
    setToday(date) {
      today = date ? new Date(`${date}T10:00:00+08:00`) : null;
    },
    async stop(name) {
      await services[name]!.close();
    },
    async restart(name) {
      const i = definitions.findIndex((d) => d.name === name);
      services[name] = await startIsolated(definitions[i]!, runId, { dataDir, port: services[name]!.port, logs: options.logs });
      started[i] = services[name]!;
    },
    token,
    async query(query, variables, actor) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (actor) headers.authorization = `Bearer ${await token(actor)}`;
      const res = await fetch(gateway.url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as never };
    },
    async close() {
      await gateway.close();
      await balancer?.close();
      await Promise.all([...started, ...replicas.slice(1)].map((s) => s.close().catch(() => {})));
      await tracing?.shutdown();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl) {
        await Promise.all(definitions.map((d) => dropDatabase(databaseUrl, isolatedDatabase(d.name, runId))));
      }
    },
  };
}
