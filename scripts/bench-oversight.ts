/**
 * npm run bench:oversight [-- --cases 1000000 --batch 1000000 --iterations 20 --scan-iterations 5]
 *
 * Issue 7, item 7. Generates a realistic history straight into the centre's PostgreSQL database and
 * times the oversight dashboards through the real gateway, beside the same figure computed by a plain
 * scan of the cases (SQL sent directly to the database, so the scan is not even charged the gateway's
 * few milliseconds: the ratio understates the gain).
 *
 * The history (`generate` below, INSERT … SELECT over generate_series in batches): `--cases` cases over three years, 2024-01-01 up
 * to yesterday, spread over every stationing of the seeded network (29 centres, the city and districts
 * weighing more than townships), every regime of the seeded catalogues; 1% not accepted, 2.5% refused,
 * 4% decided late (1–5 working days), 1% of licences late; the cases of the last weeks still open (their
 * clocks in clock_watches); 0.2% of cases drew a complaint, 20% of concluded cases a rating (60/25/10/3/2
 * from 非常满意 down). The roll-up rows are then derived in SQL from the same definitions the
 * transitions use (oversight/maintain.ts), so the dashboards read exactly what years of incremental
 * maintenance would have left.
 *
 * Dashboards (city supervisor, 320200):
 *   A. on-time rate by month and district for a year: one request, 12 aliased `bulletin` fields
 *   B. red and yellow counts per centre: `lightCounts`
 *   C. ranking of a quarter: `ranking(by: CENTRE)`
 *   D. the red and yellow list of a district: `clockAlerts(first: 100)`
 * Needs DATABASE_URL (PostgreSQL). Not a test: figures go to docs/performance-oversight.md.
 */
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { addCalendarDays, civilDateOf, HolidayCalendar, loadChineseDaysYears } from "@wuxi/calendar";
import { type Db, openDatabase } from "@wuxi/db";
import { signUserToken } from "@wuxi/identity";
import { sql } from "drizzle-orm";
import { databaseUrl, startTestNetwork, TEST_AUTH_SECRET, type TestNetwork } from "../tests/support/network.ts";
import { interruptible } from "./bench/interrupt.ts";

const { values: args } = parseArgs({
  options: {
    cases: { type: "string", default: "1000000" },
    batch: { type: "string", default: "1000000" },
    iterations: { type: "string", default: "20" },
    "scan-iterations": { type: "string", default: "5" },
  },
});
const total = Number(args.cases);
const batch = Number(args.batch);
const iterations = Number(args.iterations);
const scanIterations = Number(args["scan-iterations"]);
if (!databaseUrl) {
  console.error("bench:oversight needs PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:oversight");
  process.exit(2);
}
if (![total, batch, iterations, scanIterations].every((n) => Number.isInteger(n) && n > 0) || total > 20_000_000) {
  console.error("--cases (≤ 20M), --batch, --iterations and --scan-iterations must be positive integers");
  process.exit(2);
}

const interrupt = interruptible();
let net: TestNetwork | undefined;
let admin: { ownerDb: Db; close(): Promise<void> } | undefined;
const log = (s: string) => console.log(`  ${s}`);

async function rows<T = Record<string, unknown>>(db: Db, q: Parameters<Db["execute"]>[0]): Promise<T[]> {
  const result: any = await db.execute(q);
  return (Array.isArray(result) ? result : result.rows) as T[];
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function timed(n: number, run: () => Promise<void>): Promise<{ p50: number; p99: number }> {
  await run(); // warm-up: plans, caches
  const t: number[] = [];
  for (let i = 0; i < n && !interrupt.signal.aborted; i++) {
    const t0 = performance.now();
    await run();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return { p50: percentile(t, 0.5), p99: percentile(t, 0.99) };
}

/** Working days by index: the generator adds working days by joining on n (2024–2026 from chinese-days, 2027 Monday–Friday). */
async function loadCalendarTable(db: Db): Promise<void> {
  const calendar = new HolidayCalendar(loadChineseDaysYears([2024, 2025, 2026]));
  const days: { d: string; n: number; w: boolean }[] = [];
  let n = 0;
  for (let d = "2024-01-01"; d <= "2027-12-31"; d = addCalendarDays(d, 1)) {
    const working = d < "2027-01-01" ? calendar.isWorkingDay(d) : ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    if (working) n++;
    days.push({ d, n, w: working });
  }
  await db.execute(sql`drop table if exists bench_days, bench_nth`);
  await db.execute(sql`create table bench_days (d date primary key, n int not null, w boolean not null)`);
  await db.execute(sql`insert into bench_days select * from jsonb_to_recordset(${JSON.stringify(days)}::jsonb) as x(d date, n int, w boolean)`);
  /** The n-th working day. */
  await db.execute(sql`create table bench_nth as select n, d from bench_days where w`);
  await db.execute(sql`alter table bench_nth add primary key (n)`);
}

async function generate(db: Db, today: string): Promise<void> {
  await loadCalendarTable(db);
  await db.execute(sql`drop table if exists bench_slots`);
  // Every stationing, weighted by tier (city 6, district 4, township 1) by repeating it.
  await db.execute(sql`create table bench_slots as
    select (row_number() over (order by s.window_id, s.item_code, w.i) - 1)::int as k, s.centre_id, s.window_id, s.item_code, r.version as item_version,
           s.department_id, r.name as item_name, r.document->>'handling' as handling,
           case when r.document->>'handling' = 'IMMEDIATE' then 0 else (r.document->>'promisedDays')::int end as limit_days,
           (r.document->>'statutoryDays')::int as statutory_days
      from stationings s join centres c on c.id = s.centre_id
      join lateral (select * from item_replica r where r.code = s.item_code order by r.version desc limit 1) r on true
      cross join lateral generate_series(1, case c.tier when 'CITY' then 6 when 'COUNTY' then 4 else 1 end) w(i)`);
  await db.execute(sql`alter table bench_slots add primary key (k)`);
  const [{ slots }] = await rows<{ slots: number }>(db, sql`select count(*)::int as slots from bench_slots`) as [{ slots: number }];
  const [{ n0, n1 }] = (await rows<{ n0: number; n1: number }>(db, sql`select (select n from bench_days where d = '2024-01-02') as n0, (select n from bench_days where d = ${addCalendarDays(today, -1)}) as n1`)) as [{ n0: number; n1: number }];
  log(`${slots} weighted stationing slots; receipts on working days ${n0}–${n1} (2024-01-02 … ${addCalendarDays(today, -1)})`);
  for (let lo = 1; lo <= total && !interrupt.signal.aborted; lo += batch) {
    const hi = Math.min(total, lo + batch - 1);
    const t0 = performance.now();
    await db.execute(sql`
      insert into cases (id, centre_id, case_number, query_code, window_id, item_code, item_version, department_id, item_name, handling, state,
                         applicant_kind, applicant_name, applicant_identifier, applicant_phone, clerk_id, received_on, accepted_on,
                         limit_days, statutory_days, extension_days, deadline, decided_on, outcome, licence_due, concluded_on, materials)
      with gen as (
        select g, random() as r1, random() as r2, random() as r3, random() as r4 from generate_series(${lo}::int, ${hi}::int) g
      ), t as (
        select gen.*, s.*, ${n0}::int + floor(gen.r2 * (${n1 - n0 + 1}))::int as rn,
               case when gen.r3 > 0.99 then 'NOT_ACCEPTED' when gen.r3 > 0.965 then 'REFUSED' else 'APPROVED' end as outcome_,
               case when s.limit_days = 0 then 0
                    when gen.r3 < 0.04 then s.limit_days + 1 + floor(gen.r4 * 5)::int
                    else floor(gen.r4 * (s.limit_days + 1))::int end as used,
               case when gen.r4 < 0.01 then 12 else 2 end as licence_after
          from gen join bench_slots s on s.k = floor(gen.r1 * ${slots})::int
      ), d as (
        select t.*, rcv.d as received_on, dl.d as deadline_, dec.d as decided_, lic.d as issued_, due.d as licence_due_
          from t join bench_nth rcv on rcv.n = t.rn join bench_nth dl on dl.n = t.rn + t.limit_days
          join bench_nth dec on dec.n = t.rn + t.used join bench_nth lic on lic.n = t.rn + t.used + t.licence_after
          join bench_nth due on due.n = t.rn + t.used + 10
      ), s as (
        select d.*, case when outcome_ = 'NOT_ACCEPTED' then 'NOT_ACCEPTED' when decided_ > ${today}::date then 'ACCEPTED'
                         when outcome_ = 'REFUSED' then 'REFUSED' when issued_ > ${today}::date then 'APPROVED' else 'CONCLUDED' end as state
          from d
      )
      select 'b' || g, centre_id, centre_id || '-' || extract(year from received_on)::int || '-' || lpad(g::text, 8, '0'), lpad((g % 1000000)::text, 6, '0'),
             window_id, item_code, item_version, department_id, item_name, handling, state,
             case when r1 < 0.5 then 'PERSON' else 'ORGANISATION' end, '申请人' || (g % 997), '32020219800101' || lpad((g % 10000)::text, 4, '0'),
             '139' || lpad((g % 100000000)::text, 8, '0'), window_id || '-01', received_on,
             case when state <> 'NOT_ACCEPTED' then received_on end, limit_days, statutory_days, 0,
             case when state <> 'NOT_ACCEPTED' then deadline_ end,
             case when state in ('APPROVED', 'CONCLUDED', 'REFUSED') then decided_ end,
             case when state in ('APPROVED', 'CONCLUDED') then 'APPROVED' when state = 'REFUSED' then 'REFUSED' end,
             case when state in ('APPROVED', 'CONCLUDED') then licence_due_ end,
             case state when 'CONCLUDED' then issued_ when 'REFUSED' then decided_ when 'NOT_ACCEPTED' then received_on end,
             '[]'::jsonb
        from s`);
    log(`cases ${lo.toLocaleString("en")}–${hi.toLocaleString("en")} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  let t0 = performance.now();
  // 责任追究: every late decision, recorded once (what maintainOversight records at the decision).
  await db.execute(sql`insert into violations (centre_id, case_id, kind, actor_id, actor_role, window_id, detected_at, evidence)
    select c.centre_id, c.id, 'CONCLUDED_LATE', c.clerk_id, 'WINDOW_CLERK', c.window_id, (c.decided_on + time '16:00') at time zone 'Asia/Shanghai',
           jsonb_build_object('caseNumber', c.case_number, 'deadline', c.deadline, 'decidedOn', c.decided_on, 'overdueWorkingDays', b.n - a.n, 'people', jsonb_build_array(c.clerk_id))
      from cases c join bench_days a on a.d = c.deadline join bench_days b on b.d = c.decided_on where c.decided_on > c.deadline`);
  // 投诉: 0.2% of cases; the recent ones still being handled.
  await db.execute(sql`insert into complaints (id, centre_id, channel, against_kind, window_id, case_id, department_id, content, received_on, recorded_by, state,
                         assigned_to, assigned_on, handling_days, due_on, reply, replied_on, feedback, closed_on)
    select 'bc' || c.id, c.centre_id, (array['PHONE','BOX','ONLINE','IN_PERSON'])[1 + (hashtext(c.id) & 3)], 'CASE', c.window_id, c.id, c.department_id,
           '办理时间过长', c.received_on + 3, 'sup-' || c.centre_id,
           case when c.received_on + 3 > ${today}::date - 14 then 'ASSIGNED' else 'CLOSED' end, 'staff-' || c.window_id, c.received_on + 3, 10, n10.d,
           case when c.received_on + 3 <= ${today}::date - 14 then '已核实并整改' end, case when c.received_on + 3 <= ${today}::date - 14 then c.received_on + 10 end,
           case when c.received_on + 3 <= ${today}::date - 14 then 'SATISFIED' end, case when c.received_on + 3 <= ${today}::date - 14 then c.received_on + 12 end
      from cases c join bench_days r on r.d = c.received_on join bench_nth n10 on n10.n = r.n + 13
     where c.received_on + 3 < ${today}::date and (hashtext(c.id || 'complaint') & 1023) < 2`);
  // 好差评: 20% of concluded cases, 60/25/10/3/2; unsatisfied ones followed up.
  await db.execute(sql`insert into ratings (case_id, centre_id, department_id, window_id, level, rated_on, rectify_due, rectify_days, follow_up, followed_by, rectified_on)
    select id, centre_id, department_id, window_id, level, rated_on,
           case when level in ('UNSATISFIED','VERY_UNSATISFIED') then rated_on + 7 end, case when level in ('UNSATISFIED','VERY_UNSATISFIED') then 5 end,
           case when level in ('UNSATISFIED','VERY_UNSATISFIED') and rated_on + 7 < ${today}::date then '已回访整改' end,
           case when level in ('UNSATISFIED','VERY_UNSATISFIED') and rated_on + 7 < ${today}::date then 'sup-' || centre_id end,
           case when level in ('UNSATISFIED','VERY_UNSATISFIED') and rated_on + 7 < ${today}::date then rated_on + 5 end
      from (select c.*, least(c.concluded_on + 1, ${today}::date) as rated_on,
                   case when h < 60 then 'VERY_SATISFIED' when h < 85 then 'SATISFIED' when h < 95 then 'BASICALLY_SATISFIED' when h < 98 then 'UNSATISFIED' else 'VERY_UNSATISFIED' end as level
              from (select c.*, abs(hashtext(c.id || 'level')) % 100 as h from cases c where c.state in ('CONCLUDED','REFUSED') and (hashtext(c.id || 'rate') & 1023) < 205) c) x`);
  log(`violations, complaints, ratings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  // The running clocks of the open cases (watchClocks) and the monthly roll-ups (maintainOversight, recordViolation, fileComplaint, rateCase).
  await db.execute(sql`insert into clock_watches (case_id, part, kind, centre_id, department_id, window_id, due_on, limit_days, holder_kind, holder_id)
    select id, '', 'DEADLINE', centre_id, department_id, window_id, deadline, limit_days + extension_days, 'WINDOW', clerk_id from cases where state = 'ACCEPTED' and deadline is not null
    union all
    select id, '', 'LICENCE', centre_id, department_id, window_id, licence_due, 10, 'DEPARTMENT', department_id from cases where state = 'APPROVED' and licence_due is not null`);
  await db.execute(sql`insert into oversight_stats (month, centre_id, department_id, window_id, handling, accepted, not_accepted, concluded, on_time, late, used_days, promised_days,
                         licence_late, violations, complaints, rated_1, rated_2, rated_3, rated_4, rated_5)
    select month, centre_id, department_id, window_id, handling, sum(accepted), sum(not_accepted), sum(concluded), sum(on_time), sum(late), sum(used_days), sum(promised_days),
           sum(licence_late), sum(violations), sum(complaints), sum(r1), sum(r2), sum(r3), sum(r4), sum(r5)
      from (
        select date_trunc('month', accepted_on)::date as month, centre_id, department_id, window_id, handling, count(*) as accepted, 0 as not_accepted, 0 as concluded,
               0 as on_time, 0 as late, 0 as used_days, 0 as promised_days, 0 as licence_late, 0 as violations, 0 as complaints, 0 as r1, 0 as r2, 0 as r3, 0 as r4, 0 as r5
          from cases where accepted_on is not null group by 1, 2, 3, 4, 5
        union all
        select date_trunc('month', received_on)::date, centre_id, department_id, window_id, handling, 0, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
          from cases where state = 'NOT_ACCEPTED' group by 1, 2, 3, 4, 5
        union all
        select date_trunc('month', c.decided_on)::date, c.centre_id, c.department_id, c.window_id, c.handling, 0, 0, count(*),
               count(*) filter (where c.decided_on <= c.deadline), count(*) filter (where c.decided_on > c.deadline),
               sum(b.n - a.n), sum(c.limit_days + c.extension_days), 0, 0, 0, 0, 0, 0, 0, 0
          from cases c join bench_days a on a.d = c.accepted_on join bench_days b on b.d = c.decided_on where c.decided_on is not null group by 1, 2, 3, 4, 5
        union all
        select date_trunc('month', concluded_on)::date, centre_id, department_id, window_id, handling, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0
          from cases where state = 'CONCLUDED' and concluded_on > licence_due group by 1, 2, 3, 4, 5
        union all
        select date_trunc('month', (detected_at at time zone 'Asia/Shanghai')::date)::date, v.centre_id, coalesce(c.department_id, ''), coalesce(v.window_id, ''), '', 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0
          from violations v left join cases c on c.id = v.case_id group by 1, 2, 3, 4, 5
        union all
        select date_trunc('month', received_on)::date, centre_id, coalesce(department_id, ''), coalesce(window_id, ''), '', 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0
          from complaints group by 1, 2, 3, 4, 5
        union all
        select date_trunc('month', r.rated_on)::date, r.centre_id, r.department_id, r.window_id, c.handling, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               count(*) filter (where r.level = 'VERY_SATISFIED'), count(*) filter (where r.level = 'SATISFIED'), count(*) filter (where r.level = 'BASICALLY_SATISFIED'),
               count(*) filter (where r.level = 'UNSATISFIED'), count(*) filter (where r.level = 'VERY_UNSATISFIED')
          from ratings r join cases c on c.id = r.case_id group by 1, 2, 3, 4, 5
      ) x group by 1, 2, 3, 4, 5`);
  log(`clock watches and roll-ups derived in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  for (const table of ["cases", "violations", "complaints", "ratings", "clock_watches", "oversight_stats"]) await db.execute(sql.raw(`analyze ${table}`));
  log(`analyze in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main(): Promise<void> {
  const today = civilDateOf(new Date());
  const year = Number(today.slice(0, 4));
  console.log(`bench:oversight: ${total.toLocaleString("en")} cases, today ${today}; starting the network …`);
  net = await startTestNetwork();
  const centre = net.services.centre!;
  const [{ database }] = (await rows<{ database: string }>(centre.db, sql`select current_database() as database`)) as [{ database: string }];
  admin = await openDatabase({ service: "centre", schema: {}, migrationsFolder: fileURLToPath(new URL("../subgraphs/centre/drizzle", import.meta.url)), url: databaseUrl, databaseName: database, poolSize: 2 });
  const t0 = performance.now();
  await admin.ownerDb.execute(sql`set statement_timeout = 0`);
  await admin.ownerDb.execute(sql`set work_mem = '64MB'`);
  await generate(admin.ownerDb, today);
  const [{ size }] = (await rows<{ size: string }>(admin.ownerDb, sql`select pg_size_pretty(pg_database_size(current_database())) as size`)) as [{ size: string }];
  const counts = (await rows<Record<string, number>>(admin.ownerDb, sql`select (select count(*) from cases)::int as cases, (select count(*) from clock_watches)::int as watches,
      (select count(*) from oversight_stats)::int as stats, (select count(*) from violations)::int as violations, (select count(*) from complaints)::int as complaints,
      (select count(*) from ratings)::int as ratings`))[0]!;
  console.log(`  history generated in ${((performance.now() - t0) / 1000).toFixed(0)} s; database ${size}; ${JSON.stringify(counts)}`);

  const token = await signUserToken({ id: "sup-320200", role: "SUPERVISOR", centreId: "320200" }, TEST_AUTH_SECRET);
  const post = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(net!.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    return body.data;
  };
  const lastFull = year - 1;
  /** The default threshold: yellow from one working day before the due date (the centre's own calendar). */
  const yellowHorizon = new HolidayCalendar(loadChineseDaysYears([2025, 2026])).addWorkingDays(today, 1);
  const quarter = { kind: "QUARTER", year: lastFull, number: 4 };
  const months = Array.from({ length: 12 }, (_, i) => `m${i + 1}: bulletin(centreId: "320200", period: { kind: MONTH, year: $y, number: ${i + 1} }, by: CENTRE) { rows { key rolledUp { concluded onTimeRate } } }`);
  const dashboards: { name: string; run: () => Promise<unknown>; scan: () => Promise<unknown>; check: (a: any, b: any) => string }[] = [
    {
      name: "0. baseline: `me` through the gateway, `select 1`",
      run: () => post(`query { me { id } }`, {}),
      scan: () => rows(admin!.ownerDb, sql`select 1`),
      check: () => "the gateway's own cost, for scale",
    },
    {
      name: `A1. one month's bulletin by centre, ${lastFull}-06`,
      run: () => post(`query($y: Int!) { ${months[5]} }`, { y: lastFull }),
      scan: () => rows(admin!.ownerDb, sql`
        select case when c.tier = 'TOWNSHIP' then c.parent_id else c.id end as district, count(*) as concluded,
               round(count(*) filter (where k.decided_on <= k.deadline)::numeric / count(*), 4) as on_time_rate
          from cases k join centres c on c.id = k.centre_id where k.decided_on between ${`${lastFull}-06-01`} and ${`${lastFull}-06-30`} group by 1`),
      check: (a, b) => `320213: roll-up ${a.m6.rows.find((x: any) => x.key === "320213").rolledUp.concluded}, scan ${b.find((x: any) => x.district === "320213")?.concluded}`,
    },
    {
      name: `A. on-time rate by month and district, ${lastFull}`,
      run: () => post(`query($y: Int!) { ${months.join("\n")} }`, { y: lastFull }),
      scan: () => rows(admin!.ownerDb, sql`
        select case when c.tier = 'TOWNSHIP' then c.parent_id else c.id end as district, date_trunc('month', k.decided_on) as month,
               count(*) as concluded, round(count(*) filter (where k.decided_on <= k.deadline)::numeric / count(*), 4) as on_time_rate
          from cases k join centres c on c.id = k.centre_id
         where k.decided_on between ${`${lastFull}-01-01`} and ${`${lastFull}-12-31`} group by 1, 2`),
      check: (a, b) => {
        const r = a.m6.rows.find((x: any) => x.key === "320213").rolledUp;
        const s = b.find((x: any) => x.district === "320213" && String(new Date(x.month).getMonth()) === "5");
        return `320213 June: roll-up ${r.concluded} concluded, ${r.onTimeRate} on time; scan ${s?.concluded} / ${s?.on_time_rate}`;
      },
    },
    {
      name: "B. red and yellow counts per centre (today)",
      run: () => post(`query { lightCounts(centreId: "320200") { centre { id } yellow red } }`, {}),
      scan: () => rows(admin!.ownerDb, sql`
        select centre_id, count(*) filter (where due < ${today}::date) as red, count(*) filter (where due >= ${today}::date and due <= ${yellowHorizon}::date) as yellow
          from (select centre_id, case when state = 'ACCEPTED' then deadline else licence_due end as due from cases where state in ('ACCEPTED', 'APPROVED')) x group by 1`),
      check: (a, b) => {
        const r = a.lightCounts.reduce((n: number, x: any) => n + x.red, 0);
        const s = b.reduce((n: number, x: any) => n + Number(x.red), 0);
        return `red in all: roll-up ${r}, scan ${s}`;
      },
    },
    {
      name: `C. ranking of ${lastFull} Q4 (districts)`,
      run: () => post(`query($p: PeriodInput!) { ranking(centreId: "320200", period: $p, by: CENTRE) { rank key score figures { concluded } } }`, { p: quarter }),
      scan: () => rows(admin!.ownerDb, sql`
        with k as (select case when c.tier = 'TOWNSHIP' then c.parent_id else c.id end as district, x.* from cases x join centres c on c.id = x.centre_id)
        select district, count(*) filter (where decided_on between ${`${lastFull}-10-01`} and ${`${lastFull}-12-31`}) as concluded,
               count(*) filter (where decided_on between ${`${lastFull}-10-01`} and ${`${lastFull}-12-31`} and decided_on <= deadline) as on_time,
               (select count(*) from ratings r join centres c on c.id = r.centre_id where (case when c.tier = 'TOWNSHIP' then c.parent_id else c.id end) = k.district and r.rated_on between ${`${lastFull}-10-01`} and ${`${lastFull}-12-31`}) as rated,
               (select count(*) from violations v join centres c on c.id = v.centre_id where (case when c.tier = 'TOWNSHIP' then c.parent_id else c.id end) = k.district and v.detected_at >= ${`${lastFull}-10-01`}::date and v.detected_at < ${`${year}-01-01`}::date) as violations
          from k group by district`),
      check: (a, b) => {
        const r = a.ranking.find((x: any) => x.key === "320213");
        const s = b.find((x: any) => x.district === "320213");
        return `320213: roll-up ${r.figures.concluded} concluded (rank ${r.rank}, ${r.score}); scan ${s?.concluded}`;
      },
    },
    {
      name: "D. red and yellow list of 梁溪区 (first 100)",
      run: () => post(`query { clockAlerts(centreId: "320213", first: 100) { kind dueOn light case { caseNumber } holder { kind id } } }`, {}),
      scan: () => rows(admin!.ownerDb, sql`
        select id, case_number, case when state = 'ACCEPTED' then deadline else licence_due end as due from cases
         where centre_id in (select id from centres where id = '320213' or parent_id = '320213') and state in ('ACCEPTED', 'APPROVED')
           and (case when state = 'ACCEPTED' then deadline else licence_due end) <= ${yellowHorizon}::date
         order by due limit 100`),
      check: (a, b) => `${a.clockAlerts.length} alerts through the gateway, ${b.length} by scan`,
    },
  ];
  const results: string[] = [];
  for (const d of dashboards) {
    if (interrupt.signal.aborted) break;
    const [a, b] = [await d.run(), await d.scan()];
    log(`${d.name}: ${d.check(a, b)}`);
    const fast = await timed(iterations, async () => void (await d.run()));
    const slow = await timed(scanIterations, async () => void (await d.scan()));
    const line = `| ${d.name} | ${total.toLocaleString("en")} | ${fast.p50.toFixed(1)} / ${fast.p99.toFixed(1)} | ${slow.p50.toFixed(0)} / ${slow.p99.toFixed(0)} | ${(slow.p50 / fast.p50).toFixed(0)}× |`;
    results.push(line);
    console.log(line);
  }
  console.log(`\n| dashboard | cases | roll-up via gateway p50 / p99 ms (${iterations} runs) | plain scan p50 / p99 ms (${scanIterations} runs) | ratio of p50 |\n|---|---|---|---|---|\n${results.join("\n")}`);
}

let exitCode = 1;
try {
  await main();
  exitCode = interrupt.signal.aborted ? 130 : 0;
} catch (error) {
  console.error(error);
} finally {
  await admin?.close().catch(() => {});
  await net?.close().catch((e) => console.error("stopping the network:", (e as Error).message));
}
process.exit(exitCode);
