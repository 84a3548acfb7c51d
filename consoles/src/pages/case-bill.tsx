import { type FormEvent, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { BillCaseDocument, CaseBillDocument, type CaseBillQuery, type FieldErrorFieldsFragment } from "../generated/graphql.ts";
import { label } from "../labels.ts";
import { BILL_STATUS, FEE_RULE, parseYuan, PAYMENT_METHOD, yuan } from "../ops.ts";
import type { Session } from "../session.ts";
import { ErrorBox, errorFor, Field, Loading, PayloadErrors } from "../ui.tsx";
import { BillLines } from "./charge.tsx";

type Fee = NonNullable<CaseBillQuery["case"]>["itemVersion"]["content"]["fees"][number];

/**
 * 缴费通知 on the case page: the bill once issued, and for the case's window clerk, after approval,
 * the form that issues it from the item version's published fee standards (amounts are computed by
 * the centre, never typed; a reduction only where the standard defines one).
 */
export function CaseBillPanel({ caseId, session, onChange }: { caseId: string; session: Session; onChange(): void }) {
  const q = useQuery(CaseBillDocument, { id: caseId });
  const c = q.data?.case;
  if (q.loading && !c) return <Loading text="正在加载收费信息…" />;
  if (q.error) return <ErrorBox error={q.error} />;
  if (!c) return null;
  const fees = c.itemVersion.content.fees;
  if (fees.length === 0 && !c.bill) return null;
  return (
    <div className="bill-panel" data-testid="case-bill">
      <h2>缴费通知</h2>
      {c.bill ? (
        <>
          <p>
            {label(BILL_STATUS, c.bill.status)} · 开具日期 {c.bill.issuedOn}
            {c.bill.status === "UNPAID" ? " · 请申请人到本中心收费窗口缴费,缴清后方可制证办结" : ""}
          </p>
          <BillLines bill={c.bill} />
          {c.bill.receipt ? (
            <p data-testid="case-receipt">
              票据 {c.bill.receipt.number} · {yuan(c.bill.receipt.amountFen)} 元 · {label(PAYMENT_METHOD, c.bill.receipt.method)} · {c.bill.receipt.issuedOn}
            </p>
          ) : null}
        </>
      ) : session.role === "WINDOW_CLERK" && c.state === "APPROVED" ? (
        <BillForm
          caseId={caseId}
          fees={fees}
          onDone={() => {
            q.reload();
            onChange();
          }}
        />
      ) : (
        <p className="hint">本事项有收费标准;准予许可后由受理窗口开具缴费通知。</p>
      )}
    </div>
  );
}

interface LineState {
  on: boolean;
  quantity: string;
  reduction: string;
  reason: string;
}

function BillForm({ caseId, fees, onDone }: { caseId: string; fees: Fee[]; onDone(): void }) {
  const [lines, setLines] = useState<Record<string, LineState>>(() => Object.fromEntries(fees.map((f) => [f.code, { on: true, quantity: "1", reduction: "", reason: "" }])));
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (code: string, patch: Partial<LineState>) => setLines({ ...lines, [code]: { ...lines[code]!, ...patch } });
  const errorOf = (code: string, field: string) => {
    const i = sent.indexOf(code);
    return i < 0 ? null : errorFor(errors, `lines.${i}.${field}`);
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const chosen = fees.filter((f) => lines[f.code]!.on);
    const bad: Record<string, string> = {};
    const input = chosen.map((f) => {
      const l = lines[f.code]!;
      const reductionFen = l.reduction.trim() ? parseYuan(l.reduction) : 0;
      if (reductionFen === null) bad[f.code] = "减免金额以元计,最多两位小数";
      return { feeCode: f.code, quantity: f.rule === "FIXED" ? 1 : Number(l.quantity), reductionFen: reductionFen ?? 0, reductionReason: l.reason.trim() || null };
    });
    setLocal(bad);
    if (Object.keys(bad).length) return;
    setSent(chosen.map((f) => f.code));
    setBusy(true);
    setFailure(null);
    try {
      const r = (await request(BillCaseDocument, { caseId, lines: input })).billCase;
      setErrors(r.errors);
      if (r.errors.length === 0) onDone();
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  const shown = sent.flatMap((_, i) => ["feeCode", "quantity", "reductionFen", "reductionReason"].map((f) => `lines.${i}.${f}`));
  return (
    <form className="action" onSubmit={submit} aria-label="开具缴费通知">
      <h3>开具缴费通知(按事项版本公布的收费标准)</h3>
      <table className="table">
        <thead>
          <tr>
            <th>收取</th>
            <th>收费项目</th>
            <th>计算方式</th>
            <th>标准(元)</th>
            <th>数量</th>
            <th>减免</th>
          </tr>
        </thead>
        <tbody>
          {fees.map((f) => {
            const l = lines[f.code]!;
            return (
              <tr key={f.code} data-fee={f.code}>
                <td>
                  <input type="checkbox" aria-label={`收取 ${f.name}`} checked={l.on} onChange={(e) => set(f.code, { on: e.target.checked })} />
                </td>
                <td>
                  {f.name} <span className="hint">{f.code}</span>
                  <div className="hint">{f.legalBasis}</div>
                  {errorOf(f.code, "feeCode") ? <span className="field-error">{errorOf(f.code, "feeCode")}</span> : null}
                </td>
                <td>{label(FEE_RULE, f.rule)}</td>
                <td className="num">
                  {yuan(f.amountFen)}
                  {f.unit ? `/${f.unit}` : ""}
                </td>
                <td>
                  {f.rule === "FIXED" ? (
                    "1"
                  ) : (
                    <Field label={`${f.name} 数量${f.unit ? `(${f.unit})` : ""}`} value={l.quantity} onChange={(v) => set(f.code, { quantity: v })} inputMode="numeric" error={errorOf(f.code, "quantity")} />
                  )}
                </td>
                <td>
                  {f.reductions ? (
                    <>
                      <span className="hint">可减免:{f.reductions}</span>
                      <Field label={`${f.name} 减免金额(元)`} value={l.reduction} onChange={(v) => set(f.code, { reduction: v })} inputMode="numeric" error={local[f.code] ?? errorOf(f.code, "reductionFen")} />
                      <Field label={`${f.name} 减免情形`} value={l.reason} onChange={(v) => set(f.code, { reason: v })} error={errorOf(f.code, "reductionReason")} />
                    </>
                  ) : (
                    <span className="hint">无减免情形</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <PayloadErrors errors={errors} shown={shown} />
      <ErrorBox error={failure} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "开具中…" : "开具缴费通知"}
      </button>
    </form>
  );
}
