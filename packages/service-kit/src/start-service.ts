import { type Db, openDatabase } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { sql } from "drizzle-orm";
import type { GraphQLSchema } from "graphql";
import { createLogger, type Logger } from "./logger.ts";
import { type RunningServer, startSubgraphServer } from "./subgraph-server.ts";

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
  /** Idempotent; runs at every start and inserts only what is missing. */
  seed?: (db: Db, logger: Logger) => Promise<void>;
  /** Plain HTTP routes beside /graphql, given the service's database. */
  routes?: (app: import("express").Express, db: Db, settings: ServiceSettings) => void;
  /** Started once the service listens, stopped before its database closes. */
  background?: (db: Db, logger: Logger, settings: ServiceSettings) => TBackground;
}

/** Where and how to run it; tests pass in-memory databases and port 0. */
export interface ServiceSettings {
  port: number;
  host?: string;
  gatewaySecret: string;
  databaseUrl?: string;
  databaseName?: string;
  /** PGlite folder root; the service's data lives in <dataDir>/<name>. ":memory:" keeps nothing. */
  dataDir?: string;
  logger?: Logger;
}

export interface RunningService<TBackground extends BackgroundWork | undefined = BackgroundWork | undefined> extends RunningServer {
  db: Db;
  driver: string;
  background: TBackground;
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
    databaseName: settings.databaseName,
    dataDir: settings.dataDir === ":memory:" ? ":memory:" : `${settings.dataDir ?? "data"}/${definition.name}`,
  });
  let background: TBackground | undefined;
  try {
    await definition.seed?.(opened.db, logger);
    const server = await startSubgraphServer({
      name: definition.name,
      schema: definition.schema,
      gatewaySecret: settings.gatewaySecret,
      context: (actor) => definition.context(opened.db, actor, settings),
      routes: definition.routes ? (app) => definition.routes!(app, opened.db, settings) : undefined,
      port: settings.port,
      host: settings.host,
      logger,
      ready: async () => {
        await opened.db.execute(sql`select 1`);
      },
      onClose: async () => {
        await background?.stop();
        await opened.close();
      },
    });
    background = definition.background?.(opened.db, logger, settings);
    logger.info({ url: server.url, database: opened.location }, "subgraph ready");
    return { ...server, db: opened.db, driver: opened.driver, background: background as TBackground };
  } catch (error) {
    await background?.stop().catch(() => {});
    await opened.close().catch(() => {});
    throw error;
  }
}
