import { catchUpOversightStats } from "../projections/projector.ts";
import { and, between, eq, inArray, sql } from "drizzle-orm";
import type { CentreContext } from "../context.ts";
import { type PeriodInput, periodOf } from "./period.ts";
import { type OversightScope, scopeOf, subtree } from "./scope.ts";
import { oversightStats } from "./tables.ts";

export type BulletinLevel = "CENTRE" | "DEPARTMENT" | "WINDOW";

/** The counters of the roll-up, summed. */
export interface Counters {
  accepted: number;
  notAccepted: number;
  concluded: number;
  onTime: number;
  late: number;
  usedDays: number;
  promisedDays: number;
  licenceLate: number;
  violations: number;
  complaints: number;
  rated: number[];
  byHandling: Map<string, { accepted: number; concluded: number }>;
}

export interface BulletinFiguresView {
  accepted: number;
  notAccepted: number;
  concluded: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  averageUsedDays: number | null;
  averagePromisedDays: number | null;
  licenceLate: number;
  violations: number;
  complaints: number;
  ratings: { verySatisfied: number; satisfied: number; basicallySatisfied: number; unsatisfied: number; veryUnsatisfied: number };
  satisfactionRate: number | null;
  byHandling: { handling: string; accepted: number; concluded: number }[];
  /** Raw sums, for scoring. */
  counters: Counters;
}

export interface BulletinRowView {
  key: string;
  name: string;
  centreId: string | null;
  figures: BulletinFiguresView;
  rolledUp: BulletinFiguresView | null;
}

export interface BulletinView {
  period: string;
  from: string;
  to: string;
  by: BulletinLevel;
  rows: BulletinRowView[];
  total: BulletinFiguresView;
  scope: OversightScope;
  /** When the roll-up had folded in every transition (the projector's last catch-up). */
  asOf: Date | null;
}

export function emptyCounters(): Counters {
  return { accepted: 0, notAccepted: 0, concluded: 0, onTime: 0, late: 0, usedDays: 0, promisedDays: 0, licenceLate: 0, violations: 0, complaints: 0, rated: [0, 0, 0, 0, 0], byHandling: new Map() };
}

export function addCounters(into: Counters, c: Counters): Counters {
  for (const k of ["accepted", "notAccepted", "concluded", "onTime", "late", "usedDays", "promisedDays", "licenceLate", "violations", "complaints"] as const) into[k] += c[k];
  c.rated.forEach((n, i) => (into.rated[i]! += n));
  for (const [h, v] of c.byHandling) {
    const cur = into.byHandling.get(h) ?? { accepted: 0, concluded: 0 };
    into.byHandling.set(h, { accepted: cur.accepted + v.accepted, concluded: cur.concluded + v.concluded });
  }
  return into;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);
const HANDLING_ORDER = ["IMMEDIATE", "PROMISED", "JOINT", "ESCALATED"];

export function figuresOf(c: Counters): BulletinFiguresView {
  const rated = c.rated.reduce((a, b) => a + b, 0);
  return {
    accepted: c.accepted,
    notAccepted: c.notAccepted,
    concluded: c.concluded,
    onTime: c.onTime,
    late: c.late,
    onTimeRate: ratio(c.onTime, c.concluded),
    averageUsedDays: c.concluded ? Math.round((c.usedDays / c.concluded) * 100) / 100 : null,
    averagePromisedDays: c.concluded ? Math.round((c.promisedDays / c.concluded) * 100) / 100 : null,
    licenceLate: c.licenceLate,
    violations: c.violations,
    complaints: c.complaints,
    ratings: { verySatisfied: c.rated[0]!, satisfied: c.rated[1]!, basicallySatisfied: c.rated[2]!, unsatisfied: c.rated[3]!, veryUnsatisfied: c.rated[4]! },
    satisfactionRate: ratio(c.rated[0]! + c.rated[1]!, rated),
    byHandling: [...c.byHandling.entries()].sort((a, b) => HANDLING_ORDER.indexOf(a[0]) - HANDLING_ORDER.indexOf(b[0])).map(([handling, v]) => ({ handling, ...v })),
    counters: c,
  };
}

const s = oversightStats;
const sums = {
  accepted: sql<number>`sum(${s.accepted})::int`,
  notAccepted: sql<number>`sum(${s.notAccepted})::int`,
  concluded: sql<number>`sum(${s.concluded})::int`,
  onTime: sql<number>`sum(${s.onTime})::int`,
  late: sql<number>`sum(${s.late})::int`,
  usedDays: sql<number>`sum(${s.usedDays})::bigint`,
  promisedDays: sql<number>`sum(${s.promisedDays})::bigint`,
  licenceLate: sql<number>`sum(${s.licenceLate})::int`,
  violations: sql<number>`sum(${s.violations})::int`,
  complaints: sql<number>`sum(${s.complaints})::int`,
  rated1: sql<number>`sum(${s.rated1})::int`,
  rated2: sql<number>`sum(${s.rated2})::int`,
  rated3: sql<number>`sum(${s.rated3})::int`,
  rated4: sql<number>`sum(${s.rated4})::int`,
  rated5: sql<number>`sum(${s.rated5})::int`,
};

/**
 * 办件通报: the figures of a period for each centre (own and with the tiers below rolled up),
 * department or window of the scope. One grouped query over the monthly roll-up: at most
 * months × windows × regimes rows, whatever the number of cases.
 */
export async function compileBulletin(ctx: CentreContext, centreId: string, input: PeriodInput, by: BulletinLevel): Promise<BulletinView> {
  const scope = await scopeOf(ctx, centreId);
  const period = periodOf(input);
  const asOf = await catchUpOversightStats(ctx.db, ctx.calendar);
  const keyColumn = by === "CENTRE" ? s.centreId : by === "DEPARTMENT" ? s.departmentId : s.windowId;
  const rows = await ctx.db
    .select({ key: keyColumn, centreId: s.centreId, handling: s.handling, ...sums })
    .from(s)
    .where(and(between(s.month, period.fromMonth, period.toMonth), inArray(s.centreId, scope.centreIds), scope.departmentId ? eq(s.departmentId, scope.departmentId) : undefined))
    .groupBy(keyColumn, s.centreId, s.handling);
  const byKey = new Map<string, { centreId: string; counters: Counters }>();
  const total = emptyCounters();
  for (const r of rows) {
    const c = emptyCounters();
    for (const k of ["accepted", "notAccepted", "concluded", "onTime", "late", "usedDays", "promisedDays", "licenceLate", "violations", "complaints"] as const) c[k] = Number(r[k]);
    c.rated = [r.rated1, r.rated2, r.rated3, r.rated4, r.rated5].map(Number);
    if (r.handling) c.byHandling.set(r.handling, { accepted: c.accepted, concluded: c.concluded });
    const entry = byKey.get(r.key) ?? { centreId: r.centreId, counters: emptyCounters() };
    addCounters(entry.counters, c);
    byKey.set(r.key, entry);
    addCounters(total, c);
  }
  let out: BulletinRowView[];
  if (by === "CENTRE") {
    out = scope.centres.map((centre) => {
      const own = byKey.get(centre.id)?.counters ?? emptyCounters();
      const rolled = subtree(scope.centres, centre.id).reduce((acc, d) => addCounters(acc, byKey.get(d.id)?.counters ?? emptyCounters()), emptyCounters());
      return { key: centre.id, name: centre.name, centreId: centre.id, figures: figuresOf(own), rolledUp: figuresOf(rolled) };
    });
  } else if (by === "DEPARTMENT") {
    const names = new Map(ctx.departments.map((d) => [d.id, d.name]));
    out = [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, v]) => ({ key: key || "-", name: key ? (names.get(key) ?? key) : "未归属部门", centreId: null, figures: figuresOf(v.counters), rolledUp: null }));
  } else {
    const windows = await Promise.all([...byKey.keys()].map((k) => (k ? ctx.windowById.load(k) : undefined)));
    const centres = new Map(scope.centres.map((c) => [c.id, c.name]));
    out = [...byKey.entries()].map(([key, v], i) => ({ key: key || `${v.centreId}-`, name: windows[i] ? `${centres.get(v.centreId)} ${windows[i]!.number} ${windows[i]!.name}` : `${centres.get(v.centreId)}(中心层面)`, centreId: v.centreId, figures: figuresOf(v.counters), rolledUp: null })).sort((a, b) => a.key.localeCompare(b.key));
  }
  return { period: period.label, from: period.from, to: period.to, by, rows: out, total: figuresOf(total), scope, asOf };
}
