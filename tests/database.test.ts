import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DatabaseUnavailableError, dropDatabase, openDatabase } from "@wuxi/db";
import { repoRoot } from "@wuxi/federation";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import * as centreTables from "../subgraphs/centre/src/tables.ts";
import { databaseUrl } from "./support/network.ts";

const migrationsFolder = fileURLToPath(new URL("../subgraphs/centre/drizzle", import.meta.url));
const migrationCount = (JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as { entries: unknown[] }).entries.length;
const city = { id: "320200", name: "无锡市行政服务中心", tier: "CITY", divisionType: "CITY", parentId: null, address: "x", hours: "x", phone: "x" };

async function appliedMigrations(db: { execute: (q: ReturnType<typeof sql>) => Promise<unknown> }) {
  const result = (await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as any;
  return (result.rows ?? result)[0].n as number;
}

describe("the driver factory on PGlite (the embedded default)", () => {
  const dir = mkdtempSync(join(tmpdir(), "wuxi-db-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("migrates a new file-backed database and keeps its data across restarts", async () => {
    const first = await openDatabase({ service: "centre", schema: centreTables, migrationsFolder, dataDir: dir });
    expect(first.driver).toBe("pglite");
    await first.db.insert(centreTables.centres).values(city);
    await first.close();

    const second = await openDatabase({ service: "centre", schema: centreTables, migrationsFolder, dataDir: dir });
    const rows = await second.db.select().from(centreTables.centres);
    expect(rows.map((r) => r.name)).toEqual(["无锡市行政服务中心"]);
    // Starting again applies nothing twice.
    expect(await appliedMigrations(second.ownerDb)).toBe(migrationCount);
    await second.close();
  });
});

describe.runIf(databaseUrl)("the driver factory on PostgreSQL", () => {
  const name = `t_db_${process.pid}`;
  afterAll(() => dropDatabase(databaseUrl!, name));

  it("creates the service's own database, migrates it, and migrating again changes nothing", async () => {
    const first = await openDatabase({ service: "centre", schema: centreTables, migrationsFolder, url: databaseUrl, databaseName: name });
    expect(first.driver).toBe("postgres");
    await first.db.insert(centreTables.centres).values(city);
    await first.close();
    const second = await openDatabase({ service: "centre", schema: centreTables, migrationsFolder, url: databaseUrl, databaseName: name });
    expect(await second.db.select().from(centreTables.centres)).toHaveLength(1);
    expect(await appliedMigrations(second.ownerDb)).toBe(migrationCount);
    await second.close();
  });
});

describe("an unusable database", () => {
  it("is reported as unavailable, naming the server", async () => {
    const attempt = openDatabase({ service: "centre", schema: centreTables, migrationsFolder, url: "postgres://postgres@127.0.0.1:1/postgres" });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/cannot reach PostgreSQL at 127\.0\.0\.1:1/);
  });

  it("stops a service with one clear line and exit code 1, not a stack trace", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "subgraphs/centre/src/main.ts"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/postgres", PORT: "0", LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^centre: database unavailable: cannot reach PostgreSQL at 127\.0\.0\.1:1/);
  });
});
