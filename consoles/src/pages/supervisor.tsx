import { type FormEvent, useMemo, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { BLUE, Chart, type ChartOption, GREEN, RED, YELLOW } from "../chart.tsx";
import {
  AssessTownshipCentreDocument,
  AssignComplaintDocument,
  BulletinDocument,
  BulletinExportDocument,
  type BulletinLevel,
  ClockAlertsDocument,
  CloseComplaintDocument,
  type ComplaintChannel,
  type ComplaintFeedback,
  type ComplaintFieldsFragment,
  ComplaintsDocument,
  type ComplaintTarget,
  type FieldErrorFieldsFragment,
  FileComplaintDocument,
  FollowUpRatingDocument,
  type Light,
  type PeriodKind,
  type RatingFieldsFragment,
  RatingsDocument,
  ReplyToComplaintDocument,
  StandardAssessmentsDocument,
  SubCentresDocument,
  SupervisorLightsDocument,
  ViolationsDocument,
} from "../generated/graphql.ts";
import { Link } from "../app.tsx";
import { label, TIER, todayInShanghai } from "../labels.ts";
import {
  CLOCK_KIND,
  COMPLAINT_CHANNEL,
  COMPLAINT_STATE,
  COMPLAINT_TARGET,
  downloadBase64,
  HOLDER_KIND,
  LIGHT,
  percent,
  RATING_LEVEL,
  STANDARD_CRITERIA,
  VIOLATION_KIND,
} from "../ops.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, errorFor, Field, Loading, PayloadErrors, ProvisionalMark, Select, Tabs } from "../ui.tsx";

const TABS = [
  ["lights", "红黄灯"],
  ["violations", "违规记录"],
  ["complaints", "投诉"],
  ["ratings", "好差评"],
  ["bulletin", "通报与排名"],
  ["standard", "乡镇中心建设标准"],
] as const;
type Tab = (typeof TABS)[number][0];

/** 效能监察: the supervisor's tier and every tier below it, never a sibling. */
export function SupervisorPage({ session }: { session: Session }) {
  const own = session.centreId!;
  const centre = useQuery(SubCentresDocument, { centreId: own });
  const [tab, setTab] = useState<Tab>("lights");
  const [scope, setScope] = useState(own);
  // Where a chart's click leads: the clocks of one centre, of one light.
  const [drill, setDrill] = useState<{ centreId?: string; lights?: Light[] }>({});
  const c = centre.data?.centre;
  const options = c ? [{ value: c.id, label: `${c.name}(本级及下级)` }, ...c.children.map((x) => ({ value: x.id, label: `${x.name}(${label(TIER, x.tier)})` }))] : [{ value: own, label: session.centreName ?? own }];
  const showLights = (centreId?: string, lights?: Light[]) => {
    setDrill({ centreId, lights });
    setTab("lights");
  };
  return (
    <section className="card">
      <div className="row">
        <h1>效能监察 · {session.centreName}</h1>
        <Select label="监察范围" name="scope" value={scope} onChange={(v) => { setScope(v); setDrill({}); }} options={options} />
      </div>
      <ErrorBox error={centre.error} />
      <Tabs tabs={TABS} value={tab} onChange={(key) => setTab(key)} />
      {tab === "lights" ? <Lights scope={scope} drill={drill} setDrill={setDrill} /> : null}
      {tab === "violations" ? <Violations scope={scope} /> : null}
      {tab === "complaints" ? <Complaints scope={scope} session={session} /> : null}
      {tab === "ratings" ? <Ratings scope={scope} /> : null}
      {tab === "bulletin" ? <BulletinView scope={scope} onDrill={showLights} /> : null}
      {tab === "standard" ? <Standard scope={scope} session={session} /> : null}
    </section>
  );
}

function Lights({ scope, drill, setDrill }: { scope: string; drill: { centreId?: string; lights?: Light[] }; setDrill(d: { centreId?: string; lights?: Light[] }): void }) {
  const counts = useQuery(SupervisorLightsDocument, { centreId: scope });
  const target = drill.centreId ?? scope;
  const lights = drill.lights ?? (["RED", "YELLOW"] as Light[]);
  const alerts = useQuery(ClockAlertsDocument, { centreId: target, lights });
  const rows = counts.data?.lightCounts ?? [];
  const red = rows.reduce((s, r) => s + r.red, 0);
  const yellow = rows.reduce((s, r) => s + r.yellow, 0);
  const provisional = rows.reduce((s, r) => s + r.provisional, 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { data: ["红灯", "黄灯"] },
      grid: { left: 40, right: 20, bottom: 70, top: 40 },
      xAxis: { type: "category", data: rows.map((r) => r.centre.name), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: "红灯", type: "bar", stack: "l", data: rows.map((r) => r.red), itemStyle: { color: RED } },
        { name: "黄灯", type: "bar", stack: "l", data: rows.map((r) => r.yellow), itemStyle: { color: YELLOW } },
      ],
    }),
    [rows],
  );
  const centreOf = (name: string) => rows.find((r) => r.centre.name === name)?.centre.id;
  const drillName = rows.find((r) => r.centre.id === drill.centreId)?.centre.name;
  return (
    <>
      <div className="tiles">
        <button type="button" className="tile tile-red" data-testid="red-count" onClick={() => setDrill({ centreId: drill.centreId, lights: ["RED"] })}>
          <span className="tile-title">红灯(已超期)</span>
          <span className="tile-value">{counts.data ? red : "…"}</span>
        </button>
        <button type="button" className="tile tile-yellow" data-testid="yellow-count" onClick={() => setDrill({ centreId: drill.centreId, lights: ["YELLOW"] })}>
          <span className="tile-title">黄灯(临近期限)</span>
          <span className="tile-value">{counts.data ? yellow : "…"}</span>
        </button>
        <button type="button" className="tile" onClick={() => setDrill({})}>
          <span className="tile-title">全部预警</span>
          <span className="tile-value">{counts.data ? red + yellow : "…"}</span>
        </button>
      </div>
      {counts.data && provisional > 0 ? (
        <p className="notice-line" data-testid="provisional-count">
          {provisional} 个办件时钟的期限跨入节假日安排尚未公布的年份,暂按法定节假日计算(暂定),载入当年节假日安排后自动重算。
        </p>
      ) : null}
      <ErrorBox error={counts.error} />
      {counts.data && rows.length > 0 ? (
        <Chart
          label={`各中心红黄灯:${rows.map((r) => `${r.centre.name} 红${r.red} 黄${r.yellow}`).join(",")}`}
          option={option}
          onPick={(name, series) => {
            const id = centreOf(name);
            if (id) setDrill({ centreId: id, lights: series === "黄灯" ? ["YELLOW"] : series === "红灯" ? ["RED"] : undefined });
          }}
        />
      ) : null}
      <p className="hint">点击柱形或数字查看对应办件。</p>
      <h2 data-testid="alerts-heading">
        {drillName ?? "本范围"} · {lights.map((l) => LIGHT[l]).join("、")}办件
        {drill.centreId || drill.lights ? (
          <button type="button" className="link" onClick={() => setDrill({})}>
            {" "}
            显示全部
          </button>
        ) : null}
      </h2>
      {alerts.loading && !alerts.data ? <Loading /> : null}
      <ErrorBox error={alerts.error} />
      {alerts.data && alerts.data.clockAlerts.length === 0 ? <Empty>没有{lights.map((l) => LIGHT[l]).join("、")}办件,时限都在正常范围内。</Empty> : null}
      {alerts.data && alerts.data.clockAlerts.length > 0 ? (
        <table className="table" data-testid="alerts">
          <thead>
            <tr>
              <th>灯</th>
              <th>办件编号</th>
              <th>事项</th>
              <th>时限</th>
              <th>期限</th>
              <th>剩余工作日</th>
              <th>中心 / 窗口</th>
              <th>当前经办</th>
            </tr>
          </thead>
          <tbody>
            {alerts.data.clockAlerts.map((a) => (
              <tr key={`${a.case.id}-${a.part}-${a.kind}`}>
                <td>
                  <span className={`light light-${a.light.toLowerCase()}`}>{label(LIGHT, a.light)}</span>
                </td>
                <td>
                  <Link to={`/case/${a.case.id}`}>{a.case.caseNumber}</Link>
                  {a.part ? <span className="hint"> {a.part}</span> : null}
                </td>
                <td>{a.case.itemName}</td>
                <td>{label(CLOCK_KIND, a.kind)}</td>
                <td>
                  {a.dueOn}
                  <ProvisionalMark on={a.provisional} />
                </td>
                <td className="num">{a.remainingWorkingDays < 0 ? `超期 ${-a.remainingWorkingDays}` : a.remainingWorkingDays}</td>
                <td>
                  {a.centre.name} · {a.window.number} {a.window.name}
                </td>
                <td data-testid="holder">
                  {label(HOLDER_KIND, a.holder.kind)} {a.holder.id}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function pie(name: string, data: { name: string; value: number; color?: string }[]): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}:{c}({d}%)" },
    legend: { bottom: 0 },
    series: [{ name, type: "pie", radius: ["35%", "65%"], data: data.map((d) => ({ name: d.name, value: d.value, itemStyle: d.color ? { color: d.color } : undefined })), label: { formatter: "{b} {c}" } }],
  };
}

function Violations({ scope }: { scope: string }) {
  const q = useQuery(ViolationsDocument, { centreId: scope });
  const [kind, setKind] = useState<string | null>(null);
  const all = q.data?.violations ?? [];
  const byKind = useMemo(() => {
    const m = new Map<string, number>();
    for (const v of all) m.set(v.kind, (m.get(v.kind) ?? 0) + 1);
    return [...m].map(([k, n]) => ({ name: label(VIOLATION_KIND, k), value: n, key: k }));
  }, [all]);
  const shown = kind ? all.filter((v) => v.kind === kind) : all;
  return (
    <>
      {q.loading && !q.data ? <Loading /> : null}
      <ErrorBox error={q.error} />
      {q.data && all.length === 0 ? <Empty>本范围没有违规记录。</Empty> : null}
      {all.length > 0 ? (
        <Chart label={`违规类别:${byKind.map((k) => `${k.name} ${k.value}`).join(",")}`} option={pie("违规", byKind)} onPick={(name) => setKind(byKind.find((k) => k.name === name)?.key ?? null)} />
      ) : null}
      {kind ? (
        <p>
          只看:{label(VIOLATION_KIND, kind)}{" "}
          <button type="button" className="link" onClick={() => setKind(null)}>
            显示全部
          </button>
        </p>
      ) : null}
      {shown.length > 0 ? (
        <table className="table" data-testid="violations">
          <thead>
            <tr>
              <th>发现时间</th>
              <th>类别</th>
              <th>中心</th>
              <th>办件</th>
              <th>责任人</th>
              <th>证据</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((v) => (
              <tr key={v.id}>
                <td>{v.detectedAt.slice(0, 16).replace("T", " ")}</td>
                <td>{label(VIOLATION_KIND, v.kind)}</td>
                <td>{v.centre.name}</td>
                <td>{v.case ? <Link to={`/case/${v.case.id}`}>{v.case.caseNumber}</Link> : "—"}</td>
                <td>
                  {v.actorId} <span className="hint">{v.windowId ?? ""}</span>
                </td>
                <td>
                  <code className="evidence">{v.evidence}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function useStep() {
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  async function run(fn: () => Promise<{ errors: FieldErrorFieldsFragment[] }>, after: () => void) {
    setFailure(null);
    try {
      const r = await fn();
      setErrors(r.errors);
      if (r.errors.length === 0) after();
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  return { errors, failure, run };
}

function Complaints({ scope, session }: { scope: string; session: Session }) {
  const q = useQuery(ComplaintsDocument, { centreId: scope });
  const [state, setState] = useState<string | null>(null);
  const all = q.data?.complaints ?? [];
  const byState = Object.keys(COMPLAINT_STATE).map((s) => ({ name: COMPLAINT_STATE[s]!, value: all.filter((c) => c.state === s).length, key: s }));
  const shown = state ? all.filter((c) => c.state === state) : all;
  return (
    <div className="columns">
      <FileComplaintForm scope={scope} session={session} onDone={q.reload} />
      <div>
        {q.loading && !q.data ? <Loading /> : null}
        <ErrorBox error={q.error} />
        {q.data && all.length === 0 ? <Empty>本范围没有投诉。左侧可登记电话、投诉箱、网上或当面投诉。</Empty> : null}
        {all.length > 0 ? (
          <Chart
            height={220}
            label={`投诉办理状态:${byState.map((s) => `${s.name} ${s.value}`).join(",")}`}
            option={{ tooltip: {}, grid: { left: 40, right: 20, top: 20, bottom: 30 }, xAxis: { type: "category", data: byState.map((s) => s.name) }, yAxis: { type: "value", minInterval: 1 }, series: [{ type: "bar", data: byState.map((s) => s.value), itemStyle: { color: BLUE } }] }}
            onPick={(name) => setState(byState.find((s) => s.name === name)?.key ?? null)}
          />
        ) : null}
        {state ? (
          <p>
            只看:{label(COMPLAINT_STATE, state)}{" "}
            <button type="button" className="link" onClick={() => setState(null)}>
              显示全部
            </button>
          </p>
        ) : null}
        <ul className="list" data-testid="complaints">
          {shown.map((c) => (
            <ComplaintRow key={c.id} c={c} onDone={q.reload} />
          ))}
        </ul>
      </div>
    </div>
  );
}

function FileComplaintForm({ scope, session, onDone }: { scope: string; session: Session; onDone(): void }) {
  const [channel, setChannel] = useState<ComplaintChannel>("PHONE");
  const [against, setAgainst] = useState<ComplaintTarget>("WINDOW");
  const [target, setTarget] = useState("");
  const [content, setContent] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [ok, setOk] = useState(false);
  const s = useStep();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOk(false);
    void s.run(
      async () =>
        (
          await request(FileComplaintDocument, {
            input: {
              centreId: scope,
              channel,
              against,
              windowId: against === "WINDOW" ? target.trim() || null : null,
              person: against === "PERSON" ? target.trim() || null : null,
              caseNumber: against === "CASE" ? target.trim() || null : null,
              content,
              complainantName: name.trim() || null,
              complainantPhone: phone.trim() || null,
            },
          })
        ).fileComplaint,
      () => {
        setOk(true);
        setContent("");
        setTarget("");
        onDone();
      },
    );
  };
  const targetField = against === "WINDOW" ? "windowId" : against === "PERSON" ? "person" : "caseNumber";
  return (
    <form className="action" onSubmit={submit} aria-label="登记投诉">
      <h2>登记投诉</h2>
      <Select label="渠道" name="channel" value={channel} onChange={(v) => setChannel(v as ComplaintChannel)} options={Object.entries(COMPLAINT_CHANNEL).map(([value, l]) => ({ value, label: l }))} error={errorFor(s.errors, "channel")} />
      <Select label="投诉对象" name="against" value={against} onChange={(v) => setAgainst(v as ComplaintTarget)} options={Object.entries(COMPLAINT_TARGET).map(([value, l]) => ({ value, label: l }))} error={errorFor(s.errors, "against")} />
      <Field label={against === "WINDOW" ? "窗口编号" : against === "PERSON" ? "工作人员" : "办件编号"} name="target" value={target} onChange={setTarget} placeholder={against === "WINDOW" ? `${scope}-A01` : ""} error={errorFor(s.errors, targetField)} />
      <Field label="投诉内容" name="content" value={content} onChange={setContent} multiline required error={errorFor(s.errors, "content")} />
      <Field label="投诉人(可不填)" name="complainantName" value={name} onChange={setName} error={errorFor(s.errors, "complainantName")} />
      <Field label="联系电话(可不填)" name="complainantPhone" value={phone} onChange={setPhone} inputMode="tel" error={errorFor(s.errors, "complainantPhone")} />
      <PayloadErrors errors={s.errors} shown={["channel", "against", targetField, "content", "complainantName", "complainantPhone"]} />
      <ErrorBox error={s.failure} />
      {ok ? <p className="ok">已登记投诉</p> : null}
      <button type="submit" className="primary">
        登记
      </button>
    </form>
  );
}

function ComplaintRow({ c, onDone }: { c: ComplaintFieldsFragment; onDone(): void }) {
  const [assignee, setAssignee] = useState("");
  const [days, setDays] = useState("");
  const [reply, setReply] = useState("");
  const [feedback, setFeedback] = useState<ComplaintFeedback>("SATISFIED");
  const [note, setNote] = useState("");
  const s = useStep();
  const target = c.against === "WINDOW" ? c.windowId : c.against === "PERSON" ? c.person : c.case?.caseNumber;
  return (
    <li data-complaint={c.id}>
      <div className="row">
        <strong>
          {label(COMPLAINT_CHANNEL, c.channel)} · 针对{label(COMPLAINT_TARGET, c.against)} {target ?? ""}
        </strong>
        <span>
          {c.light ? <span className={`light light-${c.light.toLowerCase()}`}>{label(LIGHT, c.light)}</span> : null} {label(COMPLAINT_STATE, c.state)}
        </span>
      </div>
      <span>{c.content}</span>
      <span className="meta">
        {c.centre.name} · 登记 {c.receivedOn}
        {c.complainantName ? ` · 投诉人 ${c.complainantName}` : ""}
        {c.assignedTo ? ` · 承办人 ${c.assignedTo},期限 ${c.dueOn}` : ""}
        {c.reply ? ` · 答复(${c.repliedOn}):${c.reply}` : ""}
        {c.feedback ? ` · 反馈:${c.feedback === "SATISFIED" ? "满意" : "不满意"}${c.feedbackNote ? `(${c.feedbackNote})` : ""}` : ""}
      </span>
      {c.state === "RECEIVED" ? (
        <form className="inline" onSubmit={(e) => { e.preventDefault(); void s.run(async () => (await request(AssignComplaintDocument, { id: c.id, assignee, handlingDays: days ? Number(days) : null })).assignComplaint, onDone); }}>
          <Field label="承办人" value={assignee} onChange={setAssignee} error={errorFor(s.errors, "assignee")} />
          <Field label="办理时限(工作日,默认按中心设置)" value={days} onChange={setDays} inputMode="numeric" error={errorFor(s.errors, "handlingDays")} />
          <button type="submit">交办</button>
        </form>
      ) : null}
      {c.state === "ASSIGNED" ? (
        <form className="inline" onSubmit={(e) => { e.preventDefault(); void s.run(async () => (await request(ReplyToComplaintDocument, { id: c.id, reply })).replyToComplaint, onDone); }}>
          <Field label="答复内容" value={reply} onChange={setReply} error={errorFor(s.errors, "reply")} />
          <button type="submit">答复</button>
        </form>
      ) : null}
      {c.state === "REPLIED" ? (
        <form className="inline" onSubmit={(e) => { e.preventDefault(); void s.run(async () => (await request(CloseComplaintDocument, { id: c.id, feedback, note: note || null })).closeComplaint, onDone); }}>
          <Select label="投诉人反馈" value={feedback} onChange={(v) => setFeedback(v as ComplaintFeedback)} options={[{ value: "SATISFIED", label: "满意" }, { value: "UNSATISFIED", label: "不满意" }]} />
          <Field label="反馈说明" value={note} onChange={setNote} error={errorFor(s.errors, "note")} />
          <button type="submit">办结</button>
        </form>
      ) : null}
      <PayloadErrors errors={s.errors} shown={["assignee", "handlingDays", "reply", "note"]} />
      <ErrorBox error={s.failure} />
    </li>
  );
}

const LEVEL_COLOURS: Record<string, string> = { VERY_SATISFIED: GREEN, SATISFIED: "#6cbf84", BASICALLY_SATISFIED: "#9db4c8", UNSATISFIED: YELLOW, VERY_UNSATISFIED: RED };

function Ratings({ scope }: { scope: string }) {
  const q = useQuery(RatingsDocument, { centreId: scope });
  const [level, setLevel] = useState<string | null>(null);
  const all = q.data?.ratings ?? [];
  const mix = Object.keys(RATING_LEVEL).map((l) => ({ name: RATING_LEVEL[l]!, value: all.filter((r) => r.level === l).length, color: LEVEL_COLOURS[l], key: l }));
  const shown = level ? all.filter((r) => r.level === level) : all.filter((r) => r.rectifyDue);
  return (
    <>
      {q.loading && !q.data ? <Loading /> : null}
      <ErrorBox error={q.error} />
      {q.data && all.length === 0 ? <Empty>本范围尚无好差评。申请人办结后可在“办件评价”页评价。</Empty> : null}
      {all.length > 0 ? <Chart label={`评价构成:${mix.map((m) => `${m.name} ${m.value}`).join(",")}`} option={pie("评价", mix.filter((m) => m.value > 0))} onPick={(name) => setLevel(mix.find((m) => m.name === name)?.key ?? null)} /> : null}
      <h2>
        {level ? `评价:${label(RATING_LEVEL, level)}` : "差评回访整改"}
        {level ? (
          <button type="button" className="link" onClick={() => setLevel(null)}>
            {" "}
            只看差评
          </button>
        ) : null}
      </h2>
      {q.data && all.length > 0 && shown.length === 0 ? <Empty>没有需要回访整改的差评。</Empty> : null}
      <ul className="list" data-testid="ratings">
        {shown.map((r) => (
          <RatingRow key={r.id} r={r} onDone={q.reload} />
        ))}
      </ul>
    </>
  );
}

function RatingRow({ r, onDone }: { r: RatingFieldsFragment; onDone(): void }) {
  const [text, setText] = useState("");
  const [rectified, setRectified] = useState(true);
  const s = useStep();
  return (
    <li>
      <div className="row">
        <strong>
          {label(RATING_LEVEL, r.level)} · {r.case ? <Link to={`/case/${r.case.id}`}>{r.case.caseNumber}</Link> : ""} {r.case?.itemName ?? ""}
        </strong>
        {r.light ? <span className={`light light-${r.light.toLowerCase()}`}>{label(LIGHT, r.light)}</span> : null}
      </div>
      <span>{r.comment ?? "(无评价内容)"}</span>
      <span className="meta">
        {r.centre.name} · 窗口 {r.windowId} · 评价 {r.ratedOn}
        {r.rectifyDue ? ` · 整改期限 ${r.rectifyDue}` : ""}
        {r.followUp ? ` · 回访:${r.followUp}(${r.followedBy}${r.rectifiedOn ? `,${r.rectifiedOn} 整改完成` : ""})` : ""}
      </span>
      {r.rectifyDue && !r.rectifiedOn ? (
        <form className="inline" onSubmit={(e) => { e.preventDefault(); void s.run(async () => (await request(FollowUpRatingDocument, { id: r.id, followUp: text, rectified })).followUpRating, onDone); }}>
          <Field label="回访整改情况" value={text} onChange={setText} error={errorFor(s.errors, "followUp")} />
          <label className="check">
            <input type="checkbox" checked={rectified} onChange={(e) => setRectified(e.target.checked)} /> 已整改完成
          </label>
          <button type="submit">记录回访</button>
        </form>
      ) : null}
      <PayloadErrors errors={s.errors} shown={["followUp"]} />
      <ErrorBox error={s.failure} />
    </li>
  );
}

function BulletinView({ scope, onDrill }: { scope: string; onDrill(centreId?: string, lights?: Light[]): void }) {
  const today = todayInShanghai();
  const [kind, setKind] = useState<PeriodKind>("MONTH");
  const [year, setYear] = useState(today.slice(0, 4));
  const [number, setNumber] = useState(String(Number(today.slice(5, 7))));
  const [by, setBy] = useState<BulletinLevel>("CENTRE");
  const period = { kind, year: Number(year) || 0, number: kind === "YEAR" ? null : Number(number) || null };
  const q = useQuery(BulletinDocument, { centreId: scope, period, by });
  const [exportError, setExportError] = useState<Error | null>(null);
  const b = q.data?.bulletin;
  // Only those with cases are scored; the others are 无办件, listed apart, never ranked first.
  const ranking = (q.data?.ranking ?? []).filter((r) => r.score !== null);
  const idle = (q.data?.ranking ?? []).filter((r) => r.score === null);
  // The server prints the lines (本级, then each centre below with its tiers): screen, chart and export agree.
  const figs = (r: NonNullable<typeof b>["lines"][number]) => r.figures;
  async function download(format: "CSV" | "XLSX") {
    setExportError(null);
    try {
      const f = (await request(BulletinExportDocument, { centreId: scope, period, by, format })).bulletinExport;
      downloadBase64(f.base64, f.filename, f.contentType);
    } catch (err) {
      setExportError(toApiError(err));
    }
  }
  const rows = b?.lines ?? [];
  const volume: ChartOption = {
    tooltip: { trigger: "axis" },
    legend: { data: ["受理", "按时办结", "超期办结"] },
    grid: { left: 40, right: 40, bottom: 70, top: 40 },
    xAxis: { type: "category", data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 } },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: "受理", type: "bar", data: rows.map((r) => figs(r).accepted), itemStyle: { color: BLUE } },
      { name: "按时办结", type: "bar", stack: "c", data: rows.map((r) => figs(r).onTime), itemStyle: { color: GREEN } },
      { name: "超期办结", type: "bar", stack: "c", data: rows.map((r) => figs(r).late), itemStyle: { color: RED } },
    ],
  };
  const rank: ChartOption = {
    tooltip: { trigger: "axis" },
    grid: { left: 140, right: 40, top: 10, bottom: 30 },
    xAxis: { type: "value", max: 100 },
    yAxis: { type: "category", inverse: true, data: ranking.map((r) => `${r.rank}. ${r.name}`) },
    series: [{ name: "得分", type: "bar", data: ranking.map((r) => r.score), itemStyle: { color: BLUE }, label: { show: true, position: "right" } }],
  };
  const keyOfName = (name: string) => rows.find((r) => r.name === name) ?? ranking.find((r) => name.endsWith(r.name));
  const pick = (name: string) => {
    const row = keyOfName(name);
    if (by === "CENTRE" && row) onDrill(row.key);
    else if (row) onDrill(scope);
  };
  return (
    <>
      <div className="row">
        <div className="grid4">
          <Select label="周期" name="periodKind" value={kind} onChange={(v) => setKind(v as PeriodKind)} options={[{ value: "MONTH", label: "月度" }, { value: "QUARTER", label: "季度" }, { value: "YEAR", label: "年度" }]} />
          <Field label="年" name="year" value={year} onChange={setYear} inputMode="numeric" />
          {kind !== "YEAR" ? <Field label={kind === "MONTH" ? "月" : "季"} name="number" value={number} onChange={setNumber} inputMode="numeric" /> : null}
          <Select label="统计对象" name="by" value={by} onChange={(v) => setBy(v as BulletinLevel)} options={[{ value: "CENTRE", label: "中心" }, { value: "DEPARTMENT", label: "部门" }, { value: "WINDOW", label: "窗口" }]} />
        </div>
        <div className="actions">
          <button type="button" onClick={() => void download("CSV")}>
            导出 CSV
          </button>
          <button type="button" onClick={() => void download("XLSX")}>
            导出 Excel
          </button>
        </div>
      </div>
      <ErrorBox error={exportError ?? q.error} />
      {q.loading && !q.data ? <Loading /> : null}
      {b ? (
        <>
          <h2 data-testid="bulletin-period">
            {b.period}办件通报({b.from} 至 {b.to})
          </h2>
          <div className="tiles">
            <div className="tile"><span className="tile-title">受理</span><span className="tile-value">{b.total.accepted}</span></div>
            <div className="tile"><span className="tile-title">办结</span><span className="tile-value">{b.total.concluded}</span></div>
            <div className="tile tile-red"><span className="tile-title">超期办结</span><span className="tile-value">{b.total.late}</span></div>
            <div className="tile"><span className="tile-title">按时办结率</span><span className="tile-value">{percent(b.total.onTimeRate)}</span></div>
            <div className="tile"><span className="tile-title">满意率</span><span className="tile-value">{percent(b.total.satisfactionRate)}</span></div>
            <div className="tile"><span className="tile-title">违规 / 投诉</span><span className="tile-value">{b.total.violations} / {b.total.complaints}</span></div>
          </div>
          {rows.length === 0 ? <Empty>本周期没有可通报的数据。</Empty> : null}
          {rows.length > 0 ? (
            <div className="charts">
              <div>
                <h3>办件量与按时办结</h3>
                <Chart label={`各${by === "CENTRE" ? "中心" : by === "DEPARTMENT" ? "部门" : "窗口"}受理与办结`} option={volume} onPick={pick} />
              </div>
              <div>
                <h3>考核排名(得分)</h3>
                {ranking.length ? <Chart label={`排名:${ranking.map((r) => `${r.rank} ${r.name} ${r.score}`).join(",")}`} option={rank} onPick={pick} height={Math.max(200, ranking.length * 36 + 40)} /> : <Empty>本周期没有办件,不作排名。</Empty>}
                {idle.length ? (
                  <p className="hint" data-testid="ranking-idle">
                    无办件(不参加排名):{idle.map((r) => r.name).join("、")}
                  </p>
                ) : null}
              </div>
            </div>
          ) : null}
          {rows.length > 0 ? (
            <table className="table" data-testid="bulletin">
              <thead>
                <tr>
                  <th>名称</th>
                  <th>受理</th>
                  <th>不予受理</th>
                  <th>办结</th>
                  <th>按时</th>
                  <th>超期</th>
                  <th>按时办结率</th>
                  <th>平均用时/承诺(工作日)</th>
                  <th>证照超期</th>
                  <th>违规</th>
                  <th>投诉</th>
                  <th>满意率</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const f = figs(r);
                  return (
                    <tr key={r.key}>
                      <td>
                        {by === "CENTRE" ? (
                          <button type="button" className="link" onClick={() => onDrill(r.key)}>
                            {r.name}
                          </button>
                        ) : (
                          r.name
                        )}
                      </td>
                      <td className="num">{f.accepted}</td>
                      <td className="num">{f.notAccepted}</td>
                      <td className="num">{f.concluded}</td>
                      <td className="num">{f.onTime}</td>
                      <td className="num">{f.late}</td>
                      <td className="num">{percent(f.onTimeRate)}</td>
                      <td className="num">
                        {f.averageUsedDays?.toFixed(1) ?? "—"} / {f.averagePromisedDays?.toFixed(1) ?? "—"}
                      </td>
                      <td className="num">{f.licenceLate}</td>
                      <td className="num">{f.violations}</td>
                      <td className="num">{f.complaints}</td>
                      <td className="num">{percent(f.satisfactionRate)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function Standard({ scope, session }: { scope: string; session: Session }) {
  const centre = useQuery(SubCentresDocument, { centreId: scope });
  const c = centre.data?.centre;
  const townships = c ? (c.tier === "TOWNSHIP" ? (c.id === session.centreId ? [] : [c]) : c.children.filter((x) => x.tier === "TOWNSHIP")) : [];
  const [chosen, setChosen] = useState("");
  const township = townships.find((t) => t.id === chosen) ?? townships[0];
  if (centre.loading && !c) return <Loading />;
  if (centre.error) return <ErrorBox error={centre.error} />;
  if (townships.length === 0) return <Empty>建设标准由上级中心考核乡镇(街道)中心。请在“监察范围”中选择一个区(县级市),或选择其下的乡镇中心。</Empty>;
  return (
    <>
      <Select label="乡镇(街道)中心" name="township" value={township!.id} onChange={setChosen} options={townships.map((t) => ({ value: t.id, label: t.name }))} />
      <Assessments key={township!.id} centreId={township!.id} name={township!.name} />
    </>
  );
}

function Assessments({ centreId, name }: { centreId: string; name: string }) {
  const q = useQuery(StandardAssessmentsDocument, { centreId });
  const [date, setDate] = useState(todayInShanghai());
  const [area, setArea] = useState("");
  const [met, setMet] = useState<Record<string, boolean>>({});
  const [evidence, setEvidence] = useState<Record<string, string>>({});
  const [note, setNote] = useState("");
  const [ok, setOk] = useState(false);
  const s = useStep();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOk(false);
    void s.run(
      async () =>
        (
          await request(AssessTownshipCentreDocument, {
            centreId,
            input: {
              assessedOn: date,
              officeAreaM2: Number(area) || 0,
              criteria: STANDARD_CRITERIA.map(([code]) => ({ code, met: Boolean(met[code]), evidence: evidence[code]?.trim() || null })),
              note: note.trim() || null,
            },
          })
        ).assessTownshipCentre,
      () => {
        setOk(true);
        q.reload();
      },
    );
  };
  const list = q.data?.standardAssessments ?? [];
  const criterionError = (i: number) => errorFor(s.errors, `criteria.${i}.evidence`) ?? errorFor(s.errors, `criteria.${i}.met`) ?? errorFor(s.errors, `criteria.${i}.code`);
  return (
    <div className="columns">
      <form className="action" onSubmit={submit} aria-label="建设标准考核">
        <h2>考核 {name}</h2>
        <div className="grid2">
          <Field label="考核日期" type="date" value={date} onChange={setDate} error={errorFor(s.errors, "assessedOn")} />
          <Field label="办公面积(平方米)" value={area} onChange={setArea} inputMode="numeric" hint="不少于80平方米为达标" error={errorFor(s.errors, "officeAreaM2")} />
        </div>
        <table className="table">
          <tbody>
            {STANDARD_CRITERIA.map(([code, text], i) => (
              <tr key={code}>
                <td>
                  <label className="check">
                    <input type="checkbox" checked={Boolean(met[code])} onChange={(e) => setMet({ ...met, [code]: e.target.checked })} /> {text}
                  </label>
                </td>
                <td>
                  <Field label={`${text} 证据`} value={evidence[code] ?? ""} onChange={(v) => setEvidence({ ...evidence, [code]: v })} error={criterionError(i)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Field label="备注" value={note} onChange={setNote} error={errorFor(s.errors, "note")} />
        <PayloadErrors errors={s.errors} shown={["assessedOn", "officeAreaM2", "note", ...STANDARD_CRITERIA.flatMap((_, i) => [`criteria.${i}.evidence`, `criteria.${i}.met`, `criteria.${i}.code`])]} />
        <ErrorBox error={s.failure} />
        {ok ? <p className="ok">已记录考核</p> : null}
        <button type="submit" className="primary">
          记录考核
        </button>
      </form>
      <div>
        <h2>考核记录</h2>
        {q.loading && !q.data ? <Loading /> : null}
        <ErrorBox error={q.error} />
        {q.data && list.length === 0 ? <Empty>尚未考核。</Empty> : null}
        <ul className="list">
          {list.map((a) => (
            <li key={a.id}>
              <strong>
                {a.assessedOn} · 达标率 {percent(a.shareMet)} {a.compliant ? "· 全部达标" : ""}
              </strong>
              <span className="meta">
                {a.assessedByCentre.name} {a.assessedBy} · 办公面积 {a.officeAreaM2} 平方米 · 未达标:{a.criteria.filter((x) => !x.met).map((x) => x.name).join("、") || "无"}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
