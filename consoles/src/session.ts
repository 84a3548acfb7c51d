import { useSyncExternalStore } from "react";

export type Role = "WINDOW_CLERK" | "CHARGE_CLERK" | "DEPARTMENT_APPROVER" | "CATALOGUE_PUBLISHER" | "CENTRE_MANAGER" | "SUPERVISOR" | "AGENT";

export interface Session {
  token: string;
  role: Role;
  id: string;
  centreId?: string;
  centreName?: string;
  windowId?: string;
  windowName?: string;
  departmentId?: string;
  departmentName?: string;
  /** 本机关负责人 (an approver who heads the licensing authority, Art. 42) and the name on the notice. */
  head?: boolean;
  name?: string;
}

const KEY = "wuxi.session";
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

/** The session lives in sessionStorage: one tab, one login; closing the tab logs out. */
export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw !== cached.raw) cached = { raw, session: raw ? (JSON.parse(raw) as Session) : null };
  return cached.session;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l());
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function useSession(): Session | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    currentSession,
  );
}

/** Development login: the gateway mints the token (POST /dev/token); the browser never holds a secret. */
export async function devLogin(input: { role: Role; centreId?: string; windowId?: string; departmentId?: string; id?: string; head?: boolean; name?: string }): Promise<{ token: string; id: string }> {
  const res = await fetch("/dev/token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  const body = (await res.json().catch(() => ({}))) as { token?: string; actor?: { id: string }; error?: string };
  if (res.status === 404) throw new Error("本服务器未开放开发登录(生产环境由统一身份认证登录)");
  if (!res.ok || !body.token) throw new Error(body.error ?? `登录失败(${res.status})`);
  return { token: body.token, id: body.actor!.id };
}
