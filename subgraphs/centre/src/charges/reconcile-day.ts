import { DomainError } from "@wuxi/service-kit";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CentreContext } from "../context.ts";
import type { CentreRecord } from "../centres/centre-repository.ts";
import { ancestorsOf } from "../guide/ancestors.ts";
import { PAYMENT_METHODS, type PaymentMethod } from "./guards.ts";
import { bills, chargeCounts, chargeLedger } from "./tables.ts";

export interface MethodTotals {
  method: PaymentMethod;
  payments: number;
  collectedFen: number;
  voidedFen: number;
  refundedFen: number;
  /** What the ledger says the window holds: collected less voided and refunded. */
  netFen: number;
  /** What the clerk counted (the latest count); 0 when nothing was counted. */
  countedFen: number;
  /** Counted less expected (net): 0 when the method reconciles. */
  differenceFen: number;
}

export interface DayTotals {
  /** What the bills paid that day call for (from the bills): must equal what the payments took. */
  billedFen: number;
  /** What the payments of that day took (from the ledger). */
  collectedFen: number;
  voidedFen: number;
  refundedFen: number;
  /** Expected in hand: collected less voided and refunded, what the window hands over. */
  netFen: number;
  countedFen: number;
  differenceFen: number;
  /** Whether every centre in the total recorded a count for the day. */
  counted: boolean;
  /** Bills equal payments, and every method's count equals what the ledger expects. */
  balanced: boolean;
  payments: number;
  voids: number;
  refunds: number;
  byMethod: MethodTotals[];
  receiptsIssued: string[];
  receiptsVoided: string[];
}

export interface CentreDay {
  centre: CentreRecord;
  windowId: string | null;
  totals: DayTotals;
}

export interface ReconciliationView {
  centre: CentreRecord;
  date: string;
  /** The centre and every centre below it, one row each (a day without charges shows zeros). */
  centres: CentreDay[];
  /** Everything above added up: the roll-up to this centre's tier. */
  total: DayTotals;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Who reads a centre's day: its charge clerks, and the managers and supervisors of that centre or a
 * centre above it. Never a sibling: 梁溪区 sees itself and its townships, not 锡山区.
 */
async function requireReader(ctx: CentreContext, centre: CentreRecord): Promise<void> {
  const { actor } = ctx;
  if (actor.role === "SYSTEM") return;
  const staff = actor.role === "CENTRE_MANAGER" || actor.role === "SUPERVISOR";
  if (actor.centreId === centre.id && (staff || actor.role === "CHARGE_CLERK")) return;
  if (staff && (await ancestorsOf(ctx, centre)).some((a) => a.id === actor.centreId)) return;
  throw new DomainError("FORBIDDEN", "只能查看本中心及下级中心的收费对账");
}

const toFen = (value: unknown): number => {
  const n = Number(value ?? 0);
  if (!Number.isSafeInteger(n)) throw new Error(`amount out of range: ${String(value)}`);
  return n;
};

/**
 * 日终对账: per centre and charge window and per method, what the ledger expects in hand (payments
 * less voids and refunds) against what the clerk counted; the day's payments against the bills they
 * paid; the receipts issued and voided, for the centre and every centre below it,
 * aggregated in SQL over the ledger (grouped by centre, kind and method).
 */
export async function reconcileDay(ctx: CentreContext, centreId: string, date: string): Promise<ReconciliationView> {
  if (!ISO_DATE.test(date)) throw new DomainError("INVALID_DATE", "对账日期格式应为 YYYY-MM-DD", "date");
  const centre = await ctx.centreById.load(centreId);
  if (!centre) throw new DomainError("CENTRE_NOT_FOUND", `中心 ${centreId} 不存在`, "centreId");
  await requireReader(ctx, centre);

  // The tree is at most three tiers deep: one batched query per tier below.
  const inScope: CentreRecord[] = [centre];
  for (let level = [centre]; level.length > 0; ) {
    level = (await ctx.childrenOf.loadMany(level.map((c) => c.id))).flatMap((children) => (children instanceof Error ? [] : children));
    inScope.push(...level);
  }
  inScope.sort((a, b) => a.id.localeCompare(b.id));
  const ids = inScope.map((c) => c.id);
  const payment = alias(chargeLedger, "payment");
  const ofDay = and(eq(chargeLedger.businessDate, date), inArray(chargeLedger.centreId, ids));
  const [chargeWindows, sums, expected, issued, voided, counts] = await Promise.all([
    ctx.windowsOf.loadMany(ids),
    ctx.db
      .select({ centreId: chargeLedger.centreId, kind: chargeLedger.kind, method: chargeLedger.method, n: sql<number>`count(*)::int`, fen: sql<string>`sum(${chargeLedger.amountFen})::text` })
      .from(chargeLedger)
      .where(ofDay)
      .groupBy(chargeLedger.centreId, chargeLedger.kind, chargeLedger.method),
    ctx.db
      .select({ centreId: chargeLedger.centreId, fen: sql<string>`sum(${bills.totalFen})::text` })
      .from(chargeLedger)
      .innerJoin(bills, eq(bills.id, chargeLedger.billId))
      .where(and(ofDay, eq(chargeLedger.kind, "PAYMENT")))
      .groupBy(chargeLedger.centreId),
    ctx.db
      .select({ centreId: chargeLedger.centreId, number: chargeLedger.receiptNumber })
      .from(chargeLedger)
      .where(and(ofDay, eq(chargeLedger.kind, "PAYMENT")))
      .orderBy(asc(chargeLedger.receiptNumber)),
    ctx.db
      .select({ centreId: chargeLedger.centreId, number: payment.receiptNumber })
      .from(chargeLedger)
      .innerJoin(payment, eq(payment.id, chargeLedger.reversesId))
      .where(and(ofDay, eq(chargeLedger.kind, "VOID")))
      .orderBy(asc(payment.receiptNumber)),
    // The latest count of each centre and method that day.
    ctx.db
      .selectDistinctOn([chargeCounts.centreId, chargeCounts.method], { centreId: chargeCounts.centreId, method: chargeCounts.method, fen: chargeCounts.countedFen })
      .from(chargeCounts)
      .where(and(eq(chargeCounts.businessDate, date), inArray(chargeCounts.centreId, ids)))
      .orderBy(chargeCounts.centreId, chargeCounts.method, desc(chargeCounts.id)),
  ]);

  const days: CentreDay[] = inScope.map((c, i) => {
    const mine = <T extends { centreId: string }>(rows: T[]) => rows.filter((r) => r.centreId === c.id);
    const totals = emptyTotals();
    for (const s of mine(sums)) add(totals, s.kind, s.method as PaymentMethod, s.n, toFen(s.fen));
    totals.billedFen = mine(expected).reduce((sum, r) => sum + toFen(r.fen), 0);
    const counted = mine(counts);
    // Nothing to count is counted: a centre without charges that day needs no count.
    totals.counted = counted.length > 0 || mine(sums).length === 0;
    for (const k of counted) totals.byMethod.find((m) => m.method === k.method)!.countedFen = k.fen;
    totals.receiptsIssued = mine(issued).map((r) => r.number!);
    totals.receiptsVoided = mine(voided).map((r) => r.number!);
    const windows = chargeWindows[i];
    const windowId = windows instanceof Error ? null : (windows?.find((w) => w.kind === "CHARGE")?.id ?? null);
    return { centre: c, windowId, totals: settle(totals) };
  });
  const total = emptyTotals();
  for (const d of days) {
    for (const m of d.totals.byMethod) {
      const t = total.byMethod.find((x) => x.method === m.method)!;
      t.payments += m.payments;
      t.collectedFen += m.collectedFen;
      t.voidedFen += m.voidedFen;
      t.refundedFen += m.refundedFen;
      t.countedFen += m.countedFen;
    }
    total.billedFen += d.totals.billedFen;
    total.counted &&= d.totals.counted;
    total.voids += d.totals.voids;
    total.refunds += d.totals.refunds;
    total.receiptsIssued.push(...d.totals.receiptsIssued);
    total.receiptsVoided.push(...d.totals.receiptsVoided);
  }
  return { centre, date, centres: days, total: settle(total) };
}

function emptyTotals(): DayTotals {
  return {
    billedFen: 0, collectedFen: 0, voidedFen: 0, refundedFen: 0, netFen: 0, countedFen: 0, differenceFen: 0, counted: true, balanced: true, payments: 0, voids: 0, refunds: 0,
    byMethod: PAYMENT_METHODS.map((method) => ({ method, payments: 0, collectedFen: 0, voidedFen: 0, refundedFen: 0, netFen: 0, countedFen: 0, differenceFen: 0 })),
    receiptsIssued: [],
    receiptsVoided: [],
  };
}

function add(t: DayTotals, kind: string, method: PaymentMethod, n: number, fen: number): void {
  const m = t.byMethod.find((x) => x.method === method)!;
  if (kind === "PAYMENT") {
    m.payments += n;
    m.collectedFen += fen;
  } else if (kind === "VOID") {
    t.voids += n;
    m.voidedFen -= fen;
  } else {
    t.refunds += n;
    m.refundedFen -= fen;
  }
}

/** Derives the sums from the per-method figures, so the totals cannot disagree with the lines. */
function settle(t: DayTotals): DayTotals {
  for (const m of t.byMethod) {
    m.netFen = m.collectedFen - m.voidedFen - m.refundedFen;
    m.differenceFen = m.countedFen - m.netFen;
  }
  t.payments = t.byMethod.reduce((s, m) => s + m.payments, 0);
  t.collectedFen = t.byMethod.reduce((s, m) => s + m.collectedFen, 0);
  t.voidedFen = t.byMethod.reduce((s, m) => s + m.voidedFen, 0);
  t.refundedFen = t.byMethod.reduce((s, m) => s + m.refundedFen, 0);
  t.netFen = t.collectedFen - t.voidedFen - t.refundedFen;
  t.countedFen = t.byMethod.reduce((s, m) => s + m.countedFen, 0);
  t.differenceFen = t.countedFen - t.netFen;
  t.balanced = t.billedFen === t.collectedFen && t.byMethod.every((m) => m.differenceFen === 0);
  return t;
}
