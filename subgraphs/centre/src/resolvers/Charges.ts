import { DomainError, payload } from "@wuxi/service-kit";
import { GraphQLScalarType, Kind } from "graphql";
import type {
  BillLineResolvers, BillResolvers, CentreChargeDayResolvers, ChargeAdjustmentResolvers, ChargeReconciliationResolvers, LedgerEntryResolvers, MutationResolvers, QueryResolvers, ReceiptResolvers,
} from "../generated/graphql.ts";
import { CaseRepository } from "../cases/case-repository.ts";
import { billCase } from "../charges/bill-case.ts";
import { ChargeRepository, type LedgerRecord } from "../charges/charge-repository.ts";
import { chargeBill } from "../charges/charge-bill.ts";
import { approveAdjustment, rejectAdjustment } from "../charges/decide-adjustment.ts";
import { reconciliationCsv, reconciliationXlsx } from "../charges/export-reconciliation.ts";
import { listUnpaidBills } from "../charges/list-unpaid-bills.ts";
import { chargeLoaders } from "../charges/loaders.ts";
import { displayName, registeredNames } from "../staff/display-names.ts";
import { receiptSpec, renderReceipt } from "../charges/receipt.ts";
import { reconcileDay } from "../charges/reconcile-day.ts";
import { recordCount } from "../charges/record-count.ts";
import { requestAdjustment } from "../charges/request-adjustment.ts";
import { canSeeBill } from "../charges/visibility.ts";
import type { CentreContext } from "../context.ts";

/** Sums of money in fen as JSON numbers, refused beyond 2^53-1 rather than rounded. */
export const Fen = new GraphQLScalarType({
  name: "Fen",
  serialize: (value) => {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new TypeError(`Fen must be a safe integer, got ${String(value)}`);
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new TypeError("金额必须为以分计的整数");
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT || !Number.isSafeInteger(Number(ast.value))) throw new TypeError("金额必须为以分计的整数");
    return Number(ast.value);
  },
});

const receiptOf = async (ctx: CentreContext, billId: string) => (await chargeLoaders(ctx).entriesOf.load(billId)).find((e) => e.kind === "PAYMENT") ?? null;
const reversalsOf = async (ctx: CentreContext, entry: LedgerRecord) => (await chargeLoaders(ctx).entriesOf.load(entry.billId)).filter((e) => e.reversesId === entry.id);

export const Bill: BillResolvers = {
  case: async (b, _a, ctx) => (await new CaseRepository(ctx.db).byId(b.caseId))!,
  centre: async (b, _a, { centreById }) => (await centreById.load(b.centreId))!,
  status: (b) => b.status as never,
  lines: (b, _a, ctx) => chargeLoaders(ctx).linesOf.load(b.id),
  receipt: (b, _a, ctx) => receiptOf(ctx, b.id),
  entries: (b, _a, ctx) => chargeLoaders(ctx).entriesOf.load(b.id),
};

export const BillLine: BillLineResolvers = {
  department: (l, _a, { departments }) => departments.find((d) => d.id === l.departmentId)!,
  rule: (l) => l.rule as never,
};

export const LedgerEntry: LedgerEntryResolvers = {
  id: (e) => String(e.id),
  kind: (e) => e.kind as never,
  method: (e) => e.method as never,
  reverses: async (e, _a, ctx) => (e.reversesId ? ((await chargeLoaders(ctx).entryById.load(e.reversesId)) ?? null) : null),
  at: (e) => e.createdAt.toISOString(),
  window: async (e, _a, { windowById }) => (await windowById.load(e.windowId))!,
};

export const Receipt: ReceiptResolvers = {
  number: (e) => e.receiptNumber!,
  payerName: async (e, _a, ctx) => (await chargeLoaders(ctx).billById.load(e.billId))!.payerName,
  caseNumber: async (e, _a, ctx) => (await chargeLoaders(ctx).billById.load(e.billId))!.caseNumber,
  centre: async (e, _a, { centreById }) => (await centreById.load(e.centreId))!,
  method: (e) => e.method as never,
  issuedOn: (e) => e.businessDate,
  voided: async (e, _a, ctx) => (await reversalsOf(ctx, e)).some((r) => r.kind === "VOID"),
  refundedFen: async (e, _a, ctx) => -(await reversalsOf(ctx, e)).filter((r) => r.kind === "REFUND").reduce((s, r) => s + r.amountFen, 0),
  pdfBase64: async (e, _a, ctx) => {
    const loaders = chargeLoaders(ctx);
    const [bill, lines, centre, reversals] = await Promise.all([loaders.billById.load(e.billId), loaders.linesOf.load(e.billId), ctx.centreById.load(e.centreId), reversalsOf(ctx, e)]);
    const name = (id: string) => ctx.departments.find((d) => d.id === id)?.name ?? id;
    const [kase, window, payee] = await Promise.all([ctx.caseById.load(e.caseId), ctx.windowById.load(e.windowId), registeredNames(ctx).load(e.actorId)]);
    const names = { itemName: kase?.itemName ?? "", windowName: window ? `${window.number} ${window.name}` : "收费窗口", payeeName: displayName(e.actorId, "CHARGE_CLERK", payee) };
    const spec = receiptSpec(e, bill!, lines, centre!, name, reversals.some((r) => r.kind === "VOID"), names);
    return (await renderReceipt(spec)).toString("base64");
  },
};

export const ChargeAdjustment: ChargeAdjustmentResolvers = {
  kind: (a) => a.kind as never,
  status: (a) => a.status as never,
  receiptNumber: async (a, _x, ctx) => (await chargeLoaders(ctx).entryById.load(a.paymentEntryId))!.receiptNumber!,
  entry: async (a, _x, ctx) => (a.ledgerEntryId ? ((await chargeLoaders(ctx).entryById.load(a.ledgerEntryId)) ?? null) : null),
};

export const CentreChargeDay: CentreChargeDayResolvers = {
  window: async (d, _a, { windowById }) => (d.windowId ? ((await windowById.load(d.windowId)) ?? null) : null),
};

export const ChargeReconciliation: ChargeReconciliationResolvers = {
  csv: (r) => reconciliationCsv(r),
  xlsxBase64: async (r) => (await reconciliationXlsx(r)).toString("base64"),
};

export const CaseBill = {
  bill: async (c: { id: string }, _a: unknown, ctx: CentreContext) => (await chargeLoaders(ctx).openBillOfCase.load(c.id)) ?? null,
};

export const chargeQueries: QueryResolvers = {
  bill: async (_p, { id }, ctx) => {
    const bill = await chargeLoaders(ctx).billById.load(id);
    return bill && (await canSeeBill(ctx, bill)) ? bill : null;
  },
  receipt: async (_p, { centreId, number }, ctx) => {
    const entry = await new ChargeRepository(ctx.db).receipt(centreId, number);
    const bill = entry && (await chargeLoaders(ctx).billById.load(entry.billId));
    return entry && bill && (await canSeeBill(ctx, bill)) ? entry : null;
  },
  unpaidBills: (_p, { centreId, first }, ctx) => listUnpaidBills(ctx, centreId, first),
  pendingAdjustments: (_p, { centreId }, ctx) => {
    const { actor } = ctx;
    if (!(actor.role === "CENTRE_MANAGER" || actor.role === "CHARGE_CLERK") || actor.centreId !== centreId) throw new DomainError("FORBIDDEN", "只有本中心的中心管理员和收费人员可以查看作废退款申请");
    return new ChargeRepository(ctx.db).pendingAdjustments(centreId);
  },
  chargeReconciliation: (_p, { centreId, date }, ctx) => reconcileDay(ctx, centreId, date),
};

export const chargeMutations: MutationResolvers = {
  billCase: (_p, { caseId, lines }, ctx) => payload(() => billCase(ctx, caseId, lines), { bill: null }),
  chargeBill: (_p, { input }, ctx) => payload(() => chargeBill(ctx, input).then((r) => ({ bill: r.bill, receipt: r.entry })), { bill: null, receipt: null }),
  requestAdjustment: (_p, { input }, ctx) => payload(() => requestAdjustment(ctx, input), { adjustment: null }),
  approveAdjustment: (_p, { id }, ctx) => payload(() => approveAdjustment(ctx, id), { adjustment: null }),
  rejectAdjustment: (_p, { id, note }, ctx) => payload(() => rejectAdjustment(ctx, id, note), { adjustment: null }),
  recordCount: (_p, { date, counts }, ctx) =>
    payload(async () => {
      const { centreId } = await recordCount(ctx, date, counts);
      return { reconciliation: await reconcileDay(ctx, centreId, date) };
    }, { reconciliation: null }),
};
