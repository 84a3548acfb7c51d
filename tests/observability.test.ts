import { Writable } from "node:stream";
import { accessLog, InMemorySpanExporter, type ReadableSpan } from "@wuxi/service-kit";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, complete, promisedItem, publishAndStation, zhangSan } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

let net: TestNetwork;
const spans = new InMemorySpanExporter();
const logs: string[] = [];
beforeAll(async () => {
  net = await startTestNetwork({ notificationAdapters: [{ channel: "SMS", deliver: async () => {} }], traceExporter: spans, logs });
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
    await intakeThroughMarket();
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

  it("shows how far the oversight projector is behind the case history, and 0 once it has caught up", async () => {
    net.setToday(null);
    await intakeThroughMarket();
    const behind = await scrape(net.services.centre!.url);
    expect(series(behind, "projector_lag_seconds", { service: "centre", projector: "oversight-stats" })).toBeGreaterThan(0);
    await (net.services.centre as unknown as { background: { projectNow(): Promise<number> } }).background.projectNow();
    const caughtUp = await scrape(net.services.centre!.url);
    expect(series(caughtUp, "projector_lag_seconds", { service: "centre", projector: "oversight-stats" })).toBe(0);
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

/** One intake whose answer names the item from the market department's own catalogue: gateway → centre → market. */
const INTAKE_WITH_ITEM = `mutation Intake($input: IntakeInput!) {
  intakeCase(input: $input) { case { caseNumber item { code ... on MarketItem { name version } } } errors { code } }
}`;
async function intakeThroughMarket() {
  const r = await net.query(INTAKE_WITH_ITEM, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA01);
  expect(r.body.errors).toBeUndefined();
  return r.body.data.intakeCase.case as { caseNumber: string; item: { name: string } };
}

/** The span tree of one trace, one line per span: its scope (the service), its name, its depth. */
export function spanTree(trace: ReadableSpan[]): string {
  const children = (id: string | undefined) => trace.filter((s) => s.parentSpanId === id).sort((a, b) => a.startTime[0] - b.startTime[0] || a.startTime[1] - b.startTime[1]);
  const ids = new Set(trace.map((s) => s.spanContext().spanId));
  const roots = trace.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
  const lines: string[] = [];
  const walk = (s: ReadableSpan, depth: number) => {
    const ms = (s.duration[0] * 1e3 + s.duration[1] / 1e6).toFixed(1);
    lines.push(`${"  ".repeat(depth)}${s.instrumentationLibrary.name}: ${s.name} (${ms} ms)`);
    for (const c of children(s.spanContext().spanId)) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return lines.join("\n");
}

describe("a trace of one intake (W3C traceparent from the gateway to the SQL)", () => {
  it("links the gateway, the centre, the market department and their SQL in one trace, with nothing personal in it", async () => {
    net.setToday("2026-03-02");
    spans.reset();
    const intake = await intakeThroughMarket();
    expect(intake.item.name).toBe("测试承诺件");
    // The gateway's server span ends after its answer is written: wait for it, not for a time.
    const isRequest = (s: ReadableSpan) => s.instrumentationLibrary.name === "gateway" && s.name === "POST /graphql" && !s.parentSpanId;
    await expect.poll(() => spans.getFinishedSpans().some(isRequest)).toBe(true);
    const root = spans.getFinishedSpans().find(isRequest)!;
    const trace = spans.getFinishedSpans().filter((s) => s.spanContext().traceId === root.spanContext().traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => byId.get(s.parentSpanId ?? "");
    const under = (s: ReadableSpan, ancestor: ReadableSpan): boolean => s.parentSpanId === ancestor.spanContext().spanId || (parentOf(s) !== undefined && under(parentOf(s)!, ancestor));

    const centre = trace.filter((s) => s.instrumentationLibrary.name === "centre" && s.name.startsWith("POST /graphql"));
    const market = trace.filter((s) => s.instrumentationLibrary.name === "market" && s.name.startsWith("POST /graphql"));
    expect(centre.length).toBeGreaterThanOrEqual(1);
    expect(market.length).toBeGreaterThanOrEqual(1);
    // Each subgraph's server span is the child of the gateway's fetch of that subgraph (its
    // traceparent), itself below the request; the centre is fetched first, the market with its answer.
    for (const [server, subgraph] of [[centre[0]!, "centre"], [market[0]!, "market"]] as const) {
      const fetchSpan = parentOf(server)!;
      expect(fetchSpan.name).toBe(`fetch ${subgraph}`);
      expect(fetchSpan.instrumentationLibrary.name).toBe("gateway");
      expect(under(fetchSpan, root)).toBe(true);
    }
    expect(centre[0]!.startTime[0] * 1e9 + centre[0]!.startTime[1]).toBeLessThan(market[0]!.startTime[0] * 1e9 + market[0]!.startTime[1]);
    // The centre's statements hang below its server span: the intake writes the case and its event.
    const sql = trace.filter((s) => s.instrumentationLibrary.name === "@wuxi/db");
    const centreSql = sql.filter((s) => centre.some((c) => under(s, c)));
    expect(centreSql.map((s) => s.name)).toEqual(expect.arrayContaining(["insert cases", "insert case_events"]));
    expect(sql.filter((s) => market.some((m) => under(s, m))).length).toBeGreaterThanOrEqual(1);
    expect(centreSql.every((s) => typeof s.attributes["db.query.text"] === "string")).toBe(true);

    // The statement text only: parameters (the applicant's name, ID number, phone) never reach a span.
    const everything = JSON.stringify(trace.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })));
    for (const personal of [zhangSan.idNumber, zhangSan.phone, zhangSan.name]) expect(everything).not.toContain(personal);
    // The access lines of the gateway and of both subgraphs name this trace, though the client sent no traceparent.
    const access = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.log === "access" && l.trace === root.spanContext().traceId);
    expect(new Set(access.map((l) => l.service ?? l.name))).toEqual(new Set(["gateway", "centre", "market"]));
    if (process.env.PRINT_TRACE) process.stdout.write(`${spanTree(trace)}\n`);
  });
});
