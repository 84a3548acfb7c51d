import { type Db, exclusively, openDatabase } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { sql } from "drizzle-orm";
import type { GraphQLSchema } from "graphql";
import { createLogger, type Logger } from "./logger.ts";
import { ServiceMetrics } from "./metrics.ts";
import { type RunningServer, startSubgraphServer } from "./subgraph-server.ts";

/** Advisory lock key held while a replica seeds its database. */
const SEED_LOCK_KEY = 7_340_017;

/** Work a service does besides answering requests (the centre's replica sync). */
export interface BackgroundWork {
  stop(): Promise<void>;
}

/** What one subgraph is: its tables, its schema, its per-request context and its seed. */
export interface ServiceDefinition<TContext extends object, TBackground extends BackgroundWork | undefined = undefined> {
  name: string;
  tables: Record<string, unknown>;
  migrationsFolder: string;
  schema: GraphQLSchema;
  context: (db: Db, actor: Actor, settings: ServiceSettings) => TContext;
  /** Checks a verified actor against the service's own data before any request runs (subgraph-server.ts). */
  authorize?: (db: Db, actor: Actor) => Promise<string | null>;
  /** Idempotent; runs at every start and inserts only what is missing. */
  seed?: (db: Db, logger: Logger) => Promise<void>;
  /** Plain HTTP routes beside /graphql, given the service's database. */
  routes?: (app: import("express").Express, db: Db, settings: ServiceSettings) => void;
  /** Started once the service listens, stopped before its database closes. */
  background?: (db: Db, logger: Logger, settings: ServiceSettings, metrics: ServiceMetrics) => TBackground;
}

/** Where and how to run it; tests pass in-memory databases and port 0. */
export interface ServiceSettings {
  port: number;
  host?: string;
  gatewaySecret: string;
  databaseUrl?: string;
  /** DATABASE_OWNER_URL: migrations run as its user; unset, databaseUrl is the owner too (dev, tests). */
  databaseOwnerUrl?: string;
  databaseName?: string;
  /** PGlite folder root; the service's data lives in <dataDir>/<name>. ":memory:" keeps nothing. */
  dataDir?: string;
  logger?: Logger;
}

export interface RunningService<TBackground extends BackgroundWork | undefined = BackgroundWork | undefined> extends RunningServer {
  db: Db;
  /** The owner's handle: audits, and tests that play a database owner tampering with data. */
  ownerDb: Db;
  driver: string;
  background: TBackground;
  metrics: ServiceMetrics;
}

export async function startService<TContext extends object, TBackground extends BackgroundWork | undefined = undefined>(
  definition: ServiceDefinition<TContext, TBackground>,
  settings: ServiceSettings,
): Promise<RunningService<TBackground>> {
  const logger = settings.logger ?? createLogger(definition.name);
  const opened = await openDatabase({
    service: definition.name,
    schema: definition.tables,
    migrationsFolder: definition.migrationsFolder,
    url: settings.databaseUrl,
    ownerUrl: settings.databaseOwnerUrl,
    databaseName: settings.databaseName,
    dataDir: settings.dataDir === ":memory:" ? ":memory:" : `${settings.dataDir ?? "data"}/${definition.name}`,
  });
  let background: TBackground | undefined;
  const metrics = new ServiceMetrics(definition.name);
  metrics.gauge("db_connections", "Sessions on this service's database, by state (every replica's)", ["state"], async (set) => {
    if (opened.driver === "pglite") return set({ state: "embedded" }, 1);
    const rows = (await opened.db.execute(
      sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity where datname = current_database() group by 1`,
    )) as unknown as { state: string; n: number }[];
    for (const r of rows) set({ state: r.state }, r.n);
  });
  try {
    // Replicas on one PostgreSQL database seed one at a time (the seed is idempotent, not
    // race-free); an embedded PGlite belongs to one process, so there is nobody to wait for.
    if (definition.seed && opened.driver === "postgres") await exclusively(opened.db, SEED_LOCK_KEY, (tx) => definition.seed!(tx, logger));
    else await definition.seed?.(opened.db, logger);
    const server = await startSubgraphServer({
      name: definition.name,
      schema: definition.schema,
      gatewaySecret: settings.gatewaySecret,
      context: (actor) => definition.context(opened.db, actor, settings),
      authorize: definition.authorize ? (actor) => definition.authorize!(opened.db, actor) : undefined,
      routes: definition.routes ? (app) => definition.routes!(app, opened.db, settings) : undefined,
      port: settings.port,
      host: settings.host,
      logger,
      metrics,
      ready: async () => {
        await opened.db.execute(sql`select 1`);
      },
      onClose: async () => {
        await background?.stop();
        await opened.close();
      },
    });
    background = definition.background?.(opened.db, logger, settings, metrics);
    logger.info({ url: server.url, database: opened.location }, "subgraph ready");
    return { ...server, db: opened.db, ownerDb: opened.ownerDb, driver: opened.driver, background: background as TBackground, metrics };
  } catch (error) {
    await background?.stop().catch(() => {});
    await opened.close().catch(() => {});
    throw error;
  }
}
