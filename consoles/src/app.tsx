import { Component, lazy, type MouseEvent, type ReactNode, Suspense } from "react";
import { label, ROLE } from "./labels.ts";
import { AgentConsole } from "./pages/agent.tsx";
import { ChargePage } from "./pages/charge.tsx";
import { RatingPage } from "./pages/citizen-rating.tsx";
import { CaseDetailPage } from "./pages/case-detail.tsx";
import { CataloguePage } from "./pages/catalogue.tsx";
import { GuidePage, GuideSearchPage } from "./pages/citizen-guide.tsx";
import { StatusPage } from "./pages/citizen-status.tsx";
import { ApproverPage } from "./pages/approver.tsx";
import { HomePage } from "./pages/home.tsx";
import { IntakePage } from "./pages/intake.tsx";
import { LoginPage } from "./pages/login.tsx";
import { ManagerPage } from "./pages/manager.tsx";
import { QueuePage } from "./pages/queue.tsx";
import { RemindersBadge, RemindersPage } from "./pages/reminders.tsx";
import { match, navigate, useLocation } from "./router.ts";
import { clearSession, type Role, type Session, useSession } from "./session.ts";
import { Loading } from "./ui.tsx";

// The dashboard's charts (echarts) load only when a supervisor opens it: citizens' phones never download them.
const SupervisorPage = lazy(() => import("./pages/supervisor.tsx").then((m) => ({ default: m.SupervisorPage })));

/**
 * Each console is a set of pages under its own path; the navigation shows the pages of the logged-in
 * role.
 */
interface NavItem {
  to: string;
  text: string;
  roles: Role[] | "public";
}
export const NAV: NavItem[] = [
  { to: "/guide", text: "办事指南", roles: "public" },
  { to: "/status", text: "办件查询", roles: "public" },
  { to: "/rate", text: "办件评价", roles: "public" },
  { to: "/window/intake", text: "收件受理", roles: ["WINDOW_CLERK"] },
  { to: "/window/queue", text: "待办队列", roles: ["WINDOW_CLERK"] },
  { to: "/charge", text: "收费窗口", roles: ["CHARGE_CLERK"] },
  { to: "/department/cases", text: "审批决定", roles: ["DEPARTMENT_APPROVER"] },
  { to: "/department/catalogue", text: "事项目录", roles: ["CATALOGUE_PUBLISHER"] },
  { to: "/manager", text: "中心管理", roles: ["CENTRE_MANAGER"] },
  { to: "/supervisor", text: "效能监察", roles: ["SUPERVISOR"] },
  { to: "/agent", text: "代办件", roles: ["AGENT"] },
  // Last: a role's home is its first entry (homeOf).
  { to: "/reminders", text: "提示服务", roles: ["WINDOW_CLERK", "DEPARTMENT_APPROVER", "CENTRE_MANAGER"] },
];

export function homeOf(role: Role): string {
  return NAV.find((n) => n.roles !== "public" && n.roles.includes(role))?.to ?? "/";
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const onClick = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className}>
      {children}
    </a>
  );
}

function page(path: string, session: Session | null): ReactNode {
  let p: Record<string, string> | null;
  if (path === "/" || path === "") return <HomePage />;
  if (path === "/login") return <LoginPage />;
  if (path === "/guide") return <GuideSearchPage />;
  if ((p = match("/guide/:centreId/:itemCode", path))) return <GuidePage centreId={p.centreId!} itemCode={p.itemCode!} />;
  if (path === "/status") return <StatusPage />;
  if (path === "/rate") return <RatingPage />;
  const need = (roles: Role[], node: ReactNode) =>
    session && roles.includes(session.role) ? node : <LoginPage reason={session ? `当前角色(${label(ROLE, session.role)})不能使用此页面` : "请先登录"} />;
  if (path === "/window/intake") return need(["WINDOW_CLERK"], <IntakePage session={session!} />);
  if (path === "/window/queue") return need(["WINDOW_CLERK"], <QueuePage session={session!} />);
  if ((p = match("/case/:id", path))) return need(["WINDOW_CLERK", "DEPARTMENT_APPROVER", "CENTRE_MANAGER", "AGENT", "SUPERVISOR"], <CaseDetailPage id={p.id!} session={session!} />);
  if (path === "/department/cases") return need(["DEPARTMENT_APPROVER"], <ApproverPage session={session!} />);
  if (path === "/reminders") return need(["WINDOW_CLERK", "DEPARTMENT_APPROVER", "CENTRE_MANAGER"], <RemindersPage session={session!} />);
  if (path === "/department/catalogue") return need(["CATALOGUE_PUBLISHER"], <CataloguePage session={session!} />);
  if (path === "/manager") return need(["CENTRE_MANAGER"], <ManagerPage session={session!} />);
  if (path === "/agent") return need(["AGENT"], <AgentConsole />);
  if (path === "/charge") return need(["CHARGE_CLERK"], <ChargePage session={session!} />);
  if (path === "/supervisor")
    return need(
      ["SUPERVISOR"],
      <Suspense fallback={<Loading text="正在加载监察图表…" />}>
        <SupervisorPage session={session!} />
      </Suspense>,
    );
  return <p className="empty">页面不存在。<Link to="/">返回首页</Link></p>;
}

/** A page that throws while rendering shows what happened instead of a blank screen. */
class PageBoundary extends Component<{ path: string; children: ReactNode }, { error: Error | null; path: string }> {
  override state = { error: null as Error | null, path: this.props.path };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  static getDerivedStateFromProps(props: { path: string }, state: { error: Error | null; path: string }) {
    return props.path === state.path ? null : { error: null, path: props.path };
  }
  override render() {
    if (this.state.error) return <div className="error-box" role="alert">页面出错:{this.state.error.message}。请刷新页面或返回首页。</div>;
    return this.props.children;
  }
}

export function App() {
  const { path } = useLocation();
  const session = useSession();
  const items = NAV.filter((n) => n.roles === "public" || (session && n.roles.includes(session.role)));
  const citizen = path.startsWith("/guide") || path.startsWith("/status") || path.startsWith("/rate") || path === "/";
  return (
    <div className={`shell${citizen ? " citizen" : ""}`}>
      <header className="topbar">
        <Link to="/" className="brand">
          无锡市行政服务中心
        </Link>
        <nav aria-label="主导航">
          {items.map((n) => (
            <Link key={n.to} to={n.to} className={path.startsWith(n.to) ? "active" : ""}>
              {n.text}
              {n.to === "/reminders" ? <RemindersBadge /> : null}
            </Link>
          ))}
        </nav>
        <div className="who">
          {session ? (
            <>
              <span>
                {session.head ? `本机关负责人 ${session.name ?? ""}` : label(ROLE, session.role)} · {session.windowName ?? session.departmentName ?? session.centreName ?? ""}
              </span>
              <button
                type="button"
                className="link"
                onClick={() => {
                  clearSession();
                  navigate("/login");
                }}
              >
                退出
              </button>
            </>
          ) : (
            <Link to="/login">工作人员登录</Link>
          )}
        </div>
      </header>
      <main>
        <PageBoundary path={path}>{page(path, session)}</PageBoundary>
      </main>
      <footer>监督投诉电话 12345 · 无锡市三级行政服务体系</footer>
    </div>
  );
}
