import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { dropDatabase } from "@wuxi/db";
import { departmentDefinition, type DepartmentModule } from "@wuxi/catalogue";
import { centreDefinition } from "@wuxi/centre";
import { department as civilAffairs } from "@wuxi/civil-affairs";
import { repoRoot } from "@wuxi/federation";
import { startGateway } from "@wuxi/gateway";
import { type Actor, signUserToken } from "@wuxi/identity";
import { department as market } from "@wuxi/market";
import { department as planning } from "@wuxi/planning";
import { createLogger, type RunningService, type ServiceDefinition, startService } from "@wuxi/service-kit";

export const TEST_AUTH_SECRET = "test-auth-secret-0123456789-abcdefghijkl";
export const TEST_GATEWAY_SECRET = "test-gateway-secret-0123456789-abcdefgh";

/** The engine under test: PostgreSQL when DATABASE_URL is set (CI does), else in-memory PGlite. */
export const databaseUrl = process.env.DATABASE_URL || undefined;
export const driverName = databaseUrl ? "postgres" : "pglite";

export const departmentModules: DepartmentModule[] = [market, civilAffairs, planning];

export interface TestNetwork {
  gatewayUrl: string;
  services: Record<string, RunningService>;
  /** Signs a user token as the identity provider would. */
  token(actor: Actor): Promise<string>;
  /** POSTs an operation to the gateway, as the given actor (or the public). */
  query<T = any>(query: string, variables?: Record<string, unknown>, actor?: Actor): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

/** A database name of its own for each service of each test file, dropped at the end. */
function isolatedDatabase(service: string, runId: string): string {
  return `t_${runId}_${service.replace(/-/g, "_")}`;
}

export async function startIsolated<T extends object>(definition: ServiceDefinition<T>, runId: string) {
  return startService(definition, {
    port: 0,
    gatewaySecret: TEST_GATEWAY_SECRET,
    databaseUrl,
    databaseName: databaseUrl ? isolatedDatabase(definition.name, runId) : undefined,
    dataDir: ":memory:",
    logger: createLogger(definition.name, "silent"),
  });
}

/**
 * The whole system on ephemeral ports: every subgraph over real HTTP on its own real database, and
 * the gateway serving the committed supergraph in front of them.
 */
export async function startTestNetwork(
  options: { subgraphUrl?: (name: string, url: string) => Promise<string> } = {},
): Promise<TestNetwork> {
  const runId = randomBytes(4).toString("hex");
  const definitions: ServiceDefinition<object>[] = [centreDefinition(), ...departmentModules.map(departmentDefinition)];
  const started = await Promise.all(definitions.map((d) => startIsolated(d, runId)));
  const services = Object.fromEntries(definitions.map((d, i) => [d.name, started[i]!]));
  const gateway = await startGateway({
    supergraphSdl: readFileSync(`${repoRoot}schema/supergraph.graphql`, "utf8"),
    subgraphUrls: Object.fromEntries(
      await Promise.all(
        Object.entries(services).map(async ([name, s]) => [name, (await options.subgraphUrl?.(name, s.url)) ?? s.url]),
      ),
    ),
    authSecret: TEST_AUTH_SECRET,
    gatewaySecret: TEST_GATEWAY_SECRET,
    port: 0,
    logger: createLogger("gateway", "silent"),
  });
  const token = (actor: Actor) => signUserToken(actor, TEST_AUTH_SECRET);
  return {
    gatewayUrl: gateway.url,
    services,
    token,
    async query(query, variables, actor) {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (actor) headers.authorization = `Bearer ${await token(actor)}`;
      const res = await fetch(gateway.url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: (await res.json()) as never };
    },
    async close() {
      await gateway.close();
      await Promise.all(started.map((s) => s.close()));
      if (databaseUrl) {
        await Promise.all(definitions.map((d) => dropDatabase(databaseUrl, isolatedDatabase(d.name, runId))));
      }
    },
  };
}
