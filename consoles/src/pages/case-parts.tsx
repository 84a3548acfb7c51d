import { useState } from "react";
import { request } from "../api.ts";
import {
  ChasePartDocument,
  ConcludeJointCaseDocument,
  type CaseTiersQuery,
  DecidePartDocument,
  type DecisionOutcome,
  ForwardCaseDocument,
  HandOverCaseDocument,
  type PartFieldsFragment,
  ResumePartDocument,
  type SpecialProcedure,
} from "../generated/graphql.ts";
import { label, OUTCOME, PART_KIND, PART_STATE, TIER, todayInShanghai } from "../labels.ts";
import type { Session } from "../session.ts";
import { errorFor, Field, Light, Select } from "../ui.tsx";
import { Action, DecideForm, LicenceForm, SuspendForm } from "./case-actions.tsx";

type Tiers = NonNullable<CaseTiersQuery["case"]>;
interface CaseFacts {
  id: string;
  state: string;
  handling: string;
  window: { id: string };
  procedures: SpecialProcedure[];
}

const isOpen = (p: PartFieldsFragment) => p.state === "OPEN" || p.state === "SUSPENDED";
const where = (p: PartFieldsFragment) => `${p.centre.name}${p.window ? ` ${p.window.number} ${p.window.name}` : ""}`;

/** 办件环节: each department's (联办) or each tier's (上报) part with its own clock, and who holds the case now. */
export function PartsTable({ parts, holder, clocks }: { parts: PartFieldsFragment[]; holder: Tiers["holder"] | null; clocks: Tiers["clocks"] }) {
  const today = todayInShanghai();
  return (
    <>
      {holder ? (
        <p className="notice-line" data-testid="holder">
          当前办理:{holder.centre.name}({TIER[holder.centre.tier]}) {holder.window.number} {holder.window.name}
        </p>
      ) : null}
      <table className="table parts-table" data-testid="parts">
        <thead>
          <tr>
            <th>序号</th>
            <th>环节</th>
            <th>办理中心 / 窗口</th>
            <th>部门</th>
            <th>状态</th>
            <th>起算日</th>
            <th>环节期限</th>
            <th>时限</th>
            <th>办结</th>
            <th>意见 / 决定</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((p) => (
            <tr key={p.id} data-part={p.kind} data-department={p.department.id}>
              <td>{p.seq}</td>
              <td>{label(PART_KIND, p.kind)}</td>
              <td>{where(p)}</td>
              <td>{p.department.name}</td>
              <td className={`part-state part-${p.state}`}>{label(PART_STATE, p.state)}</td>
              <td>{p.startedOn}</td>
              <td>
                {p.clock.deadline ?? (p.clock.suspended ? "暂停计时" : "—")}
                <span className="hint"> ({p.clock.limitDays}个工作日{p.clock.pausedWorkingDays ? `,暂停${p.clock.pausedWorkingDays}日` : ""})</span>
              </td>
              <td>{isOpen(p) ? <Light clocks={clocks} part={`P${p.seq}`} suspended={p.clock.suspended} /> : p.late ? <span className="light light-red">超期办结</span> : <span className="light light-green">按期</span>}</td>
              <td>
                {p.concludedOn ?? "—"}
                {isOpen(p) && p.clock.deadline && p.clock.deadline < today ? <span className="late-mark">已超期</span> : null}
              </td>
              <td>
                {p.decision ? `${label(p.kind === "DECISION" ? OUTCOME : PART_STATE, p.decision.outcome)} ${p.decision.number}` : ""}
                {p.opinion ? <div className="hint">{p.kind === "REVIEW" ? "初审意见:" : "理由:"}{p.opinion}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The transitions of a joint or escalated case the caller may try; the server refuses the others. */
export function TierActions({ c, tiers, session, onDone }: { c: CaseFacts; tiers: Tiers; session: Session; onDone(): void }) {
  const clerk = session.role === "WINDOW_CLERK";
  const approver = session.role === "DEPARTMENT_APPROVER";
  const accepting = clerk && session.windowId === c.window.id;
  const holding = clerk && session.windowId === tiers.holder.window.id;
  if (c.handling === "ESCALATED") {
    const review = tiers.parts.find((p) => p.kind === "REVIEW");
    const decision = tiers.parts.find((p) => p.kind === "DECISION");
    const upper = holding || (approver && decision?.department.id === session.departmentId);
    return (
      <>
        {accepting && review && isOpen(review) && c.state === "ACCEPTED" ? <ForwardForm caseId={c.id} onDone={onDone} /> : null}
        {accepting && decision && !holding && ["FORWARDED", "SUSPENDED", "APPROVED"].includes(c.state) ? <FollowUp part={decision} clocks={tiers.clocks} /> : null}
        {upper && decision && c.state === "FORWARDED" && c.procedures.length > 0 ? <SuspendForm caseId={c.id} procedures={c.procedures} onDone={onDone} /> : null}
        {(upper || (accepting && review && isOpen(review))) && c.state === "SUSPENDED" ? <ResumeForm caseId={c.id} onDone={onDone} /> : null}
        {upper && decision && c.state === "FORWARDED" ? <DecideForm caseId={c.id} onDone={onDone} /> : null}
        {upper && c.state === "APPROVED" ? <LicenceForm caseId={c.id} onDone={onDone} title="制发证照(送回原受理窗口送达)" submitText="制证并送回原受理窗口" /> : null}
        {accepting && c.state === "AWAITING_HANDOVER" ? <HandOverForm caseId={c.id} onDone={onDone} /> : null}
      </>
    );
  }
  const open = c.state === "ACCEPTED";
  return (
    <>
      {tiers.parts.filter(isOpen).map((p) => {
        const mine = approver && session.departmentId === p.department.id;
        const handles = accepting || mine || (clerk && session.windowId === p.window?.id);
        const who = `${label(PART_KIND, p.kind)} ${p.department.name}`;
        return (
          <div key={p.id} className="part-actions" data-part-actions={p.department.id}>
            {mine && p.state === "OPEN" && open ? <PartDecisionForm partId={p.id} who={who} onDone={onDone} /> : null}
            {handles && p.state === "OPEN" && open && c.procedures.length > 0 ? <SuspendForm caseId={c.id} partId={p.id} procedures={c.procedures} onDone={onDone} title={`暂停计时 · ${who}`} /> : null}
            {handles && p.state === "SUSPENDED" ? <ResumeForm caseId={c.id} partId={p.id} onDone={onDone} title={`恢复计时 · ${who}`} /> : null}
            {accepting && p.kind !== "JOINT_LEAD" && open ? <ChaseForm partId={p.id} who={who} onDone={onDone} late={Boolean(p.clock.deadline && p.clock.deadline <= todayInShanghai())} /> : null}
          </div>
        );
      })}
      {approver && open && !tiers.parts.some((p) => isOpen(p) && p.department.id === session.departmentId) ? (
        <p className="notice-line">本部门环节已作出决定,待其他部门决定后由牵头窗口办结。</p>
      ) : null}
      {accepting && open ? <ConcludeForm caseId={c.id} onDone={onDone} pending={tiers.parts.filter((p) => p.state !== "APPROVED").map((p) => p.department.name)} /> : null}
    </>
  );
}

function ForwardForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  const [opinion, setOpinion] = useState("");
  return (
    <Action title="上报(初审完毕,报送上级中心)" submitText="上报" onDone={onDone} fields={["opinion"]} run={async () => (await request(ForwardCaseDocument, { caseId, opinion })).forwardCase}>
      {(errors) => <Field label="初审意见" name="opinion" value={opinion} onChange={setOpinion} multiline required error={errorFor(errors, "opinion")} hint="随办件报送上级中心,并记入办理记录" />}
    </Action>
  );
}

/** 帮助办结: the accepting window follows the upper tier's part. */
function FollowUp({ part, clocks }: { part: PartFieldsFragment; clocks: Tiers["clocks"] }) {
  return (
    <div className="action" data-testid="follow-up">
      <h3>帮助办结(跟踪上级办理进度)</h3>
      <p>
        已上报至 {where(part)},{label(PART_STATE, part.state)};上级环节期限 {part.clock.deadline ?? (part.clock.suspended ? "暂停计时" : "—")}{" "}
        <Light clocks={clocks} part={`P${part.seq}`} suspended={part.clock.suspended} />
      </p>
      <p className="hint">上级制发证照后,办件回到本窗口,由本窗口向申请人送达。</p>
    </div>
  );
}

function ResumeForm({ caseId, partId, onDone, title = "恢复计时" }: { caseId: string; partId?: string; onDone(): void; title?: string }) {
  return <Action title={title} submitText="特别程序结束,恢复计时" onDone={onDone} run={async () => (await request(ResumePartDocument, { caseId, partId: partId ?? null })).resumeClock} />;
}

function HandOverForm({ caseId, onDone }: { caseId: string; onDone(): void }) {
  return (
    <Action title="送达证照" submitText="已向申请人送达,办结" onDone={onDone} run={async () => (await request(HandOverCaseDocument, { caseId })).handOverCase}>
      {() => <p className="hint">上级中心已制发证照。核对申请人身份后当面(或邮寄)送达,办件即办结。</p>}
    </Action>
  );
}

function PartDecisionForm({ partId, who, onDone }: { partId: string; who: string; onDone(): void }) {
  const [outcome, setOutcome] = useState<DecisionOutcome>("APPROVED");
  const [reasons, setReasons] = useState("");
  return (
    <Action
      title={`环节决定 · ${who}`}
      submitText="作出环节决定"
      onDone={onDone}
      fields={["reasons"]}
      run={async () => (await request(DecidePartDocument, { partId, input: { outcome, reasons: reasons || null } })).decidePart}
    >
      {(errors) => (
        <div className="grid2">
          <Select
            label="本部门意见"
            name="outcome"
            value={outcome}
            onChange={(v) => setOutcome(v as DecisionOutcome)}
            options={[
              { value: "APPROVED", label: "同意" },
              { value: "REFUSED", label: "不同意(整件不予许可,须写明理由)" },
            ]}
          />
          <Field label={outcome === "REFUSED" ? "不同意的理由" : "说明(可选)"} name="reasons" value={reasons} onChange={setReasons} multiline required={outcome === "REFUSED"} error={errorFor(errors, "reasons")} />
        </div>
      )}
    </Action>
  );
}

function ChaseForm({ partId, who, late, onDone }: { partId: string; who: string; late: boolean; onDone(): void }) {
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState(false);
  return (
    <Action
      title={`督办 · ${who}${late ? "(已到期)" : ""}`}
      submitText="发出督办"
      fields={["message"]}
      onDone={() => {
        setSent(true);
        setMessage("");
        onDone();
      }}
      run={async () => (await request(ChasePartDocument, { partId, message })).chasePart}
    >
      {(errors) => (
        <>
          <Field label="督办内容" name="message" value={message} onChange={setMessage} required error={errorFor(errors, "message")} hint="提醒该环节的办理窗口,并记入办理记录" />
          {sent ? <p className="ok" role="status">已督办</p> : null}
        </>
      )}
    </Action>
  );
}

function ConcludeForm({ caseId, onDone, pending }: { caseId: string; onDone(): void; pending: string[] }) {
  const [validUntil, setValidUntil] = useState("");
  return (
    <Action
      title="联办办结"
      submitText="办结(各部门均已同意)"
      onDone={onDone}
      fields={["validUntil", "validFrom"]}
      run={async () => (await request(ConcludeJointCaseDocument, { caseId, licence: validUntil ? { validUntil } : {} })).concludeJointCase}
    >
      {(errors) => (
        <>
          <p className="hint">各部门环节均同意后,以牵头部门的决定制发证照并办结。</p>
          {pending.length > 0 ? <p className="late-mark">尚未同意:{pending.join("、")}</p> : <p className="ok">各部门均已同意,可以办结。</p>}
          <Field label="证照有效期至(长期有效可不填)" name="validUntil" type="date" value={validUntil} onChange={setValidUntil} error={errorFor(errors, "validUntil")} />
        </>
      )}
    </Action>
  );
}
