/**
 * npm run audit:verify — checks every hash chain: the centre's database (the case history and the
 * charges ledger, per centre) and each department's (its catalogue change feed), against the last
 * anchored heads, and every case's state against its history; exits 1 naming the first broken row
 * of each chain. `--anchor` anchors the heads now instead (the departments' feeds are anchored only
 * here; the centre also anchors its own daily).
 *
 * Connects with DATABASE_OWNER_URL (or DATABASE_URL) to the databases wuxi_<service> (AUDIT_DATABASE_PREFIX
 * overrides the prefix), or opens the PGlite folders under DATA_DIR (stop the services first).
 * Anchors are read from AUDIT_ANCHOR_DIR (default <DATA_DIR>/audit-anchors).
 */
import { type DepartmentModule, departmentDefinition, verifyFeedChain } from "@wuxi/catalogue";
import { anchorChains, centreDefinition, folderAnchorStore, verifyCentreChains } from "@wuxi/centre";
import { openDatabase } from "@wuxi/db";
import { loadDepartments } from "@wuxi/federation";
import { createLogger } from "@wuxi/service-kit";

const url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || undefined;
const dataDir = process.env.DATA_DIR || "data";
const prefix = process.env.AUDIT_DATABASE_PREFIX ?? "wuxi_";
const store = folderAnchorStore(process.env.AUDIT_ANCHOR_DIR || `${dataDir}/audit-anchors`);
const logger = createLogger("audit", process.env.LOG_LEVEL ?? "info");
const anchoring = process.argv.includes("--anchor");
let failed = false;

function open(service: string, definition: { tables: Record<string, unknown>; migrationsFolder: string }) {
  return openDatabase({
    service,
    schema: definition.tables,
    migrationsFolder: definition.migrationsFolder,
    url,
    // Database names use underscores (civil_affairs), as the services name them.
    databaseName: url ? `${prefix}${service.replace(/-/g, "_")}` : undefined,
    dataDir: `${dataDir}/${service}`,
  });
}

const centre = centreDefinition({ departmentUrls: {}, replicaSyncMs: 0 });
const opened = await open("centre", centre);
try {
  if (anchoring) {
    const n = await anchorChains(opened.db, store, logger);
    process.stdout.write(`已锚定 centre ${n} 条链的链头\n`);
  } else {
    const report = await verifyCentreChains(opened.db, await store.latest("centre"));
    process.stdout.write(`centre: ${report.chains} 条链,${report.rows} 行\n`);
    for (const b of report.breaks) process.stdout.write(`  ${b.kind} ${b.table} ${b.partition} 第 ${b.seq} 行:${b.detail}\n`);
    failed ||= report.breaks.length > 0;
  }
} finally {
  await opened.close();
}

for (const config of loadDepartments()) {
  const { department } = (await import(`@wuxi/${config.id}`)) as { department: DepartmentModule };
  const dept = await open(config.id, departmentDefinition(department));
  try {
    const report = await verifyFeedChain(dept.db, anchoring ? [] : ((await store.latest(config.id))?.heads ?? []));
    if (anchoring) {
      await store.append(config.id, { at: new Date().toISOString(), heads: report.heads });
      logger.info({ audit: "anchor", service: config.id, heads: report.heads }, "chain heads anchored");
      process.stdout.write(`已锚定 ${config.id} ${report.heads.length} 条链的链头\n`);
    } else {
      process.stdout.write(`${config.id}: ${report.chains} 条链,${report.rows} 行\n`);
      for (const b of report.breaks) process.stdout.write(`  ${b.kind} ${b.table} ${b.partition} 第 ${b.seq} 行:${b.detail}\n`);
      failed ||= report.breaks.length > 0;
    }
  } finally {
    await dept.close();
  }
}

if (failed) {
  process.stderr.write("审计校验未通过:见上列第一处断链\n");
  process.exit(1);
}
process.stdout.write(anchoring ? "锚定完成\n" : "审计校验通过\n");
