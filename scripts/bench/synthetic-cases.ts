/**
 * Synthetic cases for the benchmarks: 1M (or more) rows bulk-inserted straight into the centre's
 * `cases` table with `insert … select … from generate_series`, spread over the stationed windows of
 * the seeded network, ~5% open. Clock facts are computed with the real calendar, so each row's
 * stored deadline is what `clockOf` computes for it. Shared by bench:cases and bench:deployed.
 */
import { performance } from "node:perf_hooks";
import { addCalendarDays, compareDates, daysBetween, deadlineWithPauses, defaultCalendar, type HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { sql } from "drizzle-orm";

/** Rows of db.execute on either driver (postgres.js answers an array, PGlite { rows }). */
export async function rows<T = Record<string, unknown>>(db: Db, query: Parameters<Db["execute"]>[0]): Promise<T[]> {
  const result: any = await db.execute(query);
  return (Array.isArray(result) ? result : result.rows) as T[];
}

export interface SyntheticOptions {
  /** The window that gets `targetShare` of every case (a busy district market window). */
  windowId: string;
  targetShare: number;
  /** PostgreSQL allows a longer statement timeout per batch; PGlite has none. */
  postgres: boolean;
}
// Synthetic data: clock facts computed with the real calendar, so every synthetic row is
// consistent (its deadline is what clockOf computes from its acceptance day, limit, pause and
// extension) and no date leaves the years the calendar has loaded.

type Category = "CLOSED" | "ACCEPTED" | "ACCEPTED_EXT" | "SUSPENDED" | "AWAITING";
interface ClockFacts {
  limit_days: number;
  cat: Category;
  k: number;
  received_on: string;
  accepted_on: string | null;
  extension_days: number;
  deadline: string | null;
  pause_from: string | null;
  concluded_on: string | null;
}

function workingDays(calendar: HolidayCalendar, from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addCalendarDays(d, 1)) if (calendar.covers(d) && calendar.isWorkingDay(d)) out.push(d);
  return out;
}

/** The deadline, or undefined when it would fall in a year the calendar has not loaded. */
function deadlineOf(calendar: HolidayCalendar, start: string, limit: number, extension: number, pauses: { from: string; to: string | null }[] = []) {
  try {
    return deadlineWithPauses({ start, workingDays: limit, extensionDays: extension, pauses }, calendar).deadline;
  } catch {
    return undefined;
  }
}

function clockFacts(calendar: HolidayCalendar, today: string, limits: number[]): ClockFacts[] {
  const lastDay = `${Math.max(...calendar.years)}-12-31`;
  const minDay = (a: string, b: string) => (compareDates(a, b) <= 0 ? a : b);
  const yesterday = addCalendarDays(today, -1);
  const overdueFloor = addCalendarDays(today, -7);
  const out: ClockFacts[] = [];
  const counts = new Map<string, number>();
  for (const limit of limits) {
    const push = (cat: Category, f: Omit<ClockFacts, "limit_days" | "cat" | "k">) => {
      const k = counts.get(`${limit}/${cat}`) ?? 0;
      counts.set(`${limit}/${cat}`, k + 1);
      out.push({ limit_days: limit, cat, k, ...f });
    };
    // Concluded (or refused) cases: accepted on any working day since 2025-01-02, concluded by the deadline.
    for (const d of workingDays(calendar, "2025-01-02", yesterday)) {
      const deadline = deadlineOf(calendar, d, limit, 0);
      if (!deadline) continue;
      push("CLOSED", { received_on: d, accepted_on: d, extension_days: 0, deadline, pause_from: null, concluded_on: minDay(deadline, yesterday) });
    }
    if (limit === 0) continue; // an 即办件 is decided on the spot: never open
    // Open, running: accepted in the last weeks; deadlines from a week overdue to the end of the limit.
    for (const d of workingDays(calendar, addCalendarDays(today, -60), today)) {
      const deadline = deadlineOf(calendar, d, limit, 0);
      if (deadline && compareDates(deadline, overdueFloor) >= 0 && compareDates(deadline, lastDay) <= 0) {
        push("ACCEPTED", { received_on: d, accepted_on: d, extension_days: 0, deadline, pause_from: null, concluded_on: null });
      }
      const extended = deadlineOf(calendar, d, limit, 10);
      if (extended && compareDates(d, addCalendarDays(today, -5)) <= 0 && compareDates(extended, overdueFloor) >= 0) {
        push("ACCEPTED_EXT", { received_on: d, accepted_on: d, extension_days: 10, deadline: extended, pause_from: null, concluded_on: null });
      }
      // Suspended (特别程序) before the deadline was reached: the clock is stopped, the deadline unknown.
      if (deadline && compareDates(d, today) < 0) {
        const latest = minDay(addCalendarDays(deadline, -1), today);
        const pauseFrom = addCalendarDays(d, Math.floor(Math.max(0, daysBetween(d, latest)) / 2));
        if (deadlineOf(calendar, d, limit, 0, [{ from: pauseFrom, to: null }]) === null) {
          push("SUSPENDED", { received_on: d, accepted_on: d, extension_days: 0, deadline: null, pause_from: pauseFrom, concluded_on: null });
        }
      }
    }
    // Waiting for the applicant's supplement (一次性告知 issued): received in the last 5 working days.
    for (const d of workingDays(calendar, addCalendarDays(today, -9), today).slice(-5)) {
      push("AWAITING", { received_on: d, accepted_on: null, extension_days: 0, deadline: null, pause_from: null, concluded_on: null });
    }
  }
  return out;
}

interface StationingRow {
  centre_id: string;
  tier: string;
  window_id: string;
  item_code: string;
  item_version: number;
  department_id: string;
  item_name: string;
  handling: string;
  promised_days: number;
  statutory_days: number;
}

const SLOTS = 10_000;
const TIER_WEIGHT: Record<string, number> = { CITY: 3, COUNTY: 2, TOWNSHIP: 0.5 };
const DEPARTMENT_WEIGHT: Record<string, number> = { market: 1.5, "civil-affairs": 1, planning: 0.7 };

/** Every stationing gets a range of slots [lo, hi) of 10,000: its share of the synthetic cases. */
function allocateSlots(stationings: StationingRow[], windowId: string, targetShare: number): (StationingRow & { lo: number; hi: number })[] {
  const target = stationings.filter((s) => s.window_id === windowId);
  const others = stationings.filter((s) => s.window_id !== windowId);
  const weights = [
    ...target.map(() => (targetShare * SLOTS) / target.length),
    ...(() => {
      const raw = others.map((s) => (TIER_WEIGHT[s.tier] ?? 1) * (DEPARTMENT_WEIGHT[s.department_id] ?? 1));
      const sum = raw.reduce((a, b) => a + b, 0);
      return raw.map((w) => (w / sum) * (1 - targetShare) * SLOTS);
    })(),
  ];
  const ordered = [...target, ...others];
  // Largest remainder, so the slots add up to exactly SLOTS.
  const counts = weights.map(Math.floor);
  const order = weights.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0]);
  for (let left = SLOTS - counts.reduce((a, b) => a + b, 0), j = 0; left > 0; left--, j++) counts[order[j % order.length]![1]]! += 1;
  let lo = 0;
  return ordered.map((s, i) => {
    const range = { ...s, lo, hi: lo + counts[i]! };
    lo = range.hi;
    return range;
  });
}

/** Bulk-inserts the synthetic cases in batches; returns what it did. */
export async function loadSyntheticCases(db: Db, today: string, total: number, batchCount: number, log: (s: string) => void, options: SyntheticOptions) {
  const calendar = defaultCalendar();
  const stationings = await rows<StationingRow>(
    db,
    sql`select s.centre_id, c.tier, s.window_id, s.item_code, r.version as item_version, s.department_id, r.name as item_name,
               r.document->>'handling' as handling, (r.document->>'promisedDays')::int as promised_days,
               (r.document->>'statutoryDays')::int as statutory_days
          from stationings s
          join centres c on c.id = s.centre_id
          join lateral (select * from item_replica r where r.code = s.item_code and r.effective_from <= ${today}
                         order by r.version desc limit 1) r on true
         order by s.window_id, s.item_code`,
  );
  if (stationings.length === 0) throw new Error("no stationings with a replicated item version: nothing to spread cases over");
  const slots = allocateSlots(stationings, options.windowId, options.targetShare).map((s) => ({ ...s, limit_days: s.handling === "IMMEDIATE" ? 0 : s.promised_days }));
  const limits = [...new Set(slots.map((s) => s.limit_days))];
  const facts = clockFacts(calendar, today, limits);
  const centres = new Set(slots.filter((s) => s.hi > s.lo).map((s) => s.centre_id)).size;
  const windows = new Set(slots.filter((s) => s.hi > s.lo).map((s) => s.window_id)).size;
  log(`${slots.length} stationings at ${windows} windows of ${centres} centres; ${facts.length} clock facts for limits ${limits.sort((a, b) => a - b).join(", ")}`);

  // Scratch tables, in the centre's database of this run (dropped with it).
  await db.execute(sql`drop table if exists bench_slots, bench_clock, bench_clock_size`);
  await db.execute(sql`create table bench_slots (slot int primary key, centre_id text, window_id text, item_code text, item_version int,
    department_id text, item_name text, handling text, limit_days int, statutory_days int)`);
  await db.execute(sql`insert into bench_slots
    select g, x.centre_id, x.window_id, x.item_code, x.item_version, x.department_id, x.item_name, x.handling, x.limit_days, x.statutory_days
      from jsonb_to_recordset(${JSON.stringify(slots)}::jsonb) as x(centre_id text, window_id text, item_code text, item_version int,
           department_id text, item_name text, handling text, limit_days int, statutory_days int, lo int, hi int),
           generate_series(x.lo, x.hi - 1) g`);
  await db.execute(sql`create table bench_clock (limit_days int, cat text, k int, received_on date, accepted_on date, extension_days int,
    deadline date, pause_from date, concluded_on date, primary key (limit_days, cat, k))`);
  await db.execute(sql`insert into bench_clock select * from jsonb_to_recordset(${JSON.stringify(facts)}::jsonb) as x(limit_days int, cat text,
    k int, received_on date, accepted_on date, extension_days int, deadline date, pause_from date, concluded_on date)`);
  await db.execute(sql`create table bench_clock_size as select limit_days, cat, count(*)::int as size from bench_clock group by 1, 2`);
  for (const table of ["bench_slots", "bench_clock", "bench_clock_size"]) await db.execute(sql.raw(`analyze ${table}`));

  const perBatch = Math.ceil(total / batchCount);
  for (let b = 0; b < batchCount; b++) {
    const lo = b * perBatch + 1;
    const hi = Math.min(total, (b + 1) * perBatch);
    if (lo > hi) break;
    const t0 = performance.now();
    await db.transaction(async (tx) => {
      if (options.postgres) await tx.execute(sql`set local statement_timeout = '300s'`);
      await tx.execute(sql`select setseed(${(b + 1) / (batchCount + 1)})`);
      // State by r_state: 1% not accepted, 1% refused, 93% concluded, 3% running, 0.5% extended,
      // 0.75% suspended, 0.75% awaiting a supplement: 5% open. An 即办件 is always concluded.
      // Case numbers continue each centre's per-year counter, which is moved past them.
      await tx.execute(sql`
        with gen as (
          select g, random() as r_slot, random() as r_state, random() as r_clock, random() as r_app
            from generate_series(${lo}::int, ${hi}::int) g
        ), typed as (
          select gen.*, s.*,
                 case when s.limit_days = 0 or gen.r_state < 0.95 then
                        case when gen.r_state < 0.01 then 'NOT_ACCEPTED' when gen.r_state < 0.02 then 'REFUSED' else 'CONCLUDED' end
                      when gen.r_state < 0.98 then 'ACCEPTED'
                      when gen.r_state < 0.985 then 'ACCEPTED'
                      when gen.r_state < 0.9925 then 'SUSPENDED'
                      else 'AWAITING_SUPPLEMENT' end as state,
                 case when s.limit_days = 0 or gen.r_state < 0.95 then 'CLOSED'
                      when gen.r_state < 0.98 then 'ACCEPTED'
                      when gen.r_state < 0.985 then 'ACCEPTED_EXT'
                      when gen.r_state < 0.9925 then 'SUSPENDED'
                      else 'AWAITING' end as cat
            from gen join bench_slots s on s.slot = floor(gen.r_slot * ${SLOTS})::int
        ), dated as (
          select t.*, c.received_on, c.accepted_on, c.extension_days, c.deadline, c.concluded_on,
                 extract(year from c.received_on)::int as year
            from typed t
            join bench_clock_size z on z.limit_days = t.limit_days and z.cat = t.cat
            join bench_clock c on c.limit_days = t.limit_days and c.cat = t.cat and c.k = floor(t.r_clock * z.size)::int
        ), numbered as (
          select d.*, coalesce(nc.last, 0) + row_number() over (partition by d.centre_id, d.year order by d.received_on, d.g) as n
            from dated d
            left join number_counters nc on nc.centre_id = d.centre_id and nc.year = d.year and nc.kind = 'CASE'
        ), ins as (
          insert into cases (id, centre_id, case_number, query_code, window_id, item_code, item_version, department_id, item_name,
                             handling, state, applicant_kind, applicant_name, applicant_identifier, applicant_phone, applicant_contact,
                             clerk_id, received_on, accepted_on, deemed_accepted, limit_days, statutory_days, extension_days, deadline,
                             decided_on, outcome, concluded_on, materials, created_at, updated_at)
          select gen_random_uuid()::text, centre_id, centre_id || '-' || year || '-' || lpad(n::text, 6, '0'),
                 lpad(floor(r_app * 1000000)::int::text, 6, '0'), window_id, item_code, item_version, department_id, item_name,
                 handling, state,
                 case when r_app < 0.7 then 'PERSON' else 'ORGANISATION' end,
                 case when r_app < 0.7 then (array['张伟','王芳','李娜','刘洋','陈静','杨帆','赵磊','黄敏','周杰','吴婷'])[1 + g % 10]
                      else (array['无锡市梁溪','无锡市锡山','无锡市惠山','无锡市滨湖','无锡市新吴'])[1 + g % 5] || '示范贸易有限公司' end,
                 case when r_app < 0.7 then '320202' || (1950 + g % 50) || lpad((1 + g % 12)::text, 2, '0') || lpad((1 + g % 28)::text, 2, '0')
                                            || lpad((g % 1000)::text, 3, '0') || (g % 10)
                      else '91320200' || upper(substr(md5(g::text), 1, 10)) end,
                 '139' || lpad((g % 100000000)::text, 8, '0'),
                 case when r_app < 0.7 then null else '李四' end,
                 window_id || '-01', received_on, case when state = 'NOT_ACCEPTED' then null else accepted_on end, false,
                 limit_days, statutory_days, extension_days,
                 case when state in ('NOT_ACCEPTED', 'SUSPENDED', 'AWAITING_SUPPLEMENT') then null else deadline end,
                 case when state in ('CONCLUDED', 'REFUSED') then concluded_on end,
                 case state when 'CONCLUDED' then 'APPROVED' when 'REFUSED' then 'REFUSED' end,
                 case when state in ('CONCLUDED', 'REFUSED') then concluded_on when state = 'NOT_ACCEPTED' then received_on end,
                 case when state = 'AWAITING_SUPPLEMENT'
                      then '[{"name":"申请书","status":"PROVIDED"},{"name":"营业执照","status":"MISSING"}]'::jsonb
                      else '[{"name":"申请书","status":"PROVIDED"},{"name":"营业执照","status":"PROVIDED"}]'::jsonb end,
                 (received_on + time '02:00') at time zone 'UTC', (coalesce(concluded_on, received_on) + time '08:00') at time zone 'UTC'
            from numbered
          returning centre_id, case_number
        )
        insert into number_counters (centre_id, year, kind, last)
        select centre_id, substring(case_number from '-(\\d{4})-\\d{6}$')::int, 'CASE', max(right(case_number, 6)::int)
          from ins group by 1, 2
        on conflict (centre_id, year, kind) do update set last = greatest(number_counters.last, excluded.last)`);
    });
    log(`batch ${b + 1}/${batchCount}: cases ${lo}–${hi} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  // The open 特别程序 of every suspended synthetic case (its clock facts are unique per limit and day).
  await db.execute(sql`
    insert into case_suspensions (case_id, procedure, from_date, to_date, expected_days, reason)
    select c.id, 'EXPERT_REVIEW', l.pause_from, null, 10, '组织专家评审'
      from cases c join bench_clock l on l.cat = 'SUSPENDED' and l.limit_days = c.limit_days and l.accepted_on = c.accepted_on
     where c.state = 'SUSPENDED'`);
  await db.execute(sql`drop table bench_slots, bench_clock, bench_clock_size`);
}

