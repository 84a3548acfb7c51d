import { useState } from "react";
import { Action, DecideForm, LicenceForm, SuspendForm } from "./case-actions.tsx";
import { request, useQuery } from "../api.ts";
import { CaseDetailDocument, CaseTiersDocument, ExtendDeadlineDocument, type MaterialStatus, ResumeClockDocument, SupplementMaterialsDocument } from "../generated/graphql.ts";
import { CASE_ACTION, CASE_STATE, HANDLING, label, MATERIAL_STATUS, NOTICE_KIND, OUTCOME } from "../labels.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, errorFor, Field, Light, Loading, PayloadErrors, ProvisionalMark, Select } from "../ui.tsx";
import { CaseBillPanel } from "./case-bill.tsx";
import { PartsTable, TierActions } from "./case-parts.tsx";
import { NoticeView } from "./notice-view.tsx";

/** 办件: everything about one case, and the transitions the caller's role may attempt. */
export function CaseDetailPage({ id, session }: { id: string; session: Session }) {
  const detail = useQuery(CaseDetailDocument, { id });
  // 联办件 and 上报件: their parts and the window holding the case, reloaded with the case after every transition.
  const tiers = useQuery(CaseTiersDocument, { id });
  const { data, error, loading } = detail;
  const reload = () => {
    detail.reload();
    tiers.reload();
  };
  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const c = data?.case;
  if (!c) return <Empty>未找到该办件,或您无权查看。</Empty>;
  const role = session.role;
  const clerk = role === "WINDOW_CLERK";
  const decider = clerk || role === "DEPARTMENT_APPROVER";
  const hasFees = c.itemVersion.content.fees.length > 0;
  const t = tiers.data?.case;
  // A case handled in parts has its own transitions (TierActions); the single-window ones do not apply.
  const tiered = c.handling === "JOINT" || c.handling === "ESCALATED" ? (t ? t.parts.length > 0 : true) : false;
  return (
    <section className="card case">
      <div className="row">
        <h1>
          {c.itemName} <span className={`state state-${c.state}`}>{label(CASE_STATE, c.state)}</span>
        </h1>
        <Light clocks={c.clocks} suspended={c.clock.suspended} />
      </div>
      {/* The id is for the machine (links, tests), never for a person to read or type. */}
      <span data-testid="case-id" hidden>
        {c.id}
      </span>
      <dl className="facts">
        <dt>办件编号</dt>
        <dd data-testid="case-number">{c.caseNumber}</dd>
        <dt>查询码</dt>
        <dd>{c.queryCode ?? "—"}</dd>
        <dt>办件类型</dt>
        <dd>{label(HANDLING, c.handling)}</dd>
        <dt>受理窗口</dt>
        <dd>
          {c.centre.name} {c.window.number} {c.window.name}
        </dd>
        <dt>申请人</dt>
        <dd>
          {c.applicant.name} · {c.applicant.identifier} · {c.applicant.phone}
          {c.applicant.contactName ? ` · 联系人 ${c.applicant.contactName}` : ""}
        </dd>
        <dt>收件 / 受理</dt>
        <dd>
          {c.receivedOn} / {c.acceptedOn ?? "—"}
          {c.deemedAccepted ? "(逾期未告知,视为受理)" : ""}
        </dd>
        <dt>办结期限</dt>
        <dd data-testid="deadline">
          {c.clock.deadline ?? (c.clock.suspended ? "特别程序中,暂停计时" : "—")}
          <ProvisionalMark on={Boolean(c.clock.deadline) && c.clock.provisional} />
        </dd>
        {c.decision ? (
          <>
            <dt>审批决定</dt>
            <dd>
              {label(OUTCOME, c.decision.outcome)} · {c.decision.number} · {c.decision.decidedOn}
              {c.decision.reasons ? ` · ${c.decision.reasons}` : ""}
            </dd>
          </>
        ) : null}
        {c.licenceDue && !c.licence ? (
          <>
            <dt>制证期限</dt>
            <dd>{c.licenceDue}</dd>
          </>
        ) : null}
        {c.licence ? (
          <>
            <dt>证照</dt>
            <dd data-testid="licence">
              {c.licence.number} · 发证 {c.licence.issuedOn} · 有效期 {c.licence.validFrom} 至 {c.licence.validUntil ?? "长期"}
            </dd>
          </>
        ) : null}
      </dl>
      <details>
        <summary>期限如何计算</summary>
        <ol>
          {c.clock.steps.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </details>
      {tiered && t ? (
        <>
          <h2>{c.handling === "JOINT" ? "联办环节(各部门)" : "上报环节(各层级)"}</h2>
          <PartsTable parts={t.parts} holder={t.holder} clocks={t.clocks} />
        </>
      ) : null}
      <ErrorBox error={tiers.error} />
      <h2>材料核验</h2>
      <ul>
        {c.materials.map((m) => (
          <li key={m.name}>
            {m.name}:{label(MATERIAL_STATUS, m.status)}
            {/* The note explains what was lacking; once provided it no longer describes the material. */}
            {m.note && (m.status === "MISSING" || m.status === "DEFECTIVE") ? `(${m.note})` : ""}
          </li>
        ))}
      </ul>

      <CaseBillPanel key={c.state} caseId={c.id} session={session} onChange={reload} />

      <div className="actions-panel">
        {clerk && c.state === "AWAITING_SUPPLEMENT" ? <SupplementForm caseId={c.id} materials={c.materials} onDone={reload} /> : null}
        {tiered && t ? (
          <TierActions c={{ id: c.id, state: c.state, handling: c.handling, window: c.window, procedures: c.itemVersion.content.clockStoppingProcedures }} tiers={t} session={session} onDone={reload} />
        ) : null}
        {!tiered && (clerk || role === "DEPARTMENT_APPROVER") && c.state === "ACCEPTED" && c.itemVersion.content.clockStoppingProcedures.length > 0 ? (
          <SuspendForm caseId={c.id} procedures={c.itemVersion.content.clockStoppingProcedures} onDone={reload} />
        ) : null}
        {!tiered && (clerk || role === "DEPARTMENT_APPROVER") && c.state === "SUSPENDED" ? (
          <Action
            title="恢复计时"
            submitText="特别程序结束,恢复计时"
            run={async () => (await request(ResumeClockDocument, { caseId: c.id })).resumeClock}
            onDone={reload}
          >
            {() => <p className="hint">恢复日期为今日:恢复当日不计入期限,自恢复次日起继续计时。</p>}
          </Action>
        ) : null}
        {/* Art. 42: a single-department case's extension is the head of the licensing authority's (the
            deciding department's approver with the head role); a joint case's needs the government's
            approval, recorded by the centre's manager (para. 2). Nobody else is offered the form. */}
        {((role === "CENTRE_MANAGER" && c.handling === "JOINT") || (role === "DEPARTMENT_APPROVER" && session.head === true && c.handling !== "JOINT")) && (c.state === "ACCEPTED" || c.state === "SUSPENDED") && c.clock.extensionDays === 0 ? (
          <ExtendForm caseId={c.id} joint={c.handling === "JOINT"} onDone={reload} />
        ) : null}
        {!tiered && decider && c.state === "ACCEPTED" ? <DecideForm caseId={c.id} onDone={reload} hasFees={hasFees} /> : null}
        {!tiered && decider && c.state === "APPROVED" && (!hasFees || c.bill?.status === "PAID") ? <LicenceForm caseId={c.id} onDone={reload} /> : null}
        {!tiered && decider && c.state === "APPROVED" && hasFees && c.bill?.status !== "PAID" ? (
          // Not offered before it can succeed: say what must happen first, and who does it.
          <p className="hint" data-testid="licence-waits">
            制证并办结须待缴费完成:
            {c.bill ? "缴费通知已开具,待申请人到本中心收费窗口缴清。" : `待受理窗口(${c.window.number} ${c.window.name})开具缴费通知,申请人缴清后方可制证。`}
          </p>
        ) : null}
      </div>

      <h2>书面通知</h2>
      {c.notices.length === 0 ? <Empty>尚无书面通知。</Empty> : null}
      {c.notices.map((n) => (
        <details key={n.id}>
          <summary>
            {label(NOTICE_KIND, n.kind)} {n.number}
          </summary>
          <NoticeView notice={n} caseId={c.id} />
        </details>
      ))}
      <h2>办理记录</h2>
      <ol className="timeline">
        {c.history.map((h, i) => (
          <li key={i}>
            <time>{h.on}</time> {label(CASE_ACTION, h.action)}:{label(CASE_STATE, h.fromState)} → {label(CASE_STATE, h.toState)}
            {h.reason ? `(${h.reason})` : ""} <span className="hint">{h.actorName}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function SupplementForm({ caseId, materials, onDone }: { caseId: string; materials: { name: string; status: MaterialStatus }[]; onDone(): void }) {
  const lacking = materials.filter((m) => m.status === "MISSING" || m.status === "DEFECTIVE");
  // Nothing is presumed: each lacking material is ticked by the clerk who sees it handed in.
  const [got, setGot] = useState<Record<string, boolean>>(() => Object.fromEntries(lacking.map((m) => [m.name, false])));
  return (
    <Action
      title="补正材料"
      submitText="登记补正并受理"
      onDone={onDone}
      run={async () =>
        !lacking.some((m) => got[m.name])
          ? { errors: [{ code: "NOTHING_SUPPLEMENTED", message: "请勾选申请人已补正的材料后再登记。", field: null, itemCode: null, index: null }] }
          : (
          await request(SupplementMaterialsDocument, {
            caseId,
            materials: lacking.map((m) => ({ name: m.name, status: got[m.name] ? "PROVIDED" : m.status })),
          })
        ).supplementMaterials
      }
    >
      {() =>
        lacking.map((m) => (
          <label key={m.name} className="check">
            <input type="checkbox" checked={got[m.name] ?? false} onChange={(e) => setGot({ ...got, [m.name]: e.target.checked })} /> {m.name} 已补正
          </label>
        ))
      }
    </Action>
  );
}

function ExtendForm({ caseId, joint, onDone }: { caseId: string; joint: boolean; onDone(): void }) {
  const [days, setDays] = useState("10");
  const [reason, setReason] = useState("");
  return (
    <Action
      title={joint ? "登记联办件延长期限(经本级人民政府负责人批准)" : "批准延长期限(本行政机关负责人)"}
      submitText="批准延期"
      onDone={onDone}
      fields={["days", "reason"]}
      run={async () => (await request(ExtendDeadlineDocument, { caseId, input: { days: Number(days) || 0, reason } })).extendDeadline}
    >
      {(errors) => (
        <div className="grid2">
          <Field label="延长工作日" value={days} onChange={setDays} inputMode="numeric" error={errorFor(errors, "days")} hint={joint ? "只能延长一次,不超过15个工作日" : "只能延长一次,不超过10个工作日"} />
          <Field label="延期理由(告知申请人)" value={reason} onChange={setReason} required error={errorFor(errors, "reason")} />
        </div>
      )}
    </Action>
  );
}
