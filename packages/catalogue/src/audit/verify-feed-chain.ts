import { type ChainBreak, type ChainHead, type ChainSpec, compareWithAnchors, type Db, hashAt, verifyChain } from "@wuxi/db";

/** The department's hash chain: its catalogue change feed, one chain per department (its own database). */
export const FEED_CHAIN: ChainSpec = { table: "catalogue_changes", partition: "department_id" };

export interface FeedAuditReport {
  rows: number;
  chains: number;
  heads: ChainHead[];
  breaks: ChainBreak[];
}

/**
 * 审计校验 of a department's change feed: the chain walked and recomputed (an edited, deleted,
 * inserted or reordered row is named), then compared with the heads anchored earlier (a truncated
 * tail). The centres replicate the catalogue from this feed, so a rewritten feed would rewrite what
 * every window offers.
 */
export async function verifyFeedChain(db: Db, anchored: ChainHead[] = []): Promise<FeedAuditReport> {
  const { heads, breaks, rows } = await verifyChain(db, FEED_CHAIN);
  const mine = anchored.filter((h) => h.table === FEED_CHAIN.table);
  const present = new Map<string, string | undefined>();
  for (const a of mine) present.set(`${a.partition}:${a.seq}`, await hashAt(db, FEED_CHAIN.table, FEED_CHAIN.partition, a.partition, a.seq));
  return { rows, chains: heads.length, heads, breaks: [...breaks, ...compareWithAnchors(heads, mine, (a) => present.get(`${a.partition}:${a.seq}`))] };
}
