import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { DatabaseUnavailableError } from "./errors.ts";
import { traceSql } from "./tracing.ts";

/** One drizzle handle whichever engine is behind it; repositories take this or a transaction of it. */
export type Db<TSchema extends Record<string, unknown> = Record<string, unknown>> = PgDatabase<PgQueryResultHKT, TSchema>;

export type Driver = "pglite" | "postgres";

export interface OpenDatabaseOptions<TSchema extends Record<string, unknown>> {
  /** Service name; names the data folder (data/<service>) or the database (<prefix><service>). */
  service: string;
  schema: TSchema;
  /** Folder of the drizzle-kit migrations of this service. */
  migrationsFolder: string;
  /**
   * A PostgreSQL server URL. The service gets its own database on that server, created on first use;
   * the URL's own database is only used to create it. Without a URL the embedded PGlite is used.
   */
  url?: string;
  /** Name of the service's database on the server; default `wuxi_<service>`. */
  databaseName?: string;
  /** PGlite folder; default `data/<service>` under the working directory; ":memory:" keeps nothing. */
  dataDir?: string;
  /** Connections in the postgres.js pool. */
  poolSize?: number;
  /**
   * The owner's URL (DATABASE_OWNER_URL): creates the database and runs the migrations. Unset: `url`
   * is the owner too, and the service's pool works as the role APP_ROLE (see below).
   */
  ownerUrl?: string;
}

/**
 * The role services work as when one URL is configured (dev, tests): it owns nothing, so it cannot
 * alter tables, disable triggers or set session_replication_role; it can read and write rows. With
 * DATABASE_OWNER_URL set (production), DATABASE_URL's own user is that role (docs/security.md).
 */
export const APP_ROLE = "wuxi_app";

export interface OpenedDatabase<TSchema extends Record<string, unknown>> {
  /** The service's handle: on PostgreSQL, the app role (it owns nothing). */
  db: Db<TSchema>;
  /** The owner's handle (migrations, audits, tests that play the owner); on PGlite the same as `db`. */
  ownerDb: Db<TSchema>;
  driver: Driver;
  /** Where the data lives, for logs (no credentials). */
  location: string;
  close(): Promise<void>;
}

/** Opens the service's database with the driver the configuration asks for and applies its migrations. */
export async function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<OpenedDatabase<TSchema>> {
  traceSql();
  return options.url ? openPostgres(options, options.url) : openPglite(options);
}

async function openPglite<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): Promise<OpenedDatabase<TSchema>> {
  const dataDir = options.dataDir ?? `data/${options.service}`;
  let client: PGlite;
  try {
    if (dataDir === ":memory:") {
      client = await PGlite.create();
    } else {
      mkdirSync(dataDir, { recursive: true });
      client = await PGlite.create(dataDir);
    }
  } catch (cause) {
    throw new DatabaseUnavailableError(
      `cannot open the embedded database at ${dataDir}: ${describe(cause)} (is another process using it?)`,
      { cause },
    );
  }
  const db = drizzlePglite(client, { schema: options.schema });
  try {
    await migratePglite(db, { migrationsFolder: options.migrationsFolder });
  } catch (cause) {
    await client.close().catch(() => {});
    throw new DatabaseUnavailableError(`cannot migrate the embedded database at ${dataDir}: ${describe(cause)}`, { cause });
  }
  return {
    db: db as unknown as Db<TSchema>,
    ownerDb: db as unknown as Db<TSchema>,
    driver: "pglite",
    location: dataDir === ":memory:" ? "PGlite (memory)" : `PGlite ${dataDir}`,
    close: () => client.close(),
  };
}

async function openPostgres<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
  url: string,
): Promise<OpenedDatabase<TSchema>> {
  const databaseName = options.databaseName ?? `wuxi_${options.service.replace(/-/g, "_")}`;
  if (!/^[a-z_][a-z0-9_]*$/.test(databaseName)) {
    throw new DatabaseUnavailableError(`invalid database name "${databaseName}"`);
  }
  const server = safeLocation(url);
  const ownerUrl = options.ownerUrl ?? url;
  await ensureDatabase(ownerUrl, databaseName, server);
  const at = (base: string) => {
    const target = new URL(base);
    target.pathname = `/${databaseName}`;
    return target.toString();
  };
  // Two connections: one holds the migration lock while the migrator works on the other. After
  // start-up the owner is rarely needed (audits, tests), so its idle connections close: a test run
  // starts many services side by side and PostgreSQL's max_connections (100) is shared by all.
  const ownerClient = postgres(at(ownerUrl), { max: 2, idle_timeout: 5, onnotice: () => {}, connect_timeout: 5 });
  const ownerDb = drizzlePostgres(ownerClient, { schema: options.schema });
  const separate = Boolean(options.ownerUrl) && options.ownerUrl !== url;
  const appRole = separate ? decodeURIComponent(new URL(url).username) : APP_ROLE;
  try {
    // Grants race too ("tuple concurrently updated"), so they run under the same lock.
    await underMigrationLock(ownerClient, async () => {
      await migratePostgres(ownerDb, { migrationsFolder: options.migrationsFolder });
      await grantAppRole(ownerClient, appRole, !separate);
    });
  } catch (cause) {
    await ownerClient.end({ timeout: 1 }).catch(() => {});
    throw new DatabaseUnavailableError(`cannot migrate database ${databaseName} on ${server}: ${describe(cause)}`, { cause });
  }
  const client = postgres(at(url), {
    max: options.poolSize ?? 10,
    onnotice: () => {},
    connect_timeout: 5,
    // One URL: every connection of the pool becomes the app role as it opens (a startup parameter).
    ...(separate ? {} : { connection: { role: APP_ROLE } }),
  });
  const db = drizzlePostgres(client, { schema: options.schema });
  return {
    db: db as unknown as Db<TSchema>,
    ownerDb: ownerDb as unknown as Db<TSchema>,
    driver: "postgres",
    location: `PostgreSQL ${server}/${databaseName}`,
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), ownerClient.end({ timeout: 5 })]);
    },
  };
}

/**
 * Key of the session advisory lock every replica takes around its migrations: drizzle's migrator
 * takes no lock, so two replicas starting together would both apply the same migration. Advisory
 * locks are per database, so services on one server do not wait for each other.
 */
export const MIGRATION_LOCK_KEY = 7_340_016;

/**
 * Runs the migrations holding the advisory lock on one reserved connection; the others wait on it
 * and then find nothing left to apply. The lock ends with the session if the process dies.
 */
async function underMigrationLock(client: postgres.Sql, migrate: () => Promise<void>): Promise<void> {
  const session = await client.reserve();
  try {
    await session`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate();
    } finally {
      await session`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    session.release();
  }
}

/**
 * Gives the app role what a service needs and nothing more: rows, not tables. Re-run after every
 * migration, so new tables are covered. Creates the role when this process is its own owner (dev).
 */
async function grantAppRole(owner: postgres.Sql, role: string, create: boolean): Promise<void> {
  const r = `"${role.replace(/"/g, '""')}"`;
  if (create) {
    const exists = await owner`select 1 from pg_roles where rolname = ${role}`;
    if (exists.length === 0) {
      try {
        await owner.unsafe(`create role ${r} nologin noinherit`);
      } catch (cause) {
        // Two services or test files racing to create the cluster-wide role.
        const code = (cause as { code?: string }).code;
        if (code !== "42710" && code !== "23505") throw cause;
      }
    }
  }
  await owner.unsafe(`grant usage on schema public to ${r}`);
  await owner.unsafe(`grant select, insert, update, delete on all tables in schema public to ${r}`);
  await owner.unsafe(`grant usage, select, update on all sequences in schema public to ${r}`);
}

async function ensureDatabase(url: string, databaseName: string, server: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const rows = await admin`select 1 from pg_database where datname = ${databaseName}`;
    if (rows.length === 0) {
      try {
        await admin.unsafe(`create database "${databaseName}"`);
      } catch (cause) {
        // Two replicas racing to create the same database: the loser sees 42P04 when the winner has
        // committed, or 23505 (pg_database's unique index) when both were creating it at once.
        const code = (cause as { code?: string }).code;
        if (code !== "42P04" && code !== "23505") throw cause;
      }
    }
  } catch (cause) {
    throw new DatabaseUnavailableError(`cannot reach PostgreSQL at ${server}: ${describe(cause)}`, { cause });
  } finally {
    await admin.end({ timeout: 1 }).catch(() => {});
  }
}

/** Drops a database created for a test run. */
export async function dropDatabase(url: string, databaseName: string): Promise<void> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
  } finally {
    await admin.end({ timeout: 1 });
  }
}

function safeLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}`;
  } catch {
    throw new DatabaseUnavailableError("DATABASE_URL is not a valid URL");
  }
}

function describe(cause: unknown): string {
  if (cause instanceof AggregateError && cause.errors.length > 0) return describe(cause.errors[0]);
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    return code ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}

/**
 * Runs `work` in one transaction holding a transaction-level advisory lock: replicas starting
 * together seed one after another, so an idempotent seed never races itself into duplicate keys.
 */
export async function exclusively<T>(db: Db, key: number, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${key})`);
    return work(tx as unknown as Db);
  });
}
