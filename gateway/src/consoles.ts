import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Actor, missingScope, ROLES, type Role, signUserToken } from "@wuxi/identity";
import express, { type Express } from "express";

/**
 * The browser consoles, served by the gateway so that they and /graphql share one origin (no CORS,
 * no second port). `dir` is the built app (consoles/dist); a path that is not a file gets index.html,
 * the client-side router answers it.
 */
export function serveConsoles(app: Express, dir: string): void {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html"))) throw new Error(`consoles not built: ${root}/index.html is missing (npm run build -w consoles)`);
  app.use(express.static(root, { index: "index.html", maxAge: "1h", setHeaders: noCacheForHtml }));
  app.use((req, res, next) => {
    if (req.method !== "GET" || req.path.startsWith("/graphql") || req.path.startsWith("/dev/")) return next();
    res.setHeader("cache-control", "no-cache");
    res.sendFile(join(root, "index.html"));
  });
}

function noCacheForHtml(res: express.Response, path: string): void {
  if (path.endsWith(".html")) res.setHeader("cache-control", "no-cache");
}

const signable = ROLES.filter((r) => r !== "SYSTEM" && r !== "PUBLIC") as Role[];

/**
 * Development login: POST /dev/token {role, centreId?, windowId?, departmentId?, id?, head?, name?} answers a token
 * signed with AUTH_SECRET, as the identity provider would sign it. Mounted only outside production, so
 * the secret never reaches the browser and a production gateway has no such door.
 */
export function devTokenRoute(app: Express, authSecret: string): void {
  app.post("/dev/token", express.json({ limit: "4kb" }), async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof body[k] === "string" && body[k] !== "" ? (body[k] as string) : undefined);
    const role = text("role") as Role | undefined;
    if (!role || !signable.includes(role)) {
      res.status(400).json({ error: `角色应为 ${signable.join("、")} 之一` });
      return;
    }
    const actor: Actor = {
      id: text("id") ?? `dev-${role === "DEPARTMENT_APPROVER" && body.head === true ? "head" : role.toLowerCase()}-${text("windowId") ?? text("departmentId") ?? text("centreId") ?? "x"}`,
      role,
      centreId: text("centreId"),
      departmentId: text("departmentId"),
      windowId: text("windowId"),
      // 本机关负责人 (Art. 42): only an approver can head the licensing authority; the name goes on the notice.
      ...(role === "DEPARTMENT_APPROVER" && body.head === true ? { head: true, name: text("name")?.slice(0, 40) } : {}),
    };
    const missing = missingScope(actor);
    if (missing.length > 0) {
      const names: Record<string, string> = { centreId: "中心", departmentId: "部门", windowId: "窗口" };
      res.status(400).json({ error: `该角色须选择${missing.map((m) => names[m]).join("和")}` });
      return;
    }
    res.json({ token: await signUserToken(actor, authSecret, "12h"), actor });
  });
}
