import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@wuxi/federation";
import { type RunningGateway, startGateway } from "@wuxi/gateway";
import { verifyUserToken } from "@wuxi/identity";
import { createLogger } from "@wuxi/service-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const secret = "test-auth-secret-0123456789-abcdefghijkl";
const dir = mkdtempSync(join(tmpdir(), "wuxi-consoles-static-"));
let dev: RunningGateway;
let production: RunningGateway;

/** The gateway alone (no subgraph is called): development login and serving the built consoles. */
function gateway(devTokens: boolean) {
  return startGateway({
    supergraphSdl: readFileSync(`${repoRoot}schema/supergraph.graphql`, "utf8"),
    subgraphUrls: {},
    authSecret: secret,
    gatewaySecret: "test-gateway-secret-0123456789-abcdefgh",
    port: 0,
    logger: createLogger("gateway", "silent"),
    consolesDir: dir,
    devTokens,
  });
}
const origin = (g: RunningGateway) => g.url.replace(/\/graphql$/, "");
const post = (g: RunningGateway, body: object) =>
  fetch(`${origin(g)}/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

beforeAll(async () => {
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>工作台</title>");
  [dev, production] = await Promise.all([gateway(true), gateway(false)]);
});
afterAll(async () => {
  await Promise.all([dev?.close(), production?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe("development login (POST /dev/token)", () => {
  it("signs a token for a clerk at a window, which the gateway's own verification accepts", async () => {
    const res = await post(dev, { role: "WINDOW_CLERK", centreId: "320213", windowId: "320213-A01" });
    expect(res.status).toBe(200);
    const { token, actor } = (await res.json()) as { token: string; actor: { id: string } };
    expect(await verifyUserToken(token, secret)).toMatchObject({ role: "WINDOW_CLERK", centreId: "320213", windowId: "320213-A01", id: actor.id });
  });

  it("signs the head role (本机关负责人, Art. 42) with its name for an approver only", async () => {
    const head = (await (await post(dev, { role: "DEPARTMENT_APPROVER", departmentId: "market", head: true, name: "王建国" })).json()) as { token: string };
    expect(await verifyUserToken(head.token, secret)).toMatchObject({ role: "DEPARTMENT_APPROVER", departmentId: "market", head: true, name: "王建国", id: "dev-head-market" });
    const clerk = (await (await post(dev, { role: "WINDOW_CLERK", centreId: "320213", windowId: "320213-A01", head: true, name: "王建国" })).json()) as { token: string };
    const claims = await verifyUserToken(clerk.token, secret);
    expect(claims.head).toBeUndefined();
    expect(claims.name).toBeUndefined();
  });

  it("refuses a role without its scope, and the system's own role, in Chinese", async () => {
    const noWindow = await post(dev, { role: "WINDOW_CLERK", centreId: "320213" });
    expect(noWindow.status).toBe(400);
    expect(((await noWindow.json()) as { error: string }).error).toContain("窗口");
    expect((await post(dev, { role: "SYSTEM" })).status).toBe(400);
  });

  it("does not exist on a production gateway", async () => {
    expect((await post(production, { role: "CENTRE_MANAGER", centreId: "320213" })).status).toBe(404);
  });
});

describe("serving the consoles", () => {
  it("answers index.html for a console path, so the client-side router can take it", async () => {
    const res = await fetch(`${origin(dev)}/window/queue`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>工作台</title>");
  });

  it("leaves /graphql to the API", async () => {
    const res = await fetch(dev.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
  });
});
