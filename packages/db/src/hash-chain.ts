import { sql } from "drizzle-orm";
import { bigint, text } from "drizzle-orm/pg-core";
import type { Db } from "./open-database.ts";

/**
 * Columns of a hash-chained table (docs/security.md). Filled by the database's `audit_chain_link`
 * trigger on insert, never by code: each row carries its place in its chain (per centre or per
 * department), its predecessor's hash, and the SHA-256 of its predecessor's hash and its own content.
 */
export const chainColumns = () => ({
  chainSeq: bigint("chain_seq", { mode: "number" }),
  prevHash: text("prev_hash"),
  rowHash: text("row_hash"),
});

/** One chained table: its name and the column that partitions it into chains. */
export interface ChainSpec {
  table: string;
  partition: string;
}

export type ChainBreak =
  | { kind: "EDITED"; table: string; partition: string; seq: number; detail: string }
  | { kind: "DELETED_OR_INSERTED"; table: string; partition: string; seq: number; detail: string }
  | { kind: "TRUNCATED"; table: string; partition: string; seq: number; detail: string }
  | { kind: "UNCHAINED"; table: string; partition: string; seq: number; detail: string };

export interface ChainHead {
  table: string;
  partition: string;
  seq: number;
  hash: string;
}

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[];
const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid identifier ${name}`);
  return name;
};

/**
 * Walks every chain of a table in order and recomputes each hash in SQL (the same expression the
 * trigger used, in UTC). Returns the heads and the first break of each chain: a row whose content no
 * longer matches its hash (edited), a predecessor link or a sequence number out of place (a row
 * deleted, inserted or moved), a row without a link (written with the trigger disabled).
 */
export async function verifyChain(db: Db, spec: ChainSpec): Promise<{ heads: ChainHead[]; breaks: ChainBreak[]; rows: number }> {
  const table = ident(spec.table);
  const partition = ident(spec.partition);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'UTC'`);
    const rows = rowsOf(
      await tx.execute(
        sql.raw(
          `select ${partition}::text as part, chain_seq::bigint as seq, prev_hash, row_hash,
             audit_chain_hash(prev_hash, jsonb_strip_nulls(to_jsonb(t) - 'row_hash')) as computed
           from ${table} t order by ${partition}, chain_seq nulls first, ctid`,
        ),
      ),
    );
    const heads: ChainHead[] = [];
    const breaks: ChainBreak[] = [];
    let current: string | null = null;
    let expectedSeq = 1;
    let previous: string | null = null;
    let broken = false;
    const close = () => {
      if (current !== null && previous) heads.push({ table, partition: current, seq: expectedSeq - 1, hash: previous });
    };
    for (const r of rows) {
      const part = String(r.part);
      if (part !== current) {
        close();
        current = part;
        expectedSeq = 1;
        previous = null;
        broken = false;
      }
      const seq = r.seq === null ? null : Number(r.seq);
      if (!broken) {
        const at = { table, partition: part, seq: seq ?? expectedSeq };
        if (seq === null || r.row_hash === null) {
          breaks.push({ kind: "UNCHAINED", ...at, detail: "行没有链接(写入时触发器被停用?)" });
          broken = true;
        } else if (seq !== expectedSeq || (r.prev_hash ?? null) !== previous) {
          breaks.push({ kind: "DELETED_OR_INSERTED", ...at, detail: `应为第 ${expectedSeq} 行,前一行哈希不符:行被删除、插入或调换了顺序` });
          broken = true;
        } else if (r.computed !== r.row_hash) {
          breaks.push({ kind: "EDITED", ...at, detail: "行内容与其哈希不符:行被修改" });
          broken = true;
        }
      }
      previous = (r.row_hash as string | null) ?? previous;
      expectedSeq = (seq ?? expectedSeq) + 1;
    }
    close();
    return { heads, breaks, rows: rows.length };
  });
}

/**
 * Compares the chains with heads anchored earlier: an anchored row that is gone, or whose hash
 * changed, means the tail was truncated (or rewritten) after the anchor.
 */
export function compareWithAnchors(heads: ChainHead[], anchored: ChainHead[], present: (h: ChainHead) => string | undefined): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  for (const a of anchored) {
    const found = present(a);
    const head = heads.find((h) => h.table === a.table && h.partition === a.partition);
    if (found === undefined || !head || head.seq < a.seq) {
      breaks.push({ kind: "TRUNCATED", table: a.table, partition: a.partition, seq: a.seq, detail: `已锚定的第 ${a.seq} 行不存在:链尾被截断` });
    } else if (found !== a.hash) {
      breaks.push({ kind: "EDITED", table: a.table, partition: a.partition, seq: a.seq, detail: `已锚定的第 ${a.seq} 行哈希与锚点不符:链被重写` });
    }
  }
  return breaks;
}

/** The hash stored at one place of a chain (to compare with an anchor). */
export async function hashAt(db: Db, table: string, partition: string, value: string, seq: number): Promise<string | undefined> {
  const rows = rowsOf(await db.execute(sql`select row_hash from ${sql.identifier(ident(table))} where ${sql.identifier(ident(partition))}::text = ${value} and chain_seq = ${Math.trunc(seq)}`));
  return (rows[0]?.row_hash as string | undefined) ?? undefined;
}
