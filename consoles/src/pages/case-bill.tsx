import { type FormEvent, Fragment, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { BillCaseDocument, CaseBillDocument, type CaseBillQuery, type FieldErrorFieldsFragment } from "../generated/graphql.ts";
import { label } from "../labels.ts";
import { BILL_STATUS, capitalYuan, FEE_RULE, parseYuan, PAYMENT_METHOD, yuan } from "../ops.ts";
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

/**
 * Nothing is presumed: no standard starts ticked (a clerk pressing Enter issues nothing), standards
 * the version declares mutually exclusive are offered as one choice, and the total in 元 and 大写
 * stands above the button before anything is issued.
 */
function BillForm({ caseId, fees, onDone }: { caseId: string; fees: Fee[]; onDone(): void }) {
  const [lines, setLines] = useState<Record<string, LineState>>(() => Object.fromEntries(fees.map((f) => [f.code, { on: false, quantity: "1", reduction: "", reason: "" }])));
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [sent, setSent] = useState<string[]>([]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [noneChosen, setNoneChosen] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (code: string, patch: Partial<LineState>) => setLines((all) => ({ ...all, [code]: { ...all[code]!, ...patch } }));
  /** Choosing one standard of an exclusive group un-chooses the others of that group. */
  const choose = (fee: Fee, on: boolean) =>
    setLines((all) => {
      const next = { ...all };
      if (on && fee.exclusiveGroup) for (const f of fees) if (f.exclusiveGroup === fee.exclusiveGroup) next[f.code] = { ...next[f.code]!, on: false };
      next[fee.code] = { ...next[fee.code]!, on };
      return next;
    });
  const errorOf = (code: string, field: string) => {
    const i = sent.indexOf(code);
    return i < 0 ? null : errorFor(errors, `lines.${i}.${field}`);
  };
  const chosen = fees.filter((f) => lines[f.code]!.on);
  // The preview uses the published standards in integer fen; the server computes the bill itself.
  const preview = chosen.map((f) => {
    const l = lines[f.code]!;
    const quantity = f.rule === "FIXED" ? 1 : /^\d{1,7}$/.test(l.quantity.trim()) ? Number(l.quantity) : null;
    const reduction = l.reduction.trim() ? parseYuan(l.reduction) : 0;
    return quantity === null || reduction === null ? null : Math.max(0, f.amountFen * quantity - reduction);
  });
  const totalFen = preview.every((v) => v !== null) ? preview.reduce<number>((a, v) => a + v!, 0) : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setNoneChosen(chosen.length === 0);
    if (chosen.length === 0) return;
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
          {fees.map((f, i) => {
            const l = lines[f.code]!;
            const group = f.exclusiveGroup;
            const firstOfGroup = group && fees.findIndex((g) => g.exclusiveGroup === group) === i;
            return (
              <Fragment key={f.code}>
                {firstOfGroup ? (
                  <tr className="fee-group">
                    <td>
                      <input
                        type="radio"
                        name={`group-${group}`}
                        aria-label={`${group}:不收取`}
                        checked={!fees.some((g) => g.exclusiveGroup === group && lines[g.code]!.on)}
                        onChange={() => fees.filter((g) => g.exclusiveGroup === group).forEach((g) => set(g.code, { on: false }))}
                      />
                    </td>
                    <td colSpan={5}>
                      <strong>{group}</strong> <span className="hint">以下标准互斥,按申请情形只能收取其一;不属于任何一项的选“不收取”</span>
                    </td>
                  </tr>
                ) : null}
              <tr data-fee={f.code} className={group ? "fee-group-member" : ""}>
                <td>
                  {group ? (
                    <input type="radio" name={`group-${group}`} aria-label={`收取 ${f.name}`} checked={l.on} onChange={() => choose(f, true)} />
                  ) : (
                    <input type="checkbox" aria-label={`收取 ${f.name}`} checked={l.on} onChange={(e) => choose(f, e.target.checked)} />
                  )}
                </td>
                <td>
                  {f.name}
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
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <p className="bill-total" data-testid="bill-preview" aria-live="polite">
        {chosen.length === 0 ? (
          "尚未选择收费项目:请按申请情形逐项勾选本次收取的收费标准。"
        ) : totalFen === null ? (
          "请填写数量与减免金额后核对合计。"
        ) : (
          <>
            应收合计 <span className="amount">¥{yuan(totalFen)} 元</span>(大写:<span className="amount">{capitalYuan(totalFen)}</span>),共 {chosen.length} 项;开具后以缴费通知为准。
          </>
        )}
      </p>
      {noneChosen && chosen.length === 0 ? (
        <p className="field-error" role="alert">
          未选择任何收费项目,不能开具缴费通知。
        </p>
      ) : null}
      <PayloadErrors errors={errors} shown={shown} />
      <ErrorBox error={failure} />
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "开具中…" : "开具缴费通知"}
      </button>
    </form>
  );
}
