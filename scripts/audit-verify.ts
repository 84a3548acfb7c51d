/**
 * npm run audit:verify — checks every hash chain of the centre's database (the case history and the
 * charges ledger, per centre) against the last anchored heads, and every case's state against its
 * history; exits 1 naming the first broken row of each chain. `--anchor` anchors the heads now instead.
 *
 * Connects with DATABASE_OWNER_URL (or DATABASE_URL) to the databases wuxi_<service> (AUDIT_DATABASE_PREFIX
 * overrides the prefix), or opens the PGlite folders under DATA_DIR (stop the services first).
 * Anchors are read from AUDIT_ANCHOR_DIR (default <DATA_DIR>/audit-anchors).
 */
import { anchorChains, centreDefinition, folderAnchorStore, verifyCentreChains } from "@wuxi/centre";
import { openDatabase } from "@wuxi/db";
import { createLogger } from "@wuxi/service-kit";

const url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR || "data";
const prefix = process.env.AUDIT_DATABASE_PREFIX ?? "wuxi_";
const store = folderAnchorStore(process.env.AUDIT_ANCHOR_DIR || `${dataDir}/audit-anchors`);
const logger = createLogger("audit", process.env.LOG_LEVEL ?? "info");

const centre = centreDefinition({ departmentUrls: {}, replicaSyncMs: 0 });
const opened = await openDatabase({
  service: "centre",
  schema: centre.tables,
  migrationsFolder: centre.migrationsFolder,
  url,
  databaseName: url ? `${prefix}centre` : undefined,
  dataDir: `${dataDir}/centre`,
});
let failed = false;
try {
  if (process.argv.includes("--anchor")) {
    const n = await anchorChains(opened.db, store, logger);
    process.stdout.write(`已锚定 ${n} 条链的链头\n`);
  } else {
    const report = await verifyCentreChains(opened.db, await store.latest("centre"));
    process.stdout.write(`centre: ${report.chains} 条链,${report.rows} 行\n`);
    for (const b of report.breaks) process.stdout.write(`  ${b.kind} ${b.table} ${b.partition} 第 ${b.seq} 行:${b.detail}\n`);
    failed = report.breaks.length > 0;
  }
} finally {
  await opened.close();
}
if (failed) {
  process.stderr.write("审计校验未通过:见上列第一处断链\n");
  process.exit(1);
}
process.stdout.write("审计校验通过\n");
