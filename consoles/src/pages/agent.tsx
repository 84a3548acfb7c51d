import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { MyEntrustedCasesDocument } from "../generated/graphql.ts";
import { CASE_STATE, label, TIER } from "../labels.ts";
import { Empty, ErrorBox, Light, Loading } from "../ui.tsx";

/** 代办件: every case entrusted to the agent, across centres and tiers, with its clock. */
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
              <tr key={c.id}>
                <td>
                  <Link to={`/case/${c.id}`}>{c.caseNumber}</Link>
                </td>
                <td>{c.itemName}</td>
                <td>{c.applicant.name}</td>
                <td>
                  {c.centre.name}({TIER[c.centre.tier]})
                </td>
                <td>{label(CASE_STATE, c.state)}</td>
                <td>{c.clock.deadline ?? (c.clock.suspended ? "暂停计时" : "—")}</td>
                <td>
                  <Light deadline={c.clock.deadline} suspended={c.clock.suspended} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
