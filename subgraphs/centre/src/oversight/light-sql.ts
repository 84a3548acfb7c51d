import { CalendarNotLoadedError, type HolidayCalendar } from "@wuxi/calendar";
import { and, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Light } from "./light.ts";
import type { SettingsView } from "./settings.ts";
import { clockWatches } from "./tables.ts";

/** No statutory limit exceeds 60 working days (Art. 42: 45 + 15); the share table goes beyond that. */
const MAX_WINDOW = 100;

/**
 * The N-th working day after today. Stepping past the loaded years means every due date (all lie in
 * loaded years, they were computed on them) is within N working days: no upper bound then.
 */
function horizon(calendar: HolidayCalendar, today: string, n: number): string {
  try {
    return calendar.addWorkingDays(today, n);
  } catch (error) {
    if (error instanceof CalendarNotLoadedError) return "9999-12-31";
    throw error;
  }
}

/**
 * The light condition in SQL, exactly `lightOf` for due dates on working days (deadlines, notice and
 * licence due dates always are): yellow ⟺ today ≤ due ≤ the N-th working day after today, red ⟺ due
 * < today. N is the centre's window (days, or a share of each row's limit: looked up in a table of
 * horizons computed once per request from the calendar). So counting lights is one indexed query.
 */
export function lightCondition(light: Light, today: string, settings: SettingsView[], calendar: HolidayCalendar): SQL | undefined {
  if (light === "RED") return lt(clockWatches.dueOn, today);
  if (light === "GREEN") throw new Error("green lights are not listed");
  const groups = new Map<string, { s: SettingsView; ids: string[] }>();
  for (const s of settings) {
    const k = `${s.yellowDays}|${s.yellowSharePercent}`;
    groups.set(k, { s, ids: [...(groups.get(k)?.ids ?? []), s.centreId] });
  }
  let horizons: string[] | null = null;
  const parts = [...groups.values()].map(({ s, ids }) => {
    if (s.yellowSharePercent === null) {
      return and(inArray(clockWatches.centreId, ids), sql`${clockWatches.dueOn} <= ${horizon(calendar, today, s.yellowDays ?? 1)}`);
    }
    horizons ??= Array.from({ length: MAX_WINDOW + 1 }, (_, n) => horizon(calendar, today, n));
    const literal = `{${horizons.join(",")}}`;
    return and(
      inArray(clockWatches.centreId, ids),
      sql`${clockWatches.dueOn} <= (${literal}::date[])[least(ceil(${s.yellowSharePercent} * ${clockWatches.limitDays} / 100.0)::int, ${MAX_WINDOW}) + 1]`,
    );
  });
  return and(gte(clockWatches.dueOn, today), or(...parts));
}

export function scopeCondition(centreIds: string[], departmentId: string | null, windowId?: string | null): SQL | undefined {
  return and(
    inArray(clockWatches.centreId, centreIds),
    departmentId ? eq(clockWatches.departmentId, departmentId) : undefined,
    windowId ? eq(clockWatches.windowId, windowId) : undefined,
  );
}
