import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Anchor, type AuditReport, folderAnchorStore, verifyCentreChains } from "@wuxi/centre";
import { repoRoot } from "@wuxi/federation";
import { createLogger } from "@wuxi/service-kit";
import { verifyFeedChain } from "@wuxi/catalogue";
import { anchorChains } from "@wuxi/centre";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE, clerkA01, intake, publishAndStation } from "./support/cases.ts";
import { licenceItem } from "./support/items.ts";
import { databaseUrl, startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * A tamper-evident record (issue 14, failure 4): the database's owner edits, deletes, inserts,
 * reorders or cuts off rows of the case history, or changes a case's state without history, with
 * the triggers switched off; the verification names the first broken row every time. Each
 * tampering runs in a transaction that is rolled back, so the next test starts from the true story.
 */
let net: TestNetwork;
let anchorDir: string;
beforeAll(async () => {
  anchorDir = mkdtempSync(join(tmpdir(), "wuxi-anchors-"));
  net = await startTestNetwork();
  await publishAndStation(net);
  net.setToday("2026-03-02");
  for (let i = 0; i < 4; i++) await intake(net, {});
});
afterAll(async () => {
  await net?.close();
  rmSync(anchorDir, { recursive: true, force: true });
});

/** The service's connection (the app role on PostgreSQL) and the owner's. */
const db = () => net.services.centre!.db;
const owner = () => net.services.centre!.ownerDb;
const rows = (r: unknown) => ((r as { rows?: any[] }).rows ?? (r as any[]));
class RolledBack extends Error {}

/** Tampers as the owner would (triggers off), verifies inside the same transaction, rolls back. */
async function tamperAndVerify(tamper: (tx: any) => Promise<void>, anchor: Anchor | null = null) {
  let report: AuditReport | undefined;
  try {
    await owner().transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tamper(tx);
      await tx.execute(sql`set local session_replication_role = origin`);
      report = await verifyCentreChains(tx as never, anchor);
      throw new RolledBack();
    });
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  return report!;
}

const chain = async () => rows(await db().execute(sql`select id, chain_seq, prev_hash, row_hash, case_id from case_events where centre_id = '320213' order by chain_seq`));

describe("the case history is a hash chain per centre", () => {
  it("links every row to its predecessor, and the true story verifies", async () => {
    const links = await chain();
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(links.map((l) => Number(l.chain_seq))).toEqual(links.map((_, i) => i + 1));
    expect(links[0].prev_hash).toBeNull();
    for (let i = 1; i < links.length; i++) expect(links[i].prev_hash).toBe(links[i - 1].row_hash);
    const report = await verifyCentreChains(db(), null);
    expect(report.breaks).toEqual([]);
  });

  it("refuses to edit or delete history through the service's own connection", async () => {
    await expect(db().execute(sql`update case_events set reason = 'x' where chain_seq = 1`)).rejects.toThrow();
    await expect(db().execute(sql`delete from case_events where chain_seq = 1`)).rejects.toThrow();
  });

  it.runIf(databaseUrl)("connects the service as a role that cannot alter tables, disable triggers or replicate", async () => {
    const [who] = rows(await db().execute(sql`select current_user as name`));
    expect(who.name).toBe("wuxi_app");
    const refusal = (run: Promise<unknown>) => run.then(() => "done", (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(await refusal(db().execute(sql`alter table case_events disable trigger case_events_append_only`))).toMatch(/must be owner/);
    expect(await refusal(db().execute(sql`set session_replication_role = replica`))).toMatch(/permission denied/);
    expect(await refusal(db().execute(sql`alter table case_events add column forged text`))).toMatch(/must be owner/);
  });

  it("detects an edited row", async () => {
    const report = await tamperAndVerify((tx) => tx.execute(sql`update case_events set reason = '改写' where centre_id = '320213' and chain_seq = 3`));
    expect(report.breaks[0]).toMatchObject({ kind: "EDITED", table: "case_events", partition: "320213", seq: 3 });
  });

  it("detects a deleted row", async () => {
    const report = await tamperAndVerify((tx) => tx.execute(sql`delete from case_events where centre_id = '320213' and chain_seq = 4`));
    expect(report.breaks[0]).toMatchObject({ kind: "DELETED_OR_INSERTED", seq: 5 });
  });

  it("detects an inserted row, even one hashed correctly onto its predecessor", async () => {
    const report = await tamperAndVerify(async (tx) => {
      await tx.execute(sql`update case_events set chain_seq = chain_seq + 1000000 where centre_id = '320213' and chain_seq > 2`);
      await tx.execute(sql`update case_events set chain_seq = chain_seq - 1000000 + 1 where centre_id = '320213' and chain_seq > 1000000`);
      await tx.execute(sql`
        insert into case_events (case_id, centre_id, "on", actor_id, actor_role, action, from_state, to_state, chain_seq, prev_hash)
        select case_id, centre_id, "on", 'forger', 'WINDOW_CLERK', 'ACCEPT', 'RECEIVED', 'ACCEPTED', 3, row_hash from case_events where centre_id = '320213' and chain_seq = 2`);
      await tx.execute(sql`set local time zone 'UTC'`);
      await tx.execute(sql`update case_events t set row_hash = audit_chain_hash(prev_hash, jsonb_strip_nulls(to_jsonb(t) - 'row_hash')) where centre_id = '320213' and chain_seq = 3`);
    });
    expect(report.breaks[0]).toMatchObject({ kind: "DELETED_OR_INSERTED", seq: 4 });
  });

  it("detects reordered rows", async () => {
    const report = await tamperAndVerify(async (tx) => {
      await tx.execute(sql`update case_events set chain_seq = -5 where centre_id = '320213' and chain_seq = 5`);
      await tx.execute(sql`update case_events set chain_seq = 5 where centre_id = '320213' and chain_seq = 6`);
      await tx.execute(sql`update case_events set chain_seq = 6 where centre_id = '320213' and chain_seq = -5`);
    });
    expect(report.breaks[0]).toMatchObject({ kind: "DELETED_OR_INSERTED", seq: 5 });
  });

  it("detects a truncated tail against the anchored head", async () => {
    const store = folderAnchorStore(anchorDir);
    await anchorChains(owner(), store, createLogger("audit", "silent"));
    const anchor = (await store.latest("centre"))!;
    const head = anchor.heads.find((h) => h.table === "case_events" && h.partition === "320213")!;
    expect(head.seq).toBe((await chain()).length);
    const report = await tamperAndVerify((tx) => tx.execute(sql`delete from case_events where centre_id = '320213' and chain_seq > ${head.seq - 2}`), anchor);
    // The shorter chain is consistent in itself: only the anchor shows what is missing (and the last
    // case now has a state its remaining history does not explain).
    expect(report.breaks[0]).toMatchObject({ kind: "TRUNCATED", table: "case_events", partition: "320213", seq: head.seq });
    expect(report.breaks.filter((b) => b.kind !== "STATE_WITHOUT_HISTORY")).toHaveLength(1);
  });

  it("detects a case whose state was changed without history", async () => {
    const [first] = await chain();
    const report = await tamperAndVerify((tx) => tx.execute(sql`update cases set state = 'CONCLUDED' where id = ${first.case_id}`));
    expect(report.breaks[0]).toMatchObject({ kind: "STATE_WITHOUT_HISTORY" });
    expect(report.breaks[0]!.detail).toContain("CONCLUDED");
  });

  it("still serves the true history afterwards", async () => {
    const [first] = await chain();
    const c = (await net.query(CASE, { id: first.case_id }, clerkA01)).body.data.case;
    expect(c.history[0].action).toBe("RECEIVE");
  });
});

/**
 * The catalogue's change feed (the market department's own database): the centres replicate every
 * window's items from it, so a rewritten feed would rewrite what the windows offer. One chain per
 * department.
 */
describe("the catalogue's change feed is a hash chain per department", () => {
  const feedDb = () => net.services.market!.db;
  const feedOwner = () => net.services.market!.ownerDb;
  const feed = async () => rows(await feedDb().execute(sql`select sequence, chain_seq, prev_hash, row_hash, department_id from catalogue_changes order by chain_seq`));

  async function tamperFeed(tamper: (tx: any) => Promise<void>) {
    let report: Awaited<ReturnType<typeof verifyFeedChain>> | undefined;
    try {
      await feedOwner().transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tamper(tx);
        await tx.execute(sql`set local session_replication_role = origin`);
        report = await verifyFeedChain(tx as never);
        throw new RolledBack();
      });
    } catch (e) {
      if (!(e instanceof RolledBack)) throw e;
    }
    return report!;
  }

  it("links every publication to its predecessor, and the true feed verifies", async () => {
    const links = await feed();
    expect(links.length).toBeGreaterThanOrEqual(4);
    expect(links.map((l) => Number(l.chain_seq))).toEqual(links.map((_, i) => i + 1));
    expect(links.every((l) => l.department_id === "market")).toBe(true);
    for (let i = 1; i < links.length; i++) expect(links[i].prev_hash).toBe(links[i - 1].row_hash);
    expect((await verifyFeedChain(feedDb())).breaks).toEqual([]);
  });

  it("refuses to edit or delete the feed through the service's own connection", async () => {
    await expect(feedDb().execute(sql`update catalogue_changes set version = 9 where chain_seq = 1`)).rejects.toThrow();
    await expect(feedDb().execute(sql`delete from catalogue_changes where chain_seq = 1`)).rejects.toThrow();
  });

  it("detects an edited feed row", async () => {
    const report = await tamperFeed((tx) => tx.execute(sql`update catalogue_changes set effective_from = '2099-01-01' where chain_seq = 2`));
    expect(report.breaks[0]).toMatchObject({ kind: "EDITED", table: "catalogue_changes", partition: "market", seq: 2 });
  });

  it("detects a deleted feed row", async () => {
    const report = await tamperFeed((tx) => tx.execute(sql`delete from catalogue_changes where chain_seq = 3`));
    expect(report.breaks[0]).toMatchObject({ kind: "DELETED_OR_INSERTED", partition: "market", seq: 4 });
  });

  it("detects reordered feed rows", async () => {
    const report = await tamperFeed(async (tx) => {
      await tx.execute(sql`update catalogue_changes set chain_seq = -2 where chain_seq = 2`);
      await tx.execute(sql`update catalogue_changes set chain_seq = 2 where chain_seq = 3`);
      await tx.execute(sql`update catalogue_changes set chain_seq = 3 where chain_seq = -2`);
    });
    expect(report.breaks[0]).toMatchObject({ kind: "DELETED_OR_INSERTED", partition: "market", seq: 2 });
  });

  it("links the next publication onto the head after all that was rolled back", async () => {
    const before = await feed();
    const publisher = { id: "pub-market", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
    const r = await net.query(
      `mutation($d: String!) { market { importCatalogue(document: $d) { created errors { code } } } }`,
      { d: JSON.stringify([licenceItem("SCJG-XK-961", { name: "测试链接事项", effectiveFrom: "2025-01-01" })]) },
      publisher,
    );
    expect(r.body.data.market.importCatalogue.errors).toEqual([]);
    const after = await feed();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.prev_hash).toBe(before.at(-1)!.row_hash);
    expect((await verifyFeedChain(feedDb())).breaks).toEqual([]);
  });
});

describe.runIf(databaseUrl)("npm run audit:verify", () => {
  it("passes on the true story and exits 1 naming the first broken row after an edit", async () => {
    const run = promisify(execFile);
    const name = rows(await db().execute(sql`select current_database() as name`))[0].name as string;
    const env = { ...process.env, DATABASE_URL: databaseUrl!, AUDIT_DATABASE_PREFIX: name.replace(/centre$/, ""), AUDIT_ANCHOR_DIR: anchorDir, LOG_LEVEL: "silent" };
    const ok = await run("npx", ["tsx", "scripts/audit-verify.ts"], { cwd: repoRoot, env });
    expect(ok.stdout).toContain("审计校验通过");
    await owner().transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update case_events set reason = '改写' where centre_id = '320213' and chain_seq = 2`);
    });
    const failed = await run("npx", ["tsx", "scripts/audit-verify.ts"], { cwd: repoRoot, env }).catch((e) => e);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain("EDITED case_events 320213 第 2 行");
    // The departments' feeds are checked by the same run: an edited publication is named too.
    expect(ok.stdout).toMatch(/market: 1 条链/);
    await net.services.market!.ownerDb.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update catalogue_changes set version = 7 where chain_seq = 1`);
    });
    const feedFailed = await run("npx", ["tsx", "scripts/audit-verify.ts"], { cwd: repoRoot, env }).catch((e) => e);
    expect(feedFailed.code).toBe(1);
    expect(feedFailed.stdout).toContain("EDITED catalogue_changes market 第 1 行");
  }, 240_000);
});
