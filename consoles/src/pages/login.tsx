import { type FormEvent, useState } from "react";
import { useQuery } from "../api.ts";
import { homeOf } from "../app.tsx";
import { NetworkDocument } from "../generated/graphql.ts";
import { ROLE, TIER } from "../labels.ts";
import { navigate } from "../router.ts";
import { devLogin, type Role, saveSession } from "../session.ts";
import { ErrorBox, Field, Loading, Select } from "../ui.tsx";

const ROLES = Object.keys(ROLE) as Role[];
const needsCentre = (r: Role) => !["DEPARTMENT_APPROVER", "CATALOGUE_PUBLISHER"].includes(r);
const needsWindow = (r: Role) => r === "WINDOW_CLERK" || r === "CHARGE_CLERK";
const needsDepartment = (r: Role) => r === "DEPARTMENT_APPROVER" || r === "CATALOGUE_PUBLISHER";

/** Development login: pick a role and its scope from the seeded network; the gateway mints the token. */
export function LoginPage({ reason }: { reason?: string }) {
  const network = useQuery(NetworkDocument, {});
  const [role, setRole] = useState<Role>("WINDOW_CLERK");
  const [centreId, setCentreId] = useState("320213");
  const [windowId, setWindowId] = useState("");
  const [departmentId, setDepartmentId] = useState("market");
  const [agentId, setAgentId] = useState("");
  const [head, setHead] = useState(false);
  const [headName, setHeadName] = useState("王建国");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (network.loading && !network.data) return <Loading />;
  if (!network.data) return <ErrorBox error={network.error} />;
  const { centres, departments } = network.data;
  const centre = centres.find((c) => c.id === centreId);
  const windows = (centre?.windows ?? []).filter((w) => (role === "CHARGE_CLERK" ? w.kind === "CHARGE" : w.kind !== "CHARGE"));
  const chosenWindow = windows.find((w) => w.id === windowId) ?? windows[0];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const scope = {
        role,
        centreId: needsCentre(role) ? centreId : undefined,
        windowId: needsWindow(role) ? chosenWindow?.id : undefined,
        departmentId: needsDepartment(role) ? departmentId : undefined,
        id: role === "AGENT" ? agentId.trim() || undefined : undefined,
        // 本机关负责人 approves a single-department extension (Art. 42) and is named on the notice.
        ...(role === "DEPARTMENT_APPROVER" && head ? { head: true, name: headName.trim() || undefined } : {}),
      };
      if (scope.head && !scope.name) throw new Error("请填写负责人姓名(将载明于延长审批期限告知书)");
      if (role === "AGENT" && !scope.id) throw new Error("请填写代办员编号(由中心管理员登记)");
      const { token, id } = await devLogin(scope);
      const dept = departments.find((d) => d.id === departmentId);
      saveSession({
        token,
        id,
        role,
        centreId: scope.centreId,
        centreName: scope.centreId ? centre?.name : undefined,
        windowId: scope.windowId,
        windowName: scope.windowId ? `${centre?.name} ${chosenWindow?.number} ${chosenWindow?.name}` : undefined,
        departmentId: scope.departmentId,
        departmentName: scope.departmentId ? dept?.name : undefined,
        head: scope.head,
        name: scope.name,
      });
      navigate(homeOf(role));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card narrow">
      <h1>工作人员登录(开发环境)</h1>
      {reason ? <p className="notice-line">{reason}</p> : null}
      <p className="hint">选择角色及其所属中心、窗口或部门;登录凭证由服务器签发。</p>
      <form onSubmit={submit}>
        <Select label="角色" name="role" value={role} onChange={(v) => setRole(v as Role)} options={ROLES.map((r) => ({ value: r, label: ROLE[r]! }))} />
        {needsCentre(role) ? (
          <Select
            label="所属中心"
            name="centre"
            value={centreId}
            onChange={(v) => {
              setCentreId(v);
              setWindowId("");
            }}
            options={centres.map((c) => ({ value: c.id, label: `${c.name}(${TIER[c.tier]})` }))}
          />
        ) : null}
        {needsWindow(role) ? (
          <Select
            label="窗口"
            name="window"
            value={chosenWindow?.id ?? ""}
            onChange={setWindowId}
            options={windows.map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
          />
        ) : null}
        {needsDepartment(role) ? (
          <Select label="部门" name="department" value={departmentId} onChange={setDepartmentId} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
        ) : null}
        {role === "DEPARTMENT_APPROVER" ? (
          <div className="field">
            <label className="check">
              <input type="checkbox" checked={head} onChange={(e) => setHead(e.target.checked)} /> 本机关负责人
            </label>
            <span className="hint">负责人可批准本部门单办件延长审批期限(《行政许可法》第四十二条)</span>
          </div>
        ) : null}
        {role === "DEPARTMENT_APPROVER" && head ? <Field label="负责人姓名" name="headName" value={headName} onChange={setHeadName} required hint="载明于延长审批期限告知书" /> : null}
        {role === "AGENT" ? <Field label="代办员编号" name="agentId" value={agentId} onChange={setAgentId} required hint="中心管理员登记代办员时填写的编号" /> : null}
        <ErrorBox error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "登录中…" : "登录"}
        </button>
      </form>
    </section>
  );
}
