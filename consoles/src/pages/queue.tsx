import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { WindowQueueDocument } from "../generated/graphql.ts";
import { CASE_STATE, HANDLING, label } from "../labels.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, Light, Loading, ProvisionalMark } from "../ui.tsx";
import { CaseSearch } from "./case-search.tsx";

/** 待办队列: the window's open cases, soonest deadline first, each with its light. */
export function QueuePage({ session }: { session: Session }) {
  const { data, error, loading, reload } = useQuery(WindowQueueDocument, { windowId: session.windowId! });
  return (
    <>
    <section className="card">
      <div className="row">
        <h1>待办队列 · {session.windowName}</h1>
        <button type="button" onClick={reload}>
          刷新
        </button>
      </div>
      {loading && !data ? <Loading /> : null}
      <ErrorBox error={error} />
      {data && data.windowQueue.length === 0 ? <Empty>本窗口没有待办办件。</Empty> : null}
      {data && data.windowQueue.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th>办件编号</th>
              <th>事项</th>
              <th>申请人</th>
              <th>类型</th>
              <th>状态</th>
              <th>办结期限</th>
              <th>时限</th>
            </tr>
          </thead>
          <tbody>
            {data.windowQueue.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/case/${c.id}`}>{c.caseNumber}</Link>
                </td>
                <td>{c.itemName}</td>
                <td>{c.applicant.name}</td>
                <td>{label(HANDLING, c.handling)}</td>
                <td>{label(CASE_STATE, c.state)}</td>
                <td>
                  {c.clock.deadline ?? (c.clock.suspended ? "暂停中" : "—")}
                  <ProvisionalMark on={c.clock.deadline ? c.clock.provisional : false} />
                </td>
                <td>
                  <Light clocks={c.clocks} suspended={c.clock.suspended} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
      <CaseSearch />
    </>
  );
}
