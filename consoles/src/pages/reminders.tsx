import { useEffect } from "react";
import { useQuery } from "../api.ts";
import { Link } from "../app.tsx";
import { MyRemindersDocument } from "../generated/graphql.ts";
import { CASE_STATE, label, PART_KIND, RECIPIENT, REMINDER_KIND } from "../labels.ts";
import { useLocation } from "../router.ts";
import type { Session } from "../session.ts";
import { Empty, ErrorBox, Loading } from "../ui.tsx";
import { NextYearReminderBanner } from "./next-year-reminder.tsx";

const CLOSED = ["CONCLUDED", "REFUSED", "NOT_ACCEPTED"];

/** 提示服务: the reminders of the clerk's window, the approver's department or the manager's centre, newest first. */
export function RemindersPage({ session }: { session: Session }) {
  const { data, error, loading, reload } = useQuery(MyRemindersDocument, { first: 100 });
  const scope = session.windowName ?? session.departmentName ?? session.centreName ?? "";
  return (
    <section className="card">
      <div className="row">
        <h1>提示服务 · {scope}</h1>
        <button type="button" onClick={reload}>
          刷新
        </button>
      </div>
      {session.role === "CENTRE_MANAGER" ? <NextYearReminderBanner /> : null}
      <p className="hint">临近期限(办结前一个工作日)、已超期和牵头窗口的督办;已办结的办件以灰色显示。</p>
      {loading && !data ? <Loading /> : null}
      <ErrorBox error={error} />
      {data && data.myReminders.length === 0 ? <Empty>暂无提醒。办件临近期限或被督办时会出现在这里。</Empty> : null}
      {data && data.myReminders.length > 0 ? (
        <table className="table" data-testid="reminders">
          <thead>
            <tr>
              <th>提醒</th>
              <th>办件</th>
              <th>事项 / 环节</th>
              <th>期限</th>
              <th>内容</th>
              <th>接收</th>
              <th>日期</th>
            </tr>
          </thead>
          <tbody>
            {data.myReminders.map((r) => (
              <tr key={r.id} className={CLOSED.includes(r.case.state) ? "done" : ""} data-kind={r.kind}>
                <td>
                  <span className={`reminder reminder-${r.kind}`}>{label(REMINDER_KIND, r.kind)}</span>
                </td>
                <td>
                  <Link to={`/case/${r.case.id}`}>{r.case.caseNumber}</Link>
                  <div className="hint">{label(CASE_STATE, r.case.state)}</div>
                </td>
                <td>
                  {r.case.itemName}
                  {r.part ? <div className="hint">{`${label(PART_KIND, r.part.kind)} ${r.part.department.name}`}</div> : null}
                </td>
                <td>{r.deadline}</td>
                <td>{r.message}</td>
                <td>{label(RECIPIENT, r.recipient)}</td>
                <td>{r.createdOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The navigation's badge: how many open cases have reminders, refreshed on every page change. */
export function RemindersBadge() {
  const { path } = useLocation();
  const { data, reload } = useQuery(MyRemindersDocument, { first: 100 });
  useEffect(() => reload(), [path, reload]);
  const open = new Set(data?.myReminders.filter((r) => !CLOSED.includes(r.case.state)).map((r) => r.case.id)).size;
  if (open === 0) return null;
  return (
    <span className="badge" data-testid="reminder-badge" aria-label={`${open}件办件有提醒`}>
      {open}
    </span>
  );
}
