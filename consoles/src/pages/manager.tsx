import { type FormEvent, useEffect, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { namespaceOf, only } from "../department.ts";
import {
  AgentsDocument,
  type Authority,
  CentreAdminDocument,
  DepartmentItemsDocument,
  type FieldErrorFieldsFragment,
  HolidayYearDocument,
  LoadHolidayYearDocument,
  RegisterAgentDocument,
  RegisterStaffDocument,
  StationItemDocument,
} from "../generated/graphql.ts";
import { AUTHORITY, HANDLING, label, todayInShanghai } from "../labels.ts";
import { useLocation } from "../router.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, errorFor, Field, Loading, PayloadErrors, Select, Tabs } from "../ui.tsx";
import { AdjustmentApprovals, OversightThresholds } from "./manager-ops.tsx";
import { CaseSearch } from "./case-search.tsx";
import { NextYearReminderBanner } from "./next-year-reminder.tsx";

const TABS = [
  ["stationing", "事项进驻"],
  ["staff", "持证人员"],
  ["agents", "代办员"],
  ["extension", "联办件延期"],
  ["calendar", "节假日"],
  ["adjustments", "作废退款审批"],
  ["oversight", "监察设置"],
] as const;
type Tab = (typeof TABS)[number][0];
const isTab = (key: string | null): key is Tab => TABS.some(([k]) => k === key);

/** 中心管理: stationing, certified staff, agents, extension approval and the calendar. */
export function ManagerPage({ session }: { session: Session }) {
  // ?tab=calendar opens 节假日 directly (the 提示服务 reminder links there).
  const asked = useLocation().query.get("tab");
  const [tab, setTab] = useState<Tab>(isTab(asked) ? asked : "stationing");
  useEffect(() => {
    if (isTab(asked)) setTab(asked);
  }, [asked]);
  return (
    <section className="card">
      <h1>中心管理 · {session.centreName}</h1>
      <NextYearReminderBanner onOpenCalendar={() => setTab("calendar")} />
      <Tabs tabs={TABS} value={tab} onChange={(key) => setTab(key)} />
      {tab === "stationing" ? <Stationing session={session} /> : null}
      {tab === "staff" ? <Staff session={session} /> : null}
      {tab === "agents" ? <Agents session={session} /> : null}
      {tab === "extension" ? <Extension /> : null}
      {tab === "calendar" ? <Calendar /> : null}
      {tab === "adjustments" ? <AdjustmentApprovals session={session} /> : null}
      {tab === "oversight" ? <OversightThresholds session={session} /> : null}
    </section>
  );
}

function useSubmit() {
  const [errors, setErrors] = useState<FieldErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  async function run(fn: () => Promise<{ errors: FieldErrorFieldsFragment[] }>, message: string, after?: () => void) {
    setFailure(null);
    setOk(null);
    try {
      const r = await fn();
      setErrors(r.errors);
      if (r.errors.length === 0) {
        setOk(message);
        after?.();
      }
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  return { errors, failure, ok, run };
}

function Stationing({ session }: { session: Session }) {
  // Partial: one department down leaves the centre, its windows and the other departments' items.
  const centre = useQuery(CentreAdminDocument, { centreId: session.centreId! }, false, { partial: true });
  const windows = (centre.data?.centre?.windows ?? []).filter((w) => w.kind !== "CHARGE");
  const [windowId, setWindowId] = useState("");
  const w = windows.find((x) => x.id === windowId) ?? windows[0];
  const ns = w?.department ? namespaceOf(w.department.id) : null;
  const items = useQuery(DepartmentItemsDocument, ns ? only(ns) : {}, !ns);
  const available = ns && items.data ? (items.data[ns]?.items ?? []) : [];
  const [itemCode, setItemCode] = useState("");
  const [authority, setAuthority] = useState<Authority>("ACCEPT_ONLY");
  const [staffIds, setStaffIds] = useState<string[]>([]);
  const s = useSubmit();
  if (centre.loading && !centre.data) return <Loading />;
  if (!centre.data?.centre) return <ErrorBox error={centre.error ?? "未找到本中心"} />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.run(
      async () => (await request(StationItemDocument, { input: { windowId: w!.id, itemCode, authority, staffIds } })).stationItem,
      "已进驻",
      centre.reload,
    );
  };
  return (
    <>
      <form className="action" onSubmit={submit}>
        <h2>在窗口进驻事项</h2>
        <div className="grid2">
          <Select label="窗口" value={w?.id ?? ""} onChange={setWindowId} options={windows.map((x) => ({ value: x.id, label: `${x.number} ${x.name}` }))} error={errorFor(s.errors, "windowId")} />
          <Select label="事项" value={itemCode} onChange={setItemCode} options={[{ value: "", label: available.length ? "请选择" : "(综合窗口:请填写编码)" }, ...available.map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))]} error={errorFor(s.errors, "itemCode")} />
          <Select label="授权" value={authority} onChange={(v) => setAuthority(v as Authority)} options={Object.entries(AUTHORITY).map(([value, text]) => ({ value, label: text }))} error={errorFor(s.errors, "authority")} />
        </div>
        <fieldset>
          <legend>持证上岗人员(可选;窗口已有持证人员时可不选)</legend>
          {(centre.data.centre.staff ?? []).map((m) => (
            <label key={m.id} className="check">
              <input
                type="checkbox"
                checked={staffIds.includes(m.id)}
                onChange={(e) => setStaffIds(e.target.checked ? [...staffIds, m.id] : staffIds.filter((x) => x !== m.id))}
              />{" "}
              {m.name}({m.certificateNumber}){m.certified ? "" : " · 证书失效"}
            </label>
          ))}
          {errorFor(s.errors, "staffIds") ? <span className="field-error">{errorFor(s.errors, "staffIds")}</span> : null}
        </fieldset>
        <PayloadErrors errors={s.errors} shown={["windowId", "itemCode", "authority", "staffIds"]} />
        <ErrorBox error={s.failure} />
        {s.ok ? <p className="ok">{s.ok}</p> : null}
        <button type="submit" className="primary">
          进驻
        </button>
      </form>
      {w ? (
        <>
          <h2>
            {w.number} {w.name} 的进驻事项
          </h2>
          {w.stationings.length === 0 ? <Empty>尚未进驻事项。</Empty> : null}
          <table className="table">
            <tbody>
              {w.stationings.map((st, i) =>
                st.item ? (
                  <tr key={st.item.code} data-item={st.item.code}>
                    <td>{st.item.code}</td>
                    <td>{st.item.name}</td>
                    <td>{label(HANDLING, st.item.handling)}</td>
                    <td>{label(AUTHORITY, st.authority)}</td>
                  </tr>
                ) : (
                  // Its department's system cannot be reached: the row says so instead of blanking the page.
                  <tr key={`unavailable-${i}`}>
                    <td colSpan={3}>该部门系统暂不可用,事项内容暂缺</td>
                    <td>{label(AUTHORITY, st.authority)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}

function Staff({ session }: { session: Session }) {
  // Partial: one department down leaves the centre, its windows and the other departments' items.
  const centre = useQuery(CentreAdminDocument, { centreId: session.centreId! }, false, { partial: true });
  const [form, setForm] = useState({ id: "", name: "", certificateNumber: "", validFrom: todayInShanghai(), validUntil: "" });
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  const s = useSubmit();
  const staff = centre.data?.centre?.staff ?? [];
  return (
    <>
      <form
        className="action"
        onSubmit={(e) => {
          e.preventDefault();
          void s.run(async () => (await request(RegisterStaffDocument, { centreId: session.centreId!, input: form })).registerStaff, "已登记", centre.reload);
        }}
      >
        <h2>登记持证上岗人员</h2>
        <div className="grid2">
          <Field label="工号" value={form.id} onChange={set("id")} required error={errorFor(s.errors, "id")} />
          <Field label="姓名" value={form.name} onChange={set("name")} required error={errorFor(s.errors, "name")} />
          <Field label="上岗证号" value={form.certificateNumber} onChange={set("certificateNumber")} required error={errorFor(s.errors, "certificateNumber")} />
          <Field label="有效期起" type="date" value={form.validFrom} onChange={set("validFrom")} error={errorFor(s.errors, "validFrom")} />
          <Field label="有效期止" type="date" value={form.validUntil} onChange={set("validUntil")} error={errorFor(s.errors, "validUntil")} />
        </div>
        <PayloadErrors errors={s.errors} shown={["id", "name", "certificateNumber", "validFrom", "validUntil"]} />
        <ErrorBox error={s.failure} />
        {s.ok ? <p className="ok">{s.ok}</p> : null}
        <button type="submit" className="primary">
          登记
        </button>
      </form>
      {centre.loading && !centre.data ? <Loading /> : null}
      {centre.data && staff.length === 0 ? <Empty>尚无登记人员。</Empty> : null}
      {staff.length ? (
        <table className="table">
          <thead>
            <tr>
              <th>工号</th>
              <th>姓名</th>
              <th>上岗证号</th>
              <th>有效期</th>
              <th>状态</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((m) => (
              <tr key={m.id}>
                <td>{m.id}</td>
                <td>{m.name}</td>
                <td>{m.certificateNumber}</td>
                <td>
                  {m.validFrom} 至 {m.validUntil}
                </td>
                <td>{m.certified ? "持证有效" : "证书失效"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Agents({ session }: { session: Session }) {
  const agents = useQuery(AgentsDocument, { centreId: session.centreId! });
  const [form, setForm] = useState({ id: "", name: "", phone: "", course: "代办员岗前培训", completedOn: todayInShanghai(), hours: "8" });
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  const s = useSubmit();
  return (
    <>
      <form
        className="action"
        onSubmit={(e) => {
          e.preventDefault();
          void s.run(
            async () =>
              (
                await request(RegisterAgentDocument, {
                  centreId: session.centreId!,
                  input: { id: form.id, name: form.name, phone: form.phone, trainings: [{ course: form.course, completedOn: form.completedOn, hours: Number(form.hours) || 0 }] },
                })
              ).registerAgent,
            "已登记代办员",
            agents.reload,
          );
        }}
      >
        <h2>登记代办员</h2>
        <div className="grid2">
          <Field label="代办员编号" value={form.id} onChange={set("id")} required error={errorFor(s.errors, "id")} />
          <Field label="姓名" value={form.name} onChange={set("name")} required error={errorFor(s.errors, "name")} />
          <Field label="手机号码" value={form.phone} onChange={set("phone")} required error={errorFor(s.errors, "phone")} />
          <Field label="培训课程" value={form.course} onChange={set("course")} error={errorFor(s.errors, "trainings.0.course")} />
          <Field label="完成日期" type="date" value={form.completedOn} onChange={set("completedOn")} error={errorFor(s.errors, "trainings.0.completedOn")} />
          <Field label="学时" value={form.hours} onChange={set("hours")} error={errorFor(s.errors, "trainings.0.hours")} />
        </div>
        <PayloadErrors errors={s.errors} shown={["id", "name", "phone", "trainings.0.course", "trainings.0.completedOn", "trainings.0.hours"]} />
        <ErrorBox error={s.failure} />
        {s.ok ? <p className="ok">{s.ok}</p> : null}
        <button type="submit" className="primary">
          登记
        </button>
      </form>
      {agents.loading && !agents.data ? <Loading /> : null}
      <ErrorBox error={agents.error} />
      {agents.data && agents.data.agents.length === 0 ? <Empty>本中心尚未登记代办员。</Empty> : null}
      <ul className="list">
        {agents.data?.agents.map((a) => (
          <li key={a.id}>
            <strong>{a.name}</strong>
            <span className="meta">
              {a.id} · {a.phone} · {a.active ? "在岗" : "停用"} · 培训 {a.trainings.reduce((h, t) => h + t.hours, 0)} 学时
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * 联办件延期: only a joint case's extension passes through the centre (Art. 42 para. 2: the government at
 * that level approves, the centre records it). A single-department case's extension is the head of the
 * licensing authority's, in the department console, so the tab says so instead of offering it.
 */
function Extension() {
  return (
    <>
      <p className="hint">联办件延长期限(不超过15个工作日)须经本级人民政府负责人批准,由中心报批后在此登记:按办件编号(或申请人姓名、手机号码)打开联办件,填写延长天数和理由。</p>
      <p className="hint">单一部门办理的办件延长期限,由该部门的本行政机关负责人在部门审批端批准(《行政许可法》第四十二条),中心不能代为批准。</p>
      <CaseSearch />
    </>
  );
}

function Calendar() {
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const shown = useQuery(HolidayYearDocument, { year });
  const [document, setDocument] = useState("");
  const [failure, setFailure] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  async function load(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    setOk(null);
    try {
      const y = (await request(LoadHolidayYearDocument, { document })).loadHolidayYear;
      setOk(`已载入 ${y.year} 年节假日安排`);
      setYear(y.year);
      shown.reload();
    } catch (err) {
      setFailure(toApiError(err));
    }
  }
  const y = shown.data?.holidayYear;
  return (
    <>
      <div className="row">
        <h2>{year} 年节假日安排</h2>
        <div>
          <button type="button" onClick={() => setYear(year - 1)}>
            上一年
          </button>{" "}
          <button type="button" onClick={() => setYear(year + 1)}>
            下一年
          </button>
        </div>
      </div>
      {shown.loading && !shown.data ? <Loading /> : null}
      <ErrorBox error={shown.error} />
      {shown.data && !y ? <Empty>{year} 年的节假日安排尚未载入:期限不能按该年计算。</Empty> : null}
      {y ? (
        <div className="grid2">
          <div>
            <h3>法定节假日({y.holidays.length} 天)</h3>
            <ul className="compact">
              {y.holidays.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>调休上班日({y.makeUpWorkdays.length} 天)</h3>
            <ul className="compact">
              {y.makeUpWorkdays.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            <p className="hint">来源:{y.source}</p>
          </div>
        </div>
      ) : null}
      <form className="action" onSubmit={load}>
        <h3>载入新一年的安排(市级中心管理员)</h3>
        <div className="field">
          <label htmlFor="holiday-doc">国务院办公厅通知(JSON)</label>
          <textarea id="holiday-doc" className="code" rows={6} value={document} onChange={(e) => setDocument(e.target.value)} />
        </div>
        <ErrorBox error={failure} />
        {ok ? <p className="ok">{ok}</p> : null}
        <button type="submit" className="primary" disabled={!document}>
          载入
        </button>
      </form>
    </>
  );
}
