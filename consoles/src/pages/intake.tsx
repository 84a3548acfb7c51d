import { validateCreditCode, validateMobile, validateResidentId } from "@wuxi/validators";
import { type FormEvent, useEffect, useMemo, useState } from "react";
import { request, toApiError, useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import {
  IntakeCaseDocument,
  type IntakeCaseMutation,
  type MaterialStatus,
  type NonAcceptanceGround,
  RefuseToAcceptDocument,
  WindowItemsDocument,
  type WindowItemsQuery,
} from "../generated/graphql.ts";
import { HANDLING, label, MATERIAL_FORM, MATERIAL_STATUS } from "../labels.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, errorFor, Field, Loading, PayloadErrors, Select } from "../ui.tsx";
import { NoticeView } from "./notice-view.tsx";

type Item = NonNullable<ReturnType<typeof stationedItems>>[number];

function stationedItems(data: WindowItemsQuery | undefined, windowId: string) {
  const window = data?.centre?.windows.find((w) => w.id === windowId);
  return window?.stationings.flatMap((s) => (s.item ? [{ ...s.item, authority: s.authority }] : []));
}

/** Stationings whose item is missing because its department's system cannot be reached. */
function unavailableCount(data: WindowItemsQuery | undefined, windowId: string): number {
  const window = data?.centre?.windows.find((w) => w.id === windowId);
  return window?.stationings.filter((s) => !s.item).length ?? 0;
}

/** 收件受理: find an item stationed at this window, then the intake wizard. */
export function IntakePage({ session }: { session: Session }) {
  // Partial: with one department down the others' items are still offered at the counter.
  const items = useQuery(WindowItemsDocument, { centreId: session.centreId! }, false, { partial: true });
  const [keyword, setKeyword] = useState("");
  const [chosen, setChosen] = useState<Item | null>(null);
  const all = stationedItems(items.data, session.windowId!);
  const unavailable = unavailableCount(items.data, session.windowId!);
  const shown = (all ?? []).filter((i) => !keyword || (i.name ?? "").includes(keyword) || i.code.includes(keyword.toUpperCase()));
  // An Enter pressed while the window's items are still loading is kept, not lost: it takes the
  // first match as soon as they arrive.
  const [enterPending, setEnterPending] = useState(false);
  useEffect(() => {
    if (enterPending && all) {
      setEnterPending(false);
      if (shown[0]) setChosen(shown[0]);
    }
  }, [enterPending, all, shown]);

  if (chosen) return <IntakeWizard item={chosen} session={session} onBack={() => setChosen(null)} />;
  return (
    <section className="card">
      <h1>收件受理 · {session.windowName}</h1>
      <div className="field">
        <label htmlFor="item-search">检索本窗口进驻的事项</label>
        <input
          id="item-search"
          autoFocus
          value={keyword}
          onChange={(e) => setKeyword(e.target.value)}
          onKeyDown={(e) => {
            // At the counter: type a few characters, Enter takes the first match.
            if (e.key !== "Enter") return;
            if (!all) setEnterPending(true);
            else if (shown[0]) setChosen(shown[0]);
          }}
          placeholder="事项名称或编码,回车选择第一项"
        />
      </div>
      {items.loading && !items.data ? <Loading /> : null}
      <ErrorBox error={items.error} />
      {unavailable > 0 ? (
        <p className="notice-line" role="status">
          该部门系统暂不可用:本窗口有 {unavailable} 个事项暂时无法显示,其他事项照常受理。
        </p>
      ) : null}
      {all && shown.length === 0 && !(all.length === 0 && unavailable > 0) ? <Empty>{all.length === 0 ? "本窗口尚未进驻事项,请联系中心管理员。" : "没有匹配的事项。"}</Empty> : null}
      <ul className="list">
        {shown.map((i) => (
          <li key={i.code}>
            <button type="button" className="item-button" onClick={() => setChosen(i)}>
              <strong>{i.name}</strong>
              <span className="meta">
                {i.code} · {label(HANDLING, i.handling)} · {i.promisedDays === 0 ? "即办" : `承诺 ${i.promisedDays} 个工作日`} ·{" "}
                {i.authority === "ACCEPT_AND_DECIDE" ? "本窗口决定" : "仅受理"}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface Check {
  /** "" until the clerk has examined the material: nothing is presumed submitted. */
  status: MaterialStatus | "";
  note: string;
}

function IntakeWizard({ item, session, onBack }: { item: Item; session: Session; onBack(): void }) {
  const [kind, setKind] = useState<"PERSON" | "ORGANISATION">("PERSON");
  const [name, setName] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const [creditCode, setCreditCode] = useState("");
  const [phone, setPhone] = useState("");
  const [contactName, setContactName] = useState("");
  const [agentId, setAgentId] = useState("");
  const materials = item.materials ?? [];
  const [checks, setChecks] = useState<Record<string, Check>>(() =>
    Object.fromEntries(materials.map((m) => [m.name, { status: "", note: "" }])),
  );
  const [refusing, setRefusing] = useState(false);
  const [ground, setGround] = useState<NonAcceptanceGround>("OUTSIDE_COMPETENCE");
  const [reason, setReason] = useState("");
  const [competentBody, setCompetentBody] = useState("");
  const [result, setResult] = useState<IntakeCaseMutation["intakeCase"] | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);

  // Checked as typed with the same validators the server uses.
  const idCheck = idNumber.length >= 18 ? validateResidentId(idNumber) : null;
  const creditCheck = creditCode.length >= 18 ? validateCreditCode(creditCode) : null;
  const phoneCheck = kind === "PERSON" && phone.length >= 11 ? validateMobile(phone) : null;
  const localIdError = idCheck && !idCheck.ok ? idCheck.message : idNumber.length > 18 ? "身份证号码应为18位" : null;
  const localCreditError = creditCheck && !creditCheck.ok ? creditCheck.message : null;
  const localPhoneError = phoneCheck && !phoneCheck.ok ? phoneCheck.message : null;
  const errors = result?.errors;

  const [unexamined, setUnexamined] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    // A case nobody examined must not be accepted by pressing Enter: every material needs a verdict.
    // A refusal to accept (不予受理) decides on competence, not on the materials: no checklist needed.
    const open = refusing ? [] : materials.filter((m) => !checks[m.name]!.status).map((m) => m.name);
    setUnexamined(open);
    if (open.length > 0) {
      document.querySelector<HTMLSelectElement>(`select[aria-label="${CSS.escape(`${open[0]} 核验结果`)}"]`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const input = {
        windowId: session.windowId!,
        itemCode: item.code,
        applicant:
          kind === "PERSON"
            ? { kind, name: name.trim(), idNumber: idNumber.trim(), phone: phone.trim() }
            : { kind, name: name.trim(), creditCode: creditCode.trim(), phone: phone.trim(), contactName: contactName.trim() },
        agentId: agentId.trim() || null,
        materials: materials
          .filter((m) => checks[m.name]!.status)
          .map((m) => ({ name: m.name, status: checks[m.name]!.status as MaterialStatus, note: checks[m.name]!.note || null })),
        reviewNow: !refusing,
        idempotencyKey: refusing ? `${idempotencyKey}-r` : idempotencyKey,
      };
      const intake = (await request(IntakeCaseDocument, { input })).intakeCase;
      if (!refusing || intake.errors.length || !intake.case) {
        setResult(intake);
        return;
      }
      const refused = (await request(RefuseToAcceptDocument, { caseId: intake.case.id, input: { ground, reason: reason.trim(), competentBody: competentBody.trim() || null } })).refuseToAccept;
      setResult(refused);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  if (result?.case && result.errors.length === 0) {
    return (
      <section className="card">
        <h1>
          {result.case.state === "AWAITING_SUPPLEMENT" ? "已出具一次性告知书" : result.case.state === "NOT_ACCEPTED" ? "已出具不予受理通知书" : "已受理"}
        </h1>
        <p className="result-line">
          办件编号 <strong data-testid="case-number">{result.case.caseNumber}</strong> · 查询码 <strong data-testid="query-code">{result.case.queryCode}</strong>
          {result.case.clock.deadline ? (
            <>
              {" "}
              · 办结期限 <strong>{result.case.clock.deadline}</strong>
            </>
          ) : null}
        </p>
        {result.notice ? <NoticeView notice={result.notice} caseId={result.case.id} pdfBase64={result.notice.pdfBase64} /> : null}
        <div className="actions">
          <Link to={`/case/${result.case.id}`} className="button">
            查看办件
          </Link>
          <button type="button" onClick={onBack} autoFocus>
            受理下一件
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card">
      <p>
        <button type="button" className="link" onClick={onBack}>
          ← 重新选择事项
        </button>
      </p>
      <h1>
        {item.name} <span className="tag">{label(HANDLING, item.handling)}</span>
      </h1>
      <form onSubmit={submit} className="wizard">
        <fieldset>
          <legend>1. 申请人</legend>
          <div className="radios" role="radiogroup" aria-label="申请人类别">
            <label>
              <input type="radio" name="kind" checked={kind === "PERSON"} onChange={() => setKind("PERSON")} /> 个人
            </label>
            <label>
              <input type="radio" name="kind" checked={kind === "ORGANISATION"} onChange={() => setKind("ORGANISATION")} /> 单位
            </label>
          </div>
          <div className="grid2">
            <Field label={kind === "PERSON" ? "姓名" : "单位名称"} name="name" value={name} onChange={setName} required autoFocus error={errorFor(errors, "applicant.name")} />
            {kind === "PERSON" ? (
              <Field
                label="居民身份证号码"
                name="idNumber"
                value={idNumber}
                onChange={(v) => setIdNumber(v.toUpperCase())}
                required
                error={localIdError ?? errorFor(errors, "applicant.idNumber")}
                hint={idNumber.length < 18 ? `18位,还差 ${18 - idNumber.length} 位` : idCheck?.ok ? "✓ 号码有效" : undefined}
              />
            ) : (
              <Field
                label="统一社会信用代码"
                name="creditCode"
                value={creditCode}
                onChange={(v) => setCreditCode(v.toUpperCase())}
                required
                error={localCreditError ?? errorFor(errors, "applicant.creditCode")}
                hint={creditCode.length < 18 ? `18位,还差 ${18 - creditCode.length} 位` : creditCheck?.ok ? "✓ 代码有效" : undefined}
              />
            )}
            <Field
              label={kind === "PERSON" ? "手机号码" : "联系电话"}
              name="phone"
              type="tel"
              inputMode="tel"
              value={phone}
              onChange={setPhone}
              required
              error={localPhoneError ?? errorFor(errors, "applicant.phone")}
            />
            {kind === "ORGANISATION" ? (
              <Field label="联系人" name="contactName" value={contactName} onChange={setContactName} required error={errorFor(errors, "applicant.contactName")} />
            ) : null}
            <Field label="代办员编号(代办时填写)" name="agentId" value={agentId} onChange={setAgentId} error={errorFor(errors, "agentId")} />
          </div>
        </fieldset>
        <fieldset>
          <legend>2. 申报材料核验(第 {item.version} 版目录)</legend>
          {materials.length === 0 ? <Empty>本事项无需提交材料。</Empty> : null}
          <table className="table checklist">
            <thead>
              <tr>
                <th>材料</th>
                <th>形式 / 份数</th>
                <th>核验结果</th>
                <th>说明(缺少或需补正时写明)</th>
              </tr>
            </thead>
            <tbody>
              {materials.map((m, i) => {
                const c = checks[m.name]!;
                const set = (patch: Partial<Check>) => setChecks((all) => ({ ...all, [m.name]: { ...c, ...patch } }));
                const err =
                  (unexamined.includes(m.name) && !c.status ? "请核验该材料:已提交、缺少、需补正" + (m.required ? "" : "或不适用") : null) ??
                  errorFor(errors, `materials.${i}`) ??
                  errorFor(errors, `materials.${i}.status`);
                return (
                  <tr key={m.name} data-material={m.name} className={err ? "invalid" : ""}>
                    <td>
                      {m.name}
                      <br />
                      <span className="hint">{m.required ? "必需" : `${m.condition ?? ""}`}</span>
                      {err ? <span className="field-error">{err}</span> : null}
                    </td>
                    <td>
                      {MATERIAL_FORM[m.form]} × {m.copies}
                    </td>
                    <td>
                      <select aria-label={`${m.name} 核验结果`} value={c.status} onChange={(e) => set({ status: e.target.value as MaterialStatus })} aria-invalid={err ? true : undefined}>
                        <option value="" disabled>
                          未核验(请选择)
                        </option>
                        {(["PROVIDED", "MISSING", "DEFECTIVE", ...(m.required ? [] : ["NOT_APPLICABLE"])] as MaterialStatus[]).map((s) => (
                          <option key={s} value={s}>
                            {MATERIAL_STATUS[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input aria-label={`${m.name} 说明`} value={c.note} onChange={(e) => set({ note: e.target.value })} disabled={c.status === "" || c.status === "PROVIDED" || c.status === "NOT_APPLICABLE"} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {unexamined.some((n) => !checks[n]?.status) ? (
            <p className="field-error" role="alert">
              还有 {unexamined.filter((n) => !checks[n]?.status).length} 项材料未核验:请逐项选择核验结果后再提交。
            </p>
          ) : null}
          <p className="hint">每项材料须逐项核验(默认未核验)。有缺少或需补正的材料时,提交后自动出具一次性告知书,一次列明全部需补正的内容。</p>
        </fieldset>
        <fieldset>
          <legend>3. 受理结论</legend>
          <div className="radios">
            <label>
              <input type="radio" name="outcome" checked={!refusing} onChange={() => setRefusing(false)} /> 审查材料并受理(材料不全即出具一次性告知书)
            </label>
            <label>
              <input type="radio" name="outcome" checked={refusing} onChange={() => setRefusing(true)} /> 不予受理
            </label>
          </div>
          {refusing ? (
            <div className="grid2">
              <Select
                label="不予受理情形"
                name="ground"
                value={ground}
                onChange={(v) => setGround(v as NonAcceptanceGround)}
                options={[
                  { value: "OUTSIDE_COMPETENCE", label: "不属于本机关职权范围" },
                  { value: "NOT_LICENCE_MATTER", label: "依法不需要取得行政许可" },
                ]}
              />
              <Field label="理由" name="reason" value={reason} onChange={setReason} required multiline error={errorFor(errors, "reason")} />
              <Field label="有权机关" name="competentBody" value={competentBody} onChange={setCompetentBody} error={errorFor(errors, "competentBody")} hint="不属于本机关职权范围时,告知申请人向哪个机关申请" />
            </div>
          ) : null}
        </fieldset>
        <PayloadErrors errors={errors} shown={["applicant.name", "applicant.idNumber", "applicant.creditCode", "applicant.phone", "applicant.contactName", "agentId", "reason", "competentBody", ...materials.map((_, i) => `materials.${i}`)]} />
        <ErrorBox error={failure} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || Boolean(localIdError || localCreditError || localPhoneError)}>
            {busy ? "提交中…" : refusing ? "出具不予受理通知书" : "提交受理"}
          </button>
        </div>
      </form>
    </section>
  );
}
