import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { MyEntrustedCasesDocument } from "../generated/graphql.ts";
import { Fragment } from "react";
import { CASE_STATE, HANDLING, label, PART_KIND, PART_STATE, TIER } from "../labels.ts";
import { Empty, ErrorBox, Light, Loading } from "../ui.tsx";

/** 代办件: every case entrusted to the agent, across centres and tiers, with its clock and each part's (联办各部门、上报各层级). */
export function AgentConsole() {
  const { data, error, loading, reload } = useQuery(MyEntrustedCasesDocument, {});
  return (
    <section className="card">
      <div className="row">
        <h1>我的代办件</h1>
        <button type="button" onClick={reload}>
          刷新
        </button>
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorBox error={error} />
      {data && data.myEntrustedCases.length === 0 ? <Empty>暂无受托办件。</Empty> : null}
      {data && data.myEntrustedCases.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>办件编号</th>
              <th>事项</th>
              <th>申请人</th>
              <th>中心</th>
              <th>状态</th>
              <th>办结期限</th>
              <th>时限</th>
            </tr>
          </thead>
          <tbody>
            {data.myEntrustedCases.map((c) => (
              <Fragment key={c.id}>
              <tr>
                <td>
                  <Link to={`/case/${c.id}`}>{c.caseNumber}</Link>
                </td>
                <td>
                  {c.itemName}
                  {c.parts.length > 0 ? <div className="hint">{label(HANDLING, c.handling)}</div> : null}
                </td>
                <td>{c.applicant.name}</td>
                <td>
                  {c.centre.name}({TIER[c.centre.tier]})
                </td>
                <td>{label(CASE_STATE, c.state)}</td>
                <td>{c.clock.deadline ?? (c.clock.suspended ? "暂停计时" : "—")}</td>
                <td>{c.state === "CONCLUDED" || c.state === "REFUSED" ? "已办结" : <Light clocks={c.clocks} suspended={c.clock.suspended} />}</td>
              </tr>
              {c.parts.map((p) => (
                <tr key={p.id} className="part-row" data-part={p.kind}>
                  <td />
                  <td colSpan={2}>
                    └ {label(PART_KIND, p.kind)} · {p.department.name}
                  </td>
                  <td>
                    {p.centre.name}
                    {p.window ? ` ${p.window.number}` : ""}
                  </td>
                  <td>
                    {label(PART_STATE, p.state)}
                    {p.late ? <span className="late-mark">超期</span> : null}
                  </td>
                  <td>{p.concludedOn ? `办结 ${p.concludedOn}` : (p.clock.deadline ?? (p.clock.suspended ? "暂停计时" : "—"))}</td>
                  <td>{p.state === "OPEN" || p.state === "SUSPENDED" ? <Light clocks={c.clocks} part={`P${p.seq}`} suspended={p.clock.suspended} /> : null}</td>
                </tr>
              ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
