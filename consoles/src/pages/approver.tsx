import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { DepartmentQueueDocument } from "../generated/graphql.ts";
import { CASE_STATE, HANDLING, label, PART_KIND, PART_STATE, TIER } from "../labels.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, Light, Loading } from "../ui.tsx";
import { CaseSearch } from "./case-search.tsx";

/**
 * 审批决定: the department's cases awaiting its decision in every centre (departmentQueue), soonest
 * deadline first; a joint case shows the department's own part and its clock. Any other case opens by
 * its number or the applicant's name or mobile (办件检索).
 */
export function ApproverPage({ session }: { session: Session }) {
  const { data, error, loading, reload } = useQuery(DepartmentQueueDocument, { first: 100 });
  return (
    <>
      <section className="card">
        <div className="row">
          <h1>待决定办件 · {session.departmentName}</h1>
          <button type="button" onClick={reload}>
            刷新
          </button>
        </div>
        <p className="hint">各级中心本部门的已受理件、已上报至本级的上报件,以及本部门环节尚未办结的联办件,期限最近的在前。</p>
        {loading && !data ? <Loading /> : null}
        <ErrorBox error={error} />
        {data && data.departmentQueue.length === 0 ? <Empty>本部门暂无待决定的办件。</Empty> : null}
        {data && data.departmentQueue.length > 0 ? (
          <table className="table" data-testid="department-queue">
            <thead>
              <tr>
                <th>办件编号</th>
                <th>事项</th>
                <th>申请人</th>
                <th>受理中心</th>
                <th>类型</th>
                <th>状态 / 本部门环节</th>
                <th>期限</th>
                <th>时限</th>
              </tr>
            </thead>
            <tbody>
              {data.departmentQueue.map((c) => {
                const part = c.handling === "JOINT" ? c.parts.find((p) => p.department.id === session.departmentId && (p.state === "OPEN" || p.state === "SUSPENDED")) : undefined;
                const clock = part?.clock ?? c.clock;
                return (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/case/${c.id}`}>{c.caseNumber}</Link>
                    </td>
                    <td>{c.itemName}</td>
                    <td>{c.applicant.name}</td>
                    <td>
                      {c.centre.name}({TIER[c.centre.tier]})
                    </td>
                    <td>{label(HANDLING, c.handling)}</td>
                    <td>{part ? `${label(PART_KIND, part.kind)}环节 ${label(PART_STATE, part.state)}` : label(CASE_STATE, c.state)}</td>
                    <td>{clock.deadline ?? (clock.suspended ? "暂停计时" : "—")}</td>
                    <td>
                      <Light clocks={c.clocks} part={part ? `P${part.seq}` : ""} suspended={clock.suspended} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </section>
      <CaseSearch />
    </>
  );
}
