import { desc, inArray } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { type BulletinFiguresView, type BulletinLevel, compileBulletin } from "./compile-bulletin.ts";
import type { PeriodInput } from "./period.ts";
import { type Score, scoreOf } from "./scoring.ts";
import { settingsOf } from "./settings.ts";
import { standardAssessments } from "./tables.ts";

export interface RankingEntryView {
  /** null: no cases in the period (无办件), listed after the ranked ones. */
  rank: number | null;
  key: string;
  name: string;
  score: number | null;
  parts: Score["parts"] | null;
  figures: BulletinFiguresView;
}

/**
 * 考核评比: ranks the centres one tier below the asking centre (each with its own tiers below rolled
 * up), or the departments or windows of its scope, by the documented formula (scoring.ts) with the
 * asking centre's weights. A township centre's latest assessment against the standard counts in.
 */
export async function rank(ctx: CentreContext, centreId: string, period: PeriodInput, by: BulletinLevel): Promise<RankingEntryView[]> {
  const bulletin = await compileBulletin(ctx, centreId, period, by);
  const weights = (await settingsOf(ctx.db, [centreId])).get(centreId)!.scoring;
  let candidates = bulletin.rows.map((r) => ({ key: r.key, name: r.name, figures: r.rolledUp ?? r.figures, township: false }));
  if (by === "CENTRE") {
    const children = bulletin.scope.centres.filter((c) => c.parentId === centreId);
    const chosen = children.length ? children : bulletin.scope.centres.slice(0, 1);
    const tiers = new Map(chosen.map((c) => [c.id, c.tier]));
    candidates = candidates.filter((c) => tiers.has(c.key)).map((c) => ({ ...c, township: tiers.get(c.key) === "TOWNSHIP" }));
  }
  const standards = await latestStandards(ctx, candidates.filter((c) => c.township).map((c) => c.key));
  // No work is not perfect work: a centre that accepted and concluded nothing would otherwise score
  // full marks on every ratio (1 when nothing was concluded) and head the ranking.
  const idle = (c: (typeof candidates)[number]) => c.figures.counters.accepted === 0 && c.figures.counters.concluded === 0;
  const scored = candidates.filter((c) => !idle(c)).map((c) => {
    const k = c.figures.counters;
    const s = scoreOf({ concluded: k.concluded, onTime: k.onTime, usedDays: k.usedDays, promisedDays: k.promisedDays, violations: k.violations, complaints: k.complaints, ratings: k.rated, standard: c.township ? (standards.get(c.key) ?? 0) : null }, weights);
    return { key: c.key, name: c.name, score: s.score, parts: s.parts, figures: c.figures };
  });
  scored.sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
  // Equal scores share a rank (1, 2, 2, 4).
  let previous: RankingEntryView | undefined;
  const ranked = scored.map((e, i) => (previous = { ...e, rank: previous && previous.score === e.score ? previous.rank : i + 1 }));
  const unranked = candidates
    .filter(idle)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((c) => ({ key: c.key, name: c.name, score: null, rank: null, parts: null, figures: c.figures }));
  return [...ranked, ...unranked];
}

/** The share met of each township's latest assessment (0 for a township never assessed). */
async function latestStandards(ctx: CentreContext, centreIds: string[]): Promise<Map<string, number>> {
  if (!centreIds.length) return new Map();
  const rows = await ctx.db.select().from(standardAssessments).where(inArray(standardAssessments.centreId, centreIds)).orderBy(desc(standardAssessments.assessedOn), desc(standardAssessments.id));
  const out = new Map<string, number>();
  for (const r of rows) if (!out.has(r.centreId)) out.set(r.centreId, r.shareMet / 10000);
  return out;
}
