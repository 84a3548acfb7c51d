import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChainHead } from "@wuxi/db";

/**
 * Where chain heads are anchored: outside the database, so whoever can rewrite the database (its
 * owner) cannot also rewrite the anchors. A folder of JSON lines by default (AUDIT_ANCHOR_DIR); in
 * production a write-once store (object lock) or another server, behind this same interface.
 */
export interface AnchorStore {
  append(service: string, anchor: Anchor): Promise<void>;
  /** The most recent anchor of the service, if any. */
  latest(service: string): Promise<Anchor | null>;
}

export interface Anchor {
  at: string;
  heads: ChainHead[];
}

export function folderAnchorStore(dir: string): AnchorStore {
  const file = (service: string) => join(dir, `${service}.jsonl`);
  return {
    async append(service, anchor) {
      mkdirSync(dir, { recursive: true });
      appendFileSync(file(service), `${JSON.stringify(anchor)}\n`);
    },
    async latest(service) {
      if (!existsSync(file(service))) return null;
      const lines = readFileSync(file(service), "utf8").trim().split("\n").filter(Boolean);
      return lines.length ? (JSON.parse(lines.at(-1)!) as Anchor) : null;
    },
  };
}
