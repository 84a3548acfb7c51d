/**
 * Loading a year's holidays recomputes every open clock that runs into it. This prints the time to
 * recompute N open cases (default 100,000; target ≤ 60 s on PostgreSQL).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:recompute -- --cases 100000
 *
 * Set-up: a real test network (gateway and subgraphs, PostgreSQL when DATABASE_URL is set); one
 * 45-working-day case accepted through the gateway on 2026-12-01 while 2027 is provisional; cloned in
 * SQL into N open cases accepted on the 30 days from 2026-11-20 (with their clock watches), so every
 * one of them runs into 2027. Then a hypothetical 2027 arrangement (元旦 01-01–03, 春节 02-05–13,
 * make-up Sundays 01-31 and 02-20) is loaded with the use case itself (`loadHolidayYear`, in process,
 * as the city centre's manager), and its recomputation is timed: every case is read, locked,
 * recomputed, and the moved ones updated with a history entry and the applicant's notification.
 */
import { CalendarStore } from "../subgraphs/centre/src/calendar/calendar-store.ts";
import { loadHolidayYear } from "../subgraphs/centre/src/cases/load-holiday-year.ts";
import { createCentreContext } from "../subgraphs/centre/src/context.ts";
import { departmentsApi } from "../subgraphs/centre/src/departments/department-client.ts";
import { loadDepartments } from "@wuxi/federation";
import { memoryStorage } from "@wuxi/storage";
import { sql } from "drizzle-orm";
import { complete, INTAKE, promisedItem, publishAndStation, zhangSan } from "../tests/support/cases.ts";
import { licenceItem } from "../tests/support/items.ts";
import { databaseUrl, startTestNetwork, TEST_GATEWAY_SECRET } from "../tests/support/network.ts";

const i = process.argv.indexOf("--cases");
const N = i >= 0 ? Number(process.argv[i + 1]) : 100_000;

const longItem = licenceItem("SCJG-XK-972", {
  name: "测试四十五日许可",
  promisedDays: 45,
  statutoryDays: 45,
  statutoryDaysBasis: "《测试条例》第九条:自受理之日起45个工作日内作出决定",
  materials: promisedItem.materials,
  steps: [{ order: 1, name: "受理", days: 0 }, { order: 2, name: "审查", days: 40 }, { order: 3, name: "决定", days: 5 }],
  effectiveFrom: "2025-01-01",
});
const year2027 = {
  year: 2027,
  source: "基准测试数据(假设的2027年安排,非国务院通知)",
  holidays: [
    ...["01", "02", "03"].map((d) => ({ date: `2027-01-${d}`, name: "元旦" })),
    ...["05", "06", "07", "08", "09", "10", "11", "12", "13"].map((d) => ({ date: `2027-02-${d}`, name: "春节" })),
  ],
  makeUpWorkdays: [{ date: "2027-01-31", name: "春节" }, { date: "2027-02-20", name: "春节" }],
};

const net = await startTestNetwork();
try {
  await publishAndStation(net, [promisedItem, longItem]);
  net.setToday("2026-12-01");
  const clerk = { id: "clerk-lx-a01", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A01" };
  const r = await net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: longItem.code, applicant: zhangSan, materials: complete } }, clerk);
  const template = r.body.data.intakeCase.case as { id: string; caseNumber: string };
  const db = net.services.centre!.db;

  const columns = async (table: string) =>
    ((await db.execute(sql`select column_name from information_schema.columns where table_name = ${table} and table_schema = current_schema() order by ordinal_position`)) as unknown as { column_name: string }[] | { rows: { column_name: string }[] })
      .valueOf();
  const names = (x: unknown) => (Array.isArray(x) ? x : (x as { rows: unknown[] }).rows).map((r) => (r as { column_name: string }).column_name);
  const caseColumns = names(await columns("cases"));
  const watchColumns = names(await columns("clock_watches"));
  const caseExpr: Record<string, string> = {
    id: `t.id || '-' || g`,
    case_number: `t.case_number || '-' || g`,
    query_code: `lpad((g % 1000000)::text, 6, '0')`,
    accepted_on: `(date '2026-11-20' + (g % 30))`,
    received_on: `(date '2026-11-20' + (g % 30))`,
    idempotency_key: `null`,
  };
  const t0 = performance.now();
  for (let from = 1; from <= N; from += 20_000) {
    const to = Math.min(N, from + 19_999);
    await db.execute(
      sql.raw(
        `insert into cases (${caseColumns.map((c) => `"${c}"`).join(", ")}) select ${caseColumns.map((c) => caseExpr[c] ?? `t."${c}"`).join(", ")} from cases t, generate_series(${from}, ${to}) g where t.id = '${template.id}'`,
      ),
    );
    await db.execute(
      sql.raw(
        `insert into clock_watches (${watchColumns.map((c) => `"${c}"`).join(", ")}) select ${watchColumns.map((c) => (c === "case_id" ? `w.case_id || '-' || g` : `w."${c}"`)).join(", ")} from clock_watches w, generate_series(${from}, ${to}) g where w.case_id = '${template.id}'`,
      ),
    );
  }
  await db.execute(sql`analyze cases`);
  await db.execute(sql`analyze clock_watches`);
  console.log(`set-up: ${N.toLocaleString("en")} open cases cloned in ${((performance.now() - t0) / 1000).toFixed(1)} s (${databaseUrl ? "PostgreSQL" : "PGlite"})`);

  net.setToday("2026-12-10");
  const departments = loadDepartments();
  const manager = { id: "mgr-city", role: "CENTRE_MANAGER" as const, centreId: "320200" };
  const ctx = createCentreContext(db, departments, manager, {
    now: () => new Date("2026-12-10T02:00:00Z"),
    calendar: new CalendarStore(db),
    departmentsApi: departmentsApi(departments, {}, TEST_GATEWAY_SECRET),
    notificationChannels: [],
    // Recomputation issues no documents; the storage is there because the context carries one.
    storage: memoryStorage(),
    documentSecret: TEST_GATEWAY_SECRET,
  });
  const t1 = performance.now();
  const loaded = await loadHolidayYear(ctx, JSON.stringify(year2027));
  const seconds = (performance.now() - t1) / 1000;
  const { examined, changed, applicantsNotified } = loaded.recomputation;
  console.log(`loadHolidayYear(2027): examined ${examined.toLocaleString("en")}, changed ${changed.toLocaleString("en")}, applicants told ${applicantsNotified.toLocaleString("en")} in ${seconds.toFixed(1)} s (${Math.round(examined / seconds).toLocaleString("en")} cases/s)`);
  const t2 = performance.now();
  const again = await loadHolidayYear(ctx, JSON.stringify(year2027));
  console.log(`the same document again: changed ${again.recomputation.changed} of ${again.recomputation.examined.toLocaleString("en")} in ${((performance.now() - t2) / 1000).toFixed(1)} s`);
  process.exitCode = seconds <= 60 ? 0 : 1;
} finally {
  await net.close();
}
