import { type FormEvent, useState } from "react";
import { openPdf, request, toApiError, useQuery } from "../api.ts";
import {
  type AdjustmentKind,
  type BillFieldsFragment,
  ChargeBillDocument,
  ChargeReconciliationDocument,
  ChargeReconciliationExportDocument,
  type FieldErrorFieldsFragment,
  PendingAdjustmentsDocument,
  type PaymentMethod,
  ReceiptByNumberDocument,
  type ReceiptFieldsFragment,
  ReceiptPdfDocument,
  RecordCountDocument,
  type ReconciliationFieldsFragment,
  RequestAdjustmentDocument,
  UnpaidBillsDocument,
} from "../generated/graphql.ts";
import { label, todayInShanghai } from "../labels.ts";
import { ADJUSTMENT_KIND, ADJUSTMENT_STATUS, BILL_STATUS, downloadBase64, downloadText, FEE_RULE, newIdempotencyKey, parseYuan, PAYMENT_METHOD, yuan } from "../ops.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, errorFor, Field, Loading, PayloadErrors, Select, Tabs } from "../ui.tsx";

const TABS = [
  ["bills", "待缴费"],
  ["adjust", "作废与退款"],
  ["day", "日终对账"],
] as const;

/** 收费窗口: the centre's bills waiting for payment, receipts, void and refund requests, the day's count. */
export function ChargePage({ session }: { session: Session }) {
  const [tab, setTab] = useState<(typeof TABS)[number][0]>("bills");
  return (
    <section className="card">
      <h1>收费窗口 · {session.windowName ?? session.centreName}</h1>
      <Tabs tabs={TABS} value={tab} onChange={(key) => setTab(key)} />
      {tab === "bills" ? <Bills session={session} /> : null}
      {tab === "adjust" ? <Adjustments session={session} /> : null}
      {tab === "day" ? <Reconciliation session={session} /> : null}
    </section>
  );
}

function Bills({ session }: { session: Session }) {
  const list = useQuery(UnpaidBillsDocument, { centreId: session.centreId! });
  const [selected, setSelected] = useState<string | null>(null);
  const [paid, setPaid] = useState<(ReceiptFieldsFragment & { pdfBase64: string }) | null>(null);
  const bills = list.data?.unpaidBills ?? [];
  const bill = bills.find((b) => b.id === selected) ?? null;
  return (
    <div className="columns">
      <div>
        <div className="row">
          <h2>待缴费的缴费通知</h2>
          <button type="button" onClick={list.reload}>
            刷新
          </button>
        </div>
        {list.loading && !list.data ? <Loading /> : null}
        <ErrorBox error={list.error} />
        {list.data && bills.length === 0 ? <Empty>本中心暂无待缴费的缴费通知。窗口开具缴费通知后会出现在这里。</Empty> : null}
        {bills.length > 0 ? (
          <table className="table" data-testid="unpaid-bills">
            <thead>
              <tr>
                <th>办件编号</th>
                <th>事项</th>
                <th>缴款人</th>
                <th>开具日期</th>
                <th>应缴(元)</th>
              </tr>
            </thead>
            <tbody>
              {bills.map((b) => (
                <tr key={b.id} className={b.id === selected ? "selected" : ""}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        setSelected(b.id);
                        setPaid(null);
                      }}
                    >
                      {b.caseNumber}
                    </button>
                  </td>
                  <td>{b.case.itemName}</td>
                  <td>{b.payerName}</td>
                  <td>{b.issuedOn}</td>
                  <td className="num">{yuan(b.totalFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <div>
        {paid ? <ReceiptDone receipt={paid} /> : null}
        {bill ? (
          <PayForm
            key={bill.id}
            bill={bill}
            session={session}
            onPaid={(r) => {
              setPaid(r);
              setSelected(null);
              list.reload();
            }}
          />
        ) : paid ? null : (
          <Empty>在左侧选择一张缴费通知收款。</Empty>
        )}
      </div>
    </div>
  );
}

export function BillLines({ bill }: { bill: BillFieldsFragment }) {
  return (
    <table className="table" data-testid="bill-lines">
      <thead>
        <tr>
          <th>收费部门</th>
          <th>收费项目</th>
          <th>计算方式</th>
          <th>单价</th>
          <th>数量</th>
          <th>减免</th>
          <th>实收(元)</th>
        </tr>
      </thead>
      <tbody>
        {bill.lines.map((l) => (
          <tr key={l.lineNo}>
            <td>{l.department.name}</td>
            <td>
              {l.feeName}
              <div className="hint">{l.legalBasis}</div>
            </td>
            <td>{label(FEE_RULE, l.rule)}</td>
            <td className="num">{yuan(l.unitFen)}</td>
            <td className="num">
              {l.quantity}
              {l.unit ?? ""}
            </td>
            <td className="num">
              {l.reductionFen ? yuan(l.reductionFen) : "—"}
              {l.reductionReason ? <div className="hint">{l.reductionReason}</div> : null}
            </td>
            <td className="num">{yuan(l.amountFen)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th colSpan={6}>合计 · {label(BILL_STATUS, bill.status)}</th>
          <th className="num" data-testid="bill-total">
            {yuan(bill.totalFen)}
          </th>
        </tr>
      </tfoot>
    </table>
  );
}

/** The payment of one bill: the whole amount (no instalments), one idempotency key per attempt. */
function PayForm({ bill, session, onPaid }: { bill: BillFieldsFragment; session: Session; onPaid(r: ReceiptFieldsFragment & { pdfBase64: string }): void }) {
  const [method, setMethod] = useState<PaymentMethod>("CASH");
  const [reference, setReference] = useState("");
  const [amount, setAmount] = useState(yuan(bill.totalFen));
  // Made once for this attempt; a retry after a lost answer sends the same key and gets the first receipt.
  const [key, setKey] = useState(() => newIdempotencyKey(session.windowId ?? "C01"));
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [amountError, setAmountError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const fen = parseYuan(amount);
    setAmountError(fen === null ? "请填写金额,以元计,最多两位小数" : null);
    if (fen === null) return;
    setBusy(true);
    setFailure(null);
    try {
      const r = (
        await request(ChargeBillDocument, {
          input: { billId: bill.id, method, amountFen: fen, paymentReference: method === "ONLINE" ? reference.trim() || null : null, idempotencyKey: key },
        })
      ).chargeBill;
      setErrors(r.errors);
      // A refusal wrote nothing: the next attempt is a new one with a new key.
      if (r.errors.length) setKey(newIdempotencyKey(session.windowId ?? "C01"));
      else if (r.receipt) onPaid(r.receipt);
    } catch (err) {
      // The answer was lost: keep the key, so that pressing the button again cannot take the money twice.
      setFailure(new Error(`${toApiError(err).message}。可再次点击"收款",不会重复收费。`));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="action" onSubmit={submit} aria-label="收款">
      <h2>
        收款 · {bill.caseNumber} <span className="hint">{bill.case.itemName}</span>
      </h2>
      <p>
        缴款人:{bill.payerName} · 开具日期 {bill.issuedOn}
      </p>
      <BillLines bill={bill} />
      <fieldset>
        <legend>支付方式</legend>
        <div className="radios">
          {(["CASH", "BANK_CARD", "ONLINE"] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} /> {PAYMENT_METHOD[m]}
            </label>
          ))}
        </div>
        {errorFor(errors, "method") ? <span className="field-error">{errorFor(errors, "method")}</span> : null}
      </fieldset>
      <div className="grid2">
        <Field label="实收金额(元)" name="amount" value={amount} onChange={setAmount} inputMode="numeric" error={amountError ?? errorFor(errors, "amountFen")} hint="须等于应缴合计,不分期收取" />
        {method === "ONLINE" ? (
          <Field label="支付平台流水号" name="paymentReference" value={reference} onChange={setReference} autoFocus required error={errorFor(errors, "paymentReference")} hint="6-64位字母、数字、_ 或 -" />
        ) : null}
      </div>
      <PayloadErrors errors={errors} shown={["method", "amountFen", "paymentReference"]} />
      <ErrorBox error={failure} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "收款中…" : `收款 ${yuan(bill.totalFen)} 元`}
      </button>
    </form>
  );
}

function ReceiptDone({ receipt }: { receipt: ReceiptFieldsFragment & { pdfBase64: string } }) {
  return (
    <div className="action ok-box" data-testid="receipt">
      <h2>已收款,票据已开具</h2>
      <dl className="facts">
        <dt>票据号</dt>
        <dd data-testid="receipt-number">{receipt.number}</dd>
        <dt>办件编号</dt>
        <dd>{receipt.caseNumber}</dd>
        <dt>缴款人</dt>
        <dd>{receipt.payerName}</dd>
        <dt>金额</dt>
        <dd>{yuan(receipt.amountFen)} 元 · {label(PAYMENT_METHOD, receipt.method)}</dd>
      </dl>
      <button type="button" className="primary" onClick={() => openPdf(receipt.pdfBase64, `收费票据-${receipt.number}.pdf`)}>
        打印票据(PDF)
      </button>
    </div>
  );
}

function Adjustments({ session }: { session: Session }) {
  const centreId = session.centreId!;
  const pending = useQuery(PendingAdjustmentsDocument, { centreId });
  const [number, setNumber] = useState("");
  const [receipt, setReceipt] = useState<ReceiptFieldsFragment | null | undefined>(undefined);
  const [lookupError, setLookupError] = useState<Error | null>(null);
  const [kind, setKind] = useState<AdjustmentKind>("REFUND");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [amountError, setAmountError] = useState<string | null>(null);
  async function lookup(e: FormEvent) {
    e.preventDefault();
    setLookupError(null);
    setOk(null);
    try {
      setReceipt((await request(ReceiptByNumberDocument, { centreId, number: number.trim() })).receipt);
    } catch (err) {
      setLookupError(toApiError(err));
    }
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    const fen = kind === "REFUND" && amount.trim() ? parseYuan(amount) : null;
    setAmountError(kind === "REFUND" && amount.trim() && fen === null ? "金额以元计,最多两位小数" : null);
    if (kind === "REFUND" && amount.trim() && fen === null) return;
    setFailure(null);
    setOk(null);
    try {
      const r = (await request(RequestAdjustmentDocument, { input: { receiptNumber: receipt!.number, kind, amountFen: fen, reason } })).requestAdjustment;
      setErrors(r.errors);
      if (r.adjustment) {
        setOk(`已提交${label(ADJUSTMENT_KIND, r.adjustment.kind)}申请(${yuan(r.adjustment.amountFen)} 元),待中心管理员审批`);
        pending.reload();
      }
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  return (
    <div className="columns">
      <div>
        <form className="action" onSubmit={lookup} aria-label="查找票据">
          <h2>查找票据</h2>
          <Field label="票据号" name="receiptNumber" value={number} onChange={setNumber} autoFocus placeholder={`${centreId}-SF2026-000001`} />
          <ErrorBox error={lookupError} />
          <button type="submit">查找</button>
        </form>
        {receipt === null ? <Empty>未找到该票据,请核对票据号(只能查本中心的票据)。</Empty> : null}
        {receipt ? (
          <form className="action" onSubmit={submit} aria-label="作废或退款申请">
            <h2>票据 {receipt.number}</h2>
            <p>
              {receipt.caseNumber} · {receipt.payerName} · {yuan(receipt.amountFen)} 元 · {label(PAYMENT_METHOD, receipt.method)} · {receipt.issuedOn}
              {receipt.voided ? " · 已作废" : ""}
              {receipt.refundedFen ? ` · 已退 ${yuan(receipt.refundedFen)} 元` : ""}
            </p>
            <div className="grid2">
              <Select label="申请类别" name="kind" value={kind} onChange={(v) => setKind(v as AdjustmentKind)} options={[{ value: "REFUND", label: "退款(可部分)" }, { value: "VOID", label: "作废(当日整张票据)" }]} error={errorFor(errors, "kind")} />
              {kind === "REFUND" ? <Field label="退款金额(元)" name="amount" value={amount} onChange={setAmount} inputMode="numeric" hint="不填为可退全额" error={amountError ?? errorFor(errors, "amountFen")} /> : null}
              <Field label="原因" name="reason" value={reason} onChange={setReason} required multiline error={errorFor(errors, "reason")} />
            </div>
            <PayloadErrors errors={errors} shown={["kind", "amountFen", "reason"]} />
            <ErrorBox error={failure} />
            {ok ? <p className="ok">{ok}</p> : null}
            <button type="submit" className="primary">
              提交申请
            </button>
          </form>
        ) : null}
      </div>
      <div>
        <h2>待审批的申请</h2>
        {pending.loading && !pending.data ? <Loading /> : null}
        <ErrorBox error={pending.error} />
        {pending.data && pending.data.pendingAdjustments.length === 0 ? <Empty>没有待审批的作废或退款申请。</Empty> : null}
        {pending.data && pending.data.pendingAdjustments.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>票据号</th>
                <th>类别</th>
                <th>金额(元)</th>
                <th>原因</th>
                <th>状态</th>
              </tr>
            </thead>
            <tbody>
              {pending.data.pendingAdjustments.map((a) => (
                <tr key={a.id}>
                  <td>{a.receiptNumber}</td>
                  <td>{label(ADJUSTMENT_KIND, a.kind)}</td>
                  <td className="num">{yuan(a.amountFen)}</td>
                  <td>{a.reason}</td>
                  <td>{label(ADJUSTMENT_STATUS, a.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </div>
  );
}

/** 日终对账: the day by method, the receipts, and the clerk's count; CSV and xlsx downloads. */
export function Reconciliation({ session, canCount = true }: { session: Session; canCount?: boolean }) {
  const centreId = session.centreId!;
  const [date, setDate] = useState(todayInShanghai());
  const q = useQuery(ChargeReconciliationDocument, { centreId, date });
  const [after, setAfter] = useState<ReconciliationFieldsFragment | null>(null);
  const r = after && after.date === date ? after : q.data?.chargeReconciliation;
  const [exportError, setExportError] = useState<Error | null>(null);
  async function download(kind: "csv" | "xlsx") {
    setExportError(null);
    try {
      const f = (await request(ChargeReconciliationExportDocument, { centreId, date })).chargeReconciliation;
      if (kind === "csv") downloadText(f.csv, `日终对账-${centreId}-${date}.csv`, "text/csv;charset=utf-8");
      else downloadBase64(f.xlsxBase64, `日终对账-${centreId}-${date}.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    } catch (err) {
      setExportError(toApiError(err));
    }
  }
  return (
    <div>
      <div className="row">
        <Field label="对账日期" name="date" type="date" value={date} onChange={(v) => { setDate(v); setAfter(null); }} />
        <div className="actions">
          <button type="button" onClick={() => void download("csv")}>
            下载 CSV
          </button>
          <button type="button" onClick={() => void download("xlsx")}>
            下载 Excel
          </button>
        </div>
      </div>
      <ErrorBox error={exportError} />
      {q.loading && !r ? <Loading /> : null}
      <ErrorBox error={q.error} />
      {r ? (
        <>
          <div className="tiles" data-testid="reconciliation">
            <Tile title="应收(缴费通知)" value={yuan(r.total.billedFen)} />
            <Tile title="实收" value={yuan(r.total.collectedFen)} />
            <Tile title="作废" value={yuan(r.total.voidedFen)} />
            <Tile title="退款" value={yuan(r.total.refundedFen)} />
            <Tile title="应存" value={yuan(r.total.netFen)} />
            <Tile title="盘点" value={yuan(r.total.countedFen)} />
            <Tile title="差额" value={yuan(r.total.differenceFen)} tone={r.total.differenceFen === 0 ? "ok" : "bad"} />
            <Tile title="状态" value={r.total.balanced ? "已平账" : r.total.counted ? "未平账" : "未盘点"} tone={r.total.balanced ? "ok" : "bad"} testId="balanced" />
          </div>
          <table className="table" data-testid="by-method">
            <thead>
              <tr>
                <th>支付方式</th>
                <th>笔数</th>
                <th>实收</th>
                <th>作废</th>
                <th>退款</th>
                <th>应存</th>
                <th>盘点</th>
                <th>差额</th>
              </tr>
            </thead>
            <tbody>
              {r.total.byMethod.map((m) => (
                <tr key={m.method}>
                  <td>{label(PAYMENT_METHOD, m.method)}</td>
                  <td className="num">{m.payments}</td>
                  <td className="num">{yuan(m.collectedFen)}</td>
                  <td className="num">{yuan(m.voidedFen)}</td>
                  <td className="num">{yuan(m.refundedFen)}</td>
                  <td className="num">{yuan(m.netFen)}</td>
                  <td className="num">{yuan(m.countedFen)}</td>
                  <td className={`num${m.differenceFen ? " bad" : ""}`}>{yuan(m.differenceFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="meta">
            收款 {r.total.payments} 笔 · 作废 {r.total.voids} 笔 · 退款 {r.total.refunds} 笔 · 开具票据:{r.total.receiptsIssued.join("、") || "无"} · 作废票据:{r.total.receiptsVoided.join("、") || "无"}
          </p>
          {r.centres.length > 1 ? (
            <table className="table">
              <thead>
                <tr>
                  <th>中心</th>
                  <th>实收</th>
                  <th>应存</th>
                  <th>差额</th>
                  <th>状态</th>
                </tr>
              </thead>
              <tbody>
                {r.centres.map((c) => (
                  <tr key={c.centre.id}>
                    <td>{c.centre.name}</td>
                    <td className="num">{yuan(c.totals.collectedFen)}</td>
                    <td className="num">{yuan(c.totals.netFen)}</td>
                    <td className="num">{yuan(c.totals.differenceFen)}</td>
                    <td>{c.totals.balanced ? "已平账" : c.totals.counted ? "未平账" : "未盘点"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {canCount ? <CountForm date={date} expected={r} onDone={setAfter} /> : null}
        </>
      ) : null}
    </div>
  );
}

function Tile({ title, value, tone, testId }: { title: string; value: string; tone?: "ok" | "bad"; testId?: string }) {
  return (
    <div className={`tile${tone ? ` tile-${tone}` : ""}`} data-testid={testId}>
      <span className="tile-title">{title}</span>
      <span className="tile-value">{value}</span>
    </div>
  );
}

function CountForm({ date, expected, onDone }: { date: string; expected: ReconciliationFieldsFragment; onDone(r: ReconciliationFieldsFragment): void }) {
  const methods = ["CASH", "BANK_CARD", "ONLINE"] as const;
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(methods.map((m) => [m, ""])));
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  // The API names a count by its position in what was sent; blank methods are not sent.
  const [sent, setSent] = useState<string[]>([]);
  const errorOf = (m: string) => {
    const i = sent.indexOf(m);
    return i < 0 ? null : (errorFor(errors, `counts.${i}.countedFen`) ?? errorFor(errors, `counts.${i}.method`));
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const bad: Record<string, string> = {};
    const input = methods.flatMap((m) => {
      if (!counts[m]!.trim()) return [];
      const fen = parseYuan(counts[m]!);
      if (fen === null) bad[m] = "金额以元计,最多两位小数";
      return fen === null ? [] : [{ method: m, countedFen: fen }];
    });
    setLocal(bad);
    if (Object.keys(bad).length) return;
    setSent(input.map((c) => c.method));
    setFailure(null);
    setOk(null);
    try {
      const r = (await request(RecordCountDocument, { date, counts: input })).recordCount;
      setErrors(r.errors);
      if (r.reconciliation) {
        setOk(r.reconciliation.total.balanced ? "已登记盘点,当日已平账" : "已登记盘点,当日未平账,请核对差额");
        onDone(r.reconciliation);
      }
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  const methodOf = (m: string) => expected.total.byMethod.find((x) => x.method === m);
  return (
    <form className="action" onSubmit={submit} aria-label="日终盘点">
      <h2>日终盘点(可重新盘点,以最后一次为准)</h2>
      <div className="grid2">
        {methods.map((m) => (
          <Field
            key={m}
            label={`${PAYMENT_METHOD[m]}实点金额(元)`}
            name={`count-${m}`}
            value={counts[m]!}
            onChange={(v) => setCounts({ ...counts, [m]: v })}
            inputMode="numeric"
            hint={`应存 ${yuan(methodOf(m)?.netFen ?? 0)} 元`}
            error={local[m] ?? errorOf(m)}
          />
        ))}
      </div>
      <PayloadErrors errors={errors} shown={sent.flatMap((_, i) => [`counts.${i}.countedFen`, `counts.${i}.method`])} />
      <ErrorBox error={failure} />
      {ok ? <p className="ok">{ok}</p> : null}
      <button type="submit" className="primary">
        登记盘点
      </button>
    </form>
  );
}
