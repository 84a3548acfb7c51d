import { Writable } from "node:stream";
import { accessLog } from "@wuxi/service-kit";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intake, publishAndStation } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ notificationAdapters: [{ channel: "SMS", deliver: async () => {} }] });
  await publishAndStation(net);
});
afterAll(() => net?.close());

const scrape = async (graphqlUrl: string) => (await fetch(graphqlUrl.replace(/\/graphql$/, "/metrics"))).text();
/** The value of one series: its name and labels, in any order, e.g. series(text, "job_queue_depth", { queue: "notifications" }). */
const series = (text: string, name: string, labels: Record<string, string>) => {
  const line = text
    .split("\n")
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
};

describe("what an operator sees (/metrics, the access log)", () => {
  it("counts operations by name at the gateway and at the centre, and refusals by their code", async () => {
    net.setToday("2026-03-02");
    await intake(net, {});
    // The public may not read a window's queue: a FORBIDDEN refusal, counted by its code.
    const refused = await net.query(`query Forbidden($w: ID!) { windowQueue(windowId: $w) { caseNumber } }`, { w: "320213-A01" });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const gateway = await scrape(net.gatewayUrl);
    expect(gateway).toContain("# TYPE graphql_request_duration_seconds histogram");
    expect(series(gateway, "graphql_request_duration_seconds_count", { service: "gateway", operation: "(anonymous)", type: "mutation" })).toBeGreaterThanOrEqual(1);
    const centre = await scrape(net.services.centre!.url);
    expect(series(centre, "graphql_request_duration_seconds_count", { service: "centre", operation: "(anonymous)", type: "mutation" })).toBeGreaterThanOrEqual(1);
    expect(series(centre, "graphql_errors_total", { operation: "Forbidden", code: "FORBIDDEN" })).toBe(1);
    expect(series(centre, "db_connections", { service: "centre" })).toBeGreaterThanOrEqual(1);
    expect(centre).toContain("process_cpu_seconds_total");
  });

  it("shows the notification queue's depth and age, and that delivery empties it", async () => {
    const before = await scrape(net.services.centre!.url);
    expect(series(before, "job_queue_depth", { service: "centre", queue: "notifications" })).toBeGreaterThanOrEqual(1);
    expect(series(before, "job_queue_oldest_age_seconds", { service: "centre", queue: "notifications" })).toBeGreaterThanOrEqual(0);
    await net.deliverNotifications();
    const after = await scrape(net.services.centre!.url);
    expect(series(after, "job_queue_depth", { service: "centre", queue: "notifications" })).toBe(0);
    expect(series(after, "job_run_duration_seconds_count", { service: "centre", job: "notification-delivery", outcome: "ok" })).toBeGreaterThanOrEqual(1);
    expect(series(after, "replica_lag_seconds", { service: "centre", department: "market" })).toBeGreaterThanOrEqual(0);
  });

  it("writes one access line per request with its operation and trace, and nothing personal", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
    const app = express();
    app.use(express.json(), accessLog(logger));
    app.post("/graphql", (_req, res) => void res.json({ data: {} }));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as { port: number };
    await fetch(`http://127.0.0.1:${port}/graphql?token=secret`, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", authorization: "Bearer abc" },
      body: JSON.stringify({ operationName: "Intake", query: "mutation Intake { x }", variables: { idNumber: "11010519491231002X", phone: "13912345678" } }),
    });
    await new Promise<void>((r) => server.close(() => r()));
    expect(lines).toEqual([
      expect.objectContaining({ log: "access", method: "POST", path: "/graphql", status: 200, operation: "Intake", trace: "4bf92f3577b34da6a3ce929d0e0e4736" }),
    ]);
    const text = JSON.stringify(lines);
    for (const personal of ["11010519491231002X", "13912345678", "secret", "Bearer", "127.0.0.1"]) expect(text).not.toContain(personal);
  });
});
