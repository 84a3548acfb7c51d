import { type FormEvent, useState } from "react";
import { request, toApiError, type ApiError } from "../api.ts";
import { CaseStatusDocument, type CaseStatusQuery } from "../generated/graphql.ts";
import { label, OUTCOME } from "../labels.ts";
import { useLocation } from "../router.ts";
import { Empty, ErrorBox, Field } from "../ui.tsx";

/** 办件进度查询: by case number and query code; no personal data is ever shown. */
export function StatusPage() {
  const { query } = useLocation();
  const [caseNumber, setCaseNumber] = useState(query.get("n") ?? "");
  const [queryCode, setQueryCode] = useState("");
  const [result, setResult] = useState<CaseStatusQuery["caseStatus"] | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<{ n?: string; q?: string }>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = { n: caseNumber.trim() ? undefined : "请填写办件编号", q: queryCode.trim() ? undefined : "请填写查询码" };
    setMissing(m);
    if (m.n || m.q) return;
    setBusy(true);
    setError(null);
    try {
      setResult((await request(CaseStatusDocument, { caseNumber: caseNumber.trim(), queryCode: queryCode.trim() })).caseStatus);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card narrow">
      <h1>办件进度查询</h1>
      <form onSubmit={submit}>
        <Field label="办件编号" name="caseNumber" value={caseNumber} onChange={setCaseNumber} error={missing.n} hint="见受理通知书或一次性告知书" />
        <Field label="查询码" name="queryCode" value={queryCode} onChange={setQueryCode} error={missing.q} hint="受理时告知的 6 位查询码" />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "查询中…" : "查询"}
        </button>
      </form>
      <ErrorBox error={error} />
      {result === null ? <Empty>未找到该办件,请核对办件编号和查询码。</Empty> : null}
      {result ? (
        <div className="status" data-testid="case-status">
          <h2>
            {result.itemName} <span className={`state state-${result.state}`}>{result.stateName}</span>
          </h2>
          <dl className="facts">
            <dt>办件编号</dt>
            <dd>{result.caseNumber}</dd>
            <dt>受理中心</dt>
            <dd>{result.centreName}</dd>
            <dt>收件日期</dt>
            <dd>{result.receivedOn}</dd>
            <dt>受理日期</dt>
            <dd>{result.acceptedOn ?? "—"}</dd>
            <dt>办结期限</dt>
            <dd>{result.deadline ?? "—"}</dd>
            {result.concludedOn ? (
              <>
                <dt>办结日期</dt>
                <dd>{result.concludedOn}</dd>
              </>
            ) : null}
            {result.outcome ? (
              <>
                <dt>审批结果</dt>
                <dd>{label(OUTCOME, result.outcome)}</dd>
              </>
            ) : null}
            {result.licenceNumber ? (
              <>
                <dt>证照编号</dt>
                <dd>{result.licenceNumber}</dd>
              </>
            ) : null}
          </dl>
          <h3>办理进程</h3>
          <ol className="timeline">
            {result.milestones.map((m, i) => (
              <li key={i}>
                <time>{m.on}</time> {m.description}
              </li>
            ))}
          </ol>
          {result.messages.length ? (
            <>
              <h3>提醒消息</h3>
              <ul>
                {result.messages.map((m, i) => (
                  <li key={i}>{m.text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
