import { type ChainBreak, compareWithAnchors, type Db, hashAt, verifyChain } from "@wuxi/db";
import { sql } from "drizzle-orm";
import type { Anchor } from "./anchor-store.ts";
import { CENTRE_CHAINS } from "./chains.ts";

export interface AuditReport {
  rows: number;
  chains: number;
  breaks: (ChainBreak | { kind: "STATE_WITHOUT_HISTORY"; table: string; partition: string; seq: number; detail: string })[];
}

/**
 * 审计校验: every chain walked and recomputed, compared with the last anchor, and every case's state
 * compared with its history's last transition (a state changed without history).
 */
export async function verifyCentreChains(db: Db, anchor: Anchor | null): Promise<AuditReport> {
  const report: AuditReport = { rows: 0, chains: 0, breaks: [] };
  for (const spec of CENTRE_CHAINS) {
    const { heads, breaks, rows } = await verifyChain(db, spec);
    report.rows += rows;
    report.chains += heads.length;
    report.breaks.push(...breaks);
    const anchored = (anchor?.heads ?? []).filter((h) => h.table === spec.table);
    const present = new Map<string, string | undefined>();
    for (const a of anchored) present.set(`${a.partition}:${a.seq}`, await hashAt(db, spec.table, spec.partition, a.partition, a.seq));
    report.breaks.push(...compareWithAnchors(heads, anchored, (a) => present.get(`${a.partition}:${a.seq}`)));
  }
  const drifted = (await db.execute(sql`
    select c.centre_id, c.case_number, c.state, last.to_state
    from cases c
    left join lateral (select e.to_state from case_events e where e.case_id = c.id order by e.chain_seq desc nulls last, e.id desc limit 1) last on true
    where last.to_state is distinct from c.state`)) as unknown as { rows?: Record<string, string>[] } & Record<string, string>[];
  for (const d of drifted.rows ?? drifted) {
    report.breaks.push({ kind: "STATE_WITHOUT_HISTORY", table: "cases", partition: d.centre_id!, seq: 0, detail: `办件 ${d.case_number} 的状态 ${d.state} 与其历史的最后一步(${d.to_state ?? "无"})不符` });
  }
  return report;
}
