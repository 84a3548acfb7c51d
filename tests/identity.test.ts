import { GATEWAY_TOKEN_HEADER, signGatewayToken, signUserToken } from "@wuxi/identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNetwork, TEST_AUTH_SECRET, TEST_GATEWAY_SECRET, type TestNetwork } from "./support/network.ts";

const ME = "{ me { id role centreId departmentId windowId } }";
const clerk = { id: "clerk-liangxi-01", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A01" };

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
});
afterAll(() => net?.close());

async function postTo(url: string, headers: Record<string, string>, query = ME) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as any };
}

describe("the gateway verifies who is calling", () => {
  it("passes the verified actor of a signed token to the subgraphs", async () => {
    const { status, body } = await net.query(ME, {}, clerk);
    expect(status).toBe(200);
    expect(body.data.me).toEqual({ ...clerk, departmentId: null });
  });

  it("treats a caller without a token as the public", async () => {
    const { body } = await net.query(ME);
    expect(body.data.me).toMatchObject({ id: "anonymous", role: "PUBLIC", centreId: null });
  });

  it("refuses a token signed with another secret with 401", async () => {
    const forged = await signUserToken({ ...clerk, role: "CENTRE_MANAGER" }, "some-other-secret-0123456789-abcdefghij");
    const { status, body } = await postTo(net.gatewayUrl, { authorization: `Bearer ${forged}` });
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(body.errors[0].message).toBe("登录凭证无效");
  });

  it("refuses an expired token with 401 and says so", async () => {
    const expired = await signUserToken(clerk, TEST_AUTH_SECRET, "-1m");
    const { status, body } = await postTo(net.gatewayUrl, { authorization: `Bearer ${expired}` });
    expect(status).toBe(401);
    expect(body.errors[0].message).toBe("登录凭证已过期,请重新登录");
  });

  it("refuses a clerk's token that names no window", async () => {
    const { windowId: _window, ...noWindow } = clerk;
    const token = await signUserToken(noWindow, TEST_AUTH_SECRET);
    const { status, body } = await postTo(net.gatewayUrl, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.errors[0].message).toBe("登录凭证缺少角色所需的中心、部门或窗口");
  });

  it("ignores identity headers a client sends to the gateway", async () => {
    const smuggled = await signGatewayToken({ id: "x", role: "SUPERVISOR", centreId: "320200" }, TEST_GATEWAY_SECRET);
    const { body } = await postTo(net.gatewayUrl, { [GATEWAY_TOKEN_HEADER]: smuggled, "x-actor": '{"role":"SUPERVISOR"}' });
    expect(body.data.me.role).toBe("PUBLIC");
  });
});

describe("a subgraph answers only the gateway", () => {
  it("refuses a call without the gateway's token with 401", async () => {
    for (const service of Object.values(net.services)) {
      const { status, body } = await postTo(service.url, { "x-actor": '{"role":"CENTRE_MANAGER"}' }, "{ __typename }");
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("refuses a user token presented as the gateway's", async () => {
    const userToken = await signUserToken(clerk, TEST_AUTH_SECRET);
    const { status } = await postTo(net.services.centre!.url, { [GATEWAY_TOKEN_HEADER]: userToken });
    expect(status).toBe(401);
  });

  it("accepts the gateway's signed statement", async () => {
    const token = await signGatewayToken(clerk, TEST_GATEWAY_SECRET);
    const { status, body } = await postTo(net.services.centre!.url, { [GATEWAY_TOKEN_HEADER]: token });
    expect(status).toBe(200);
    expect(body.data.me.id).toBe(clerk.id);
  });
});

describe("the gateway bounds what an operation may ask", () => {
  it("refuses a query nested beyond the allowed depth before planning it", async () => {
    const deep = `{ centre(id: "320213") { ${"children { ".repeat(12)}id${" }".repeat(12)} } }`;
    const { body } = await net.query(deep);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/嵌套层数/);
  });
});
