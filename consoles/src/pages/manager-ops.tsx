import { type FormEvent, useEffect, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { ApproveAdjustmentDocument, type FieldErrorFieldsFragment, OversightSettingsDocument, PendingAdjustmentsDocument, RejectAdjustmentDocument, SetOversightSettingsDocument } from "../generated/graphql.ts";
import { label } from "../labels.ts";
import { ADJUSTMENT_KIND, yuan } from "../ops.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, errorFor, Field, Loading, PayloadErrors, Select } from "../ui.tsx";
import { Reconciliation } from "./charge.tsx";

/** 作废退款审批: the second person. The manager approves or rejects what a charge clerk requested. */
export function AdjustmentApprovals({ session }: { session: Session }) {
  const q = useQuery(PendingAdjustmentsDocument, { centreId: session.centreId! });
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, FieldErrorFieldsFragment[]>>({});
  const [failure, setFailure] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  // Each decision changes the day's figures below: the reconciliation is read again.
  const [decided, setDecided] = useState(0);
  async function decide(id: string, approve: boolean) {
    setFailure(null);
    setOk(null);
    try {
      const r = approve ? (await request(ApproveAdjustmentDocument, { id })).approveAdjustment : (await request(RejectAdjustmentDocument, { id, note: notes[id] ?? "" })).rejectAdjustment;
      setErrors({ ...errors, [id]: r.errors });
      if (r.errors.length === 0) {
        setOk(approve ? "已批准,已记入收费台账" : "已不予批准");
        setDecided((n) => n + 1);
        q.reload();
      }
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  const list = q.data?.pendingAdjustments ?? [];
  return (
    <>
      <h2>待审批的作废和退款申请</h2>
      <p className="hint">作废或退款须由本中心管理员审批,申请人本人不能审批。批准后写入一条冲销记录,原收款记录不变。</p>
      {q.loading && !q.data ? <Loading /> : null}
      <ErrorBox error={q.error ?? failure} />
      {ok ? <p className="ok">{ok}</p> : null}
      {q.data && list.length === 0 ? <Empty>没有待审批的申请。收费窗口提交作废或退款申请后会出现在这里。</Empty> : null}
      {list.length > 0 ? (
        <table className="table" data-testid="pending-adjustments">
          <thead>
            <tr>
              <th>票据号</th>
              <th>类别</th>
              <th>金额(元)</th>
              <th>原因</th>
              <th>申请人</th>
              <th>审批</th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} data-receipt={a.receiptNumber}>
                <td>{a.receiptNumber}</td>
                <td>{label(ADJUSTMENT_KIND, a.kind)}</td>
                <td className="num">{yuan(a.amountFen)}</td>
                <td>{a.reason}</td>
                <td>{a.requestedByName}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="primary" onClick={() => void decide(a.id, true)}>
                      批准
                    </button>
                    <Field label="不予批准的理由" value={notes[a.id] ?? ""} onChange={(v) => setNotes({ ...notes, [a.id]: v })} error={errorFor(errors[a.id], "note")} />
                    <button type="button" className="danger" onClick={() => void decide(a.id, false)}>
                      不予批准
                    </button>
                  </div>
                  <PayloadErrors errors={errors[a.id]} shown={["note"]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>本中心日终对账</h2>
      <Reconciliation key={decided} session={session} canCount={false} />
    </>
  );
}

/** 监察设置: when a clock turns yellow, how long complaints and follow-ups may take. */
export function OversightThresholds({ session }: { session: Session }) {
  const centreId = session.centreId!;
  const q = useQuery(OversightSettingsDocument, { centreId });
  const [mode, setMode] = useState<"days" | "share">("days");
  const [yellowDays, setYellowDays] = useState("");
  const [share, setShare] = useState("");
  const [complaintDays, setComplaintDays] = useState("");
  const [rectifyDays, setRectifyDays] = useState("");
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const s = q.data?.oversightSettings;
  useEffect(() => {
    if (!s) return;
    setMode(s.yellowSharePercent != null ? "share" : "days");
    setYellowDays(String(s.yellowDays ?? 1));
    setShare(String(s.yellowSharePercent ?? 20));
    setComplaintDays(String(s.complaintDays));
    setRectifyDays(String(s.rectifyDays));
  }, [s]);
  const int = (v: string) => (v.trim() === "" ? null : Number(v));
  async function submit(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setOk(null);
    try {
      const input = {
        yellowDays: mode === "days" ? int(yellowDays) : null,
        yellowSharePercent: mode === "share" ? int(share) : null,
        complaintDays: int(complaintDays),
        rectifyDays: int(rectifyDays),
      };
      const r = (await request(SetOversightSettingsDocument, { centreId, input })).setOversightSettings;
      setErrors(r.errors);
      if (r.errors.length === 0) setOk("已保存监察设置");
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  if (q.loading && !q.data) return <Loading />;
  if (q.error) return <ErrorBox error={q.error} />;
  return (
    <form className="action" onSubmit={submit} aria-label="监察设置">
      <h2>红黄灯阈值与办理时限</h2>
      <div className="grid2">
        <Select label="黄灯预警方式" name="mode" value={mode} onChange={(v) => setMode(v as "days" | "share")} options={[{ value: "days", label: "期限前N个工作日" }, { value: "share", label: "时限最后百分之N" }]} />
        {mode === "days" ? (
          <Field label="期限前工作日数" name="yellowDays" value={yellowDays} onChange={setYellowDays} inputMode="numeric" error={errorFor(errors, "yellowDays")} hint="剩余不超过N个工作日亮黄灯" />
        ) : (
          <Field label="时限百分比(1-100)" name="yellowSharePercent" value={share} onChange={setShare} inputMode="numeric" error={errorFor(errors, "yellowSharePercent")} hint="如20:20个工作日的时限在最后4个工作日亮黄灯" />
        )}
        <Field label="投诉办理时限(工作日)" name="complaintDays" value={complaintDays} onChange={setComplaintDays} inputMode="numeric" error={errorFor(errors, "complaintDays")} />
        <Field label="差评整改时限(工作日)" name="rectifyDays" value={rectifyDays} onChange={setRectifyDays} inputMode="numeric" error={errorFor(errors, "rectifyDays")} />
      </div>
      {s ? (
        <p className="hint">
          考核评分权重:按时办结 {s.scoring.onTime} · 满意度 {s.scoring.satisfaction} · 提速 {s.scoring.speed} · 建设标准 {s.scoring.standard} · 每件违规扣 {s.scoring.violationPenalty} 分 · 每件投诉扣 {s.scoring.complaintPenalty} 分(每百件办结)
        </p>
      ) : null}
      <PayloadErrors errors={errors} shown={["yellowDays", "yellowSharePercent", "complaintDays", "rectifyDays"]} />
      <ErrorBox error={failure} />
      {ok ? <p className="ok">{ok}</p> : null}
      <button type="submit" className="primary">
        保存
      </button>
    </form>
  );
}
