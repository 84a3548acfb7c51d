import { type FormEvent, useState } from "react";
import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { GuideDocument, NetworkDocument, SearchGuidesDocument, UpperTierItemsDocument } from "../generated/graphql.ts";
import { AUTHORITY, HANDLING, ITEM_KIND, label, MATERIAL_FORM, PROCEDURE, TIER } from "../labels.ts";
import { navigate, useLocation } from "../router.ts";
import { Empty, ErrorBox, Loading, Select } from "../ui.tsx";

/** 办事指南检索: items a centre accepts, by keyword, across departments. Public, phone-friendly. */
export function GuideSearchPage() {
  const { query } = useLocation();
  const centreId = query.get("centre") ?? "320213";
  const keyword = query.get("q") ?? "";
  const [text, setText] = useState(keyword);
  const network = useQuery(NetworkDocument, {});
  const result = useQuery(SearchGuidesDocument, { centreId, keyword: keyword || null, first: 30 });
  const tier = network.data?.centres.find((c) => c.id === centreId)?.tier;
  const upper = useQuery(UpperTierItemsDocument, { centreId }, tier !== "TOWNSHIP");
  const upperShown = (tier === "TOWNSHIP" ? (upper.data?.upperTierItems ?? []) : []).filter((u) => !keyword || u.item.content.name.includes(keyword));
  const go = (c: string, q: string) => navigate(`/guide?centre=${encodeURIComponent(c)}&q=${encodeURIComponent(q)}`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go(centreId, text.trim());
  };
  return (
    <section className="card">
      <h1>办事指南</h1>
      <form className="search" onSubmit={submit} role="search">
        {network.data ? (
          <Select label="办事地点" name="centre" value={centreId} onChange={(c) => go(c, keyword)} options={network.data.centres.map((c) => ({ value: c.id, label: c.name }))} />
        ) : null}
        <div className="field grow">
          <label htmlFor="q">事项名称或关键词</label>
          <input id="q" name="q" value={text} onChange={(e) => setText(e.target.value)} placeholder="如:营业执照、食品经营" />
        </div>
        <button type="submit" className="primary">
          查询
        </button>
      </form>
      {result.loading && !result.data ? <Loading /> : null}
      <ErrorBox error={result.error} />
      {result.data ? (
        result.data.searchGuides.totalCount === 0 ? (
          <Empty>本中心没有受理与“{keyword}”相关的事项。可换个关键词,或选择上级中心。</Empty>
        ) : (
          <>
            <p className="hint">共 {result.data.searchGuides.totalCount} 项</p>
            <ul className="list">
              {result.data.searchGuides.nodes.map((g) => (
                <li key={g.item.code}>
                  <Link to={`/guide/${centreId}/${g.item.code}`}>
                    <strong>{g.item.content.name}</strong>
                  </Link>
                  <span className="meta">
                    {g.item.department.short} · {label(ITEM_KIND, g.item.content.kind)} · {label(HANDLING, g.item.content.handling)} ·{" "}
                    {g.item.content.promisedDays === 0 ? "当场办结" : `承诺 ${g.item.content.promisedDays} 个工作日`}
                    {g.windows.length ? ` · ${g.windows.map((w) => `${w.number}窗口`).join("、")}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      ) : null}
      {upperShown.length > 0 ? (
        <>
          <h2>上级中心受理的事项</h2>
          <p className="hint">以下事项本中心不受理,请到所列中心办理;上报件可在本中心递交,无需前往上级中心。</p>
          <ul className="list">
            {upperShown.map((u) => (
              <li key={u.item.code}>
                <Link to={`/guide/${u.handledAt.id}/${u.item.code}`}>
                  <strong>{u.item.content.name}</strong>
                </Link>
                <span className="meta">
                  {u.item.department.short} · {label(HANDLING, u.item.content.handling)} · {u.handledAt.name}
                  {u.escalated ? " · 上报件" : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** 办事指南: everything a person needs before coming, from the centre's replica of the catalogue. */
export function GuidePage({ centreId, itemCode }: { centreId: string; itemCode: string }) {
  const { data, error, loading } = useQuery(GuideDocument, { centreId, itemCode });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} />;
  const g = data?.guide;
  if (!g) return <Empty>本中心不受理该事项。<Link to={`/guide?centre=${centreId}`}>返回检索</Link></Empty>;
  const c = g.item.content;
  return (
    <article className="card guide">
      <p>
        <Link to={`/guide?centre=${centreId}`}>← 返回检索</Link>
      </p>
      <h1>{c.name}</h1>
      <p className="meta">
        事项编码 {g.item.code} · 第 {g.item.version} 版(自 {g.item.effectiveFrom} 起施行) · {g.item.department.name}
      </p>
      <dl className="facts">
        <dt>事项类型</dt>
        <dd>{label(ITEM_KIND, c.kind)}</dd>
        <dt>办件类型</dt>
        <dd>{label(HANDLING, c.handling)}</dd>
        <dt>承诺期限</dt>
        <dd>{c.promisedDays === 0 ? "即办(当场办结)" : `${c.promisedDays} 个工作日`}</dd>
        <dt>法定期限</dt>
        <dd>{c.statutoryDays} 个工作日</dd>
        <dt>办理地点</dt>
        <dd>
          {g.centre.name} {g.windows.map((w) => `${w.number} ${w.name}`).join("、")}
          <br />
          <span className="hint">
            {g.centre.address} · {g.centre.hours} · {g.centre.phone}
          </span>
        </dd>
        <dt>权限</dt>
        <dd>
          {label(AUTHORITY, g.authority)}
          {g.escalated ? `(上报件:由${g.decidedAt?.name ?? "上级"}决定,申请人无需前往上级中心)` : ""}
        </dd>
        <dt>受理层级</dt>
        <dd>{c.acceptingTiers.map((t) => TIER[t]).join("、")}</dd>
        <dt>预约 / 代办</dt>
        <dd>
          {g.appointmentAvailable ? "可预约" : "不预约"} · {g.agentServiceAvailable ? "提供免费代办服务" : "不提供代办"}
        </dd>
      </dl>
      <h2>设定依据</h2>
      <p>{c.legalBasis}</p>
      <h2>申报条件</h2>
      <ol>
        {c.conditions.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ol>
      <h2>申报材料</h2>
      <table className="table">
        <thead>
          <tr>
            <th>材料</th>
            <th>是否必需</th>
            <th>形式</th>
            <th>份数</th>
            <th>可电子提交</th>
          </tr>
        </thead>
        <tbody>
          {c.materials.map((m) => (
            <tr key={m.name}>
              <td className="name">{m.name}</td>
              <td data-label="是否必需">{m.required ? "必需" : `${m.condition ?? "视情况"}提交`}</td>
              <td data-label="形式">{MATERIAL_FORM[m.form]}</td>
              <td data-label="份数">{m.copies}</td>
              <td data-label="可电子提交">{m.electronicAccepted ? "是" : "否"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>办事程序</h2>
      <ol>
        {c.steps.map((s) => (
          <li key={s.order}>
            {s.name}
            {s.days ? `(${s.days} 个工作日)` : ""}
          </li>
        ))}
      </ol>
      {c.clockStoppingProcedures.length ? <p className="hint">以下特别程序所需时间不计入办理期限:{c.clockStoppingProcedures.map((p) => PROCEDURE[p]).join("、")}</p> : null}
      <h2>收费标准</h2>
      {c.fees.length === 0 ? (
        <p>不收费</p>
      ) : (
        <ul>
          {c.fees.map((f) => (
            <li key={f.code}>
              {f.name}:{(f.amountFen / 100).toFixed(2)} 元{f.unit ? ` / ${f.unit}` : ""}(依据:{f.legalBasis})
            </li>
          ))}
        </ul>
      )}
      <h2>咨询与投诉</h2>
      <p>
        咨询电话 {c.contacts.consultationPhone} · 投诉电话 {c.contacts.complaintPhone}
      </p>
      <h2>救济途径</h2>
      <p>
        行政复议:{c.appeal.reconsideration};行政诉讼:{c.appeal.litigation}
      </p>
    </article>
  );
}
