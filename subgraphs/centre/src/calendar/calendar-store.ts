import { HolidayCalendar, loadChineseDaysYears, parseYearCalendar, type YearCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { eq } from "drizzle-orm";
import { holidayYears } from "../tables.ts";

/**
 * The holiday calendar (Art. 82) as the centre holds it: one row per year in holiday_years, seeded
 * from chinese-days for the years it ships, extended by an administrator for a new year. Reads are
 * cached for a minute: the data changes once a year.
 */
export class CalendarStore {
  private cached?: { at: number; calendar: HolidayCalendar };

  constructor(private readonly db: Db, private readonly ttlMs = 60_000) {}

  async calendar(): Promise<HolidayCalendar> {
    if (this.cached && Date.now() - this.cached.at < this.ttlMs) return this.cached.calendar;
    const rows = await this.db.select().from(holidayYears);
    const calendar = new HolidayCalendar(rows.map((r) => parseYearCalendar(r.calendar)));
    this.cached = { at: Date.now(), calendar };
    return calendar;
  }

  async year(year: number): Promise<YearCalendar | undefined> {
    const [row] = await this.db.select().from(holidayYears).where(eq(holidayYears.year, year));
    return row ? parseYearCalendar(row.calendar) : undefined;
  }

  /** Loads (or replaces) one year's arrangement. */
  async load(year: YearCalendar, loadedBy: string): Promise<void> {
    await this.db
      .insert(holidayYears)
      .values({ year: year.year, source: year.source, calendar: year as never, loadedBy })
      .onConflictDoUpdate({ target: holidayYears.year, set: { source: year.source, calendar: year as never, loadedBy, loadedAt: new Date() } });
    this.cached = undefined;
  }
}

/** First start: the years chinese-days ships (2025 and 2026 are checked against the notices). */
export async function seedCalendar(db: Db, years = [2025, 2026]): Promise<void> {
  const existing = new Set((await db.select({ year: holidayYears.year }).from(holidayYears)).map((r) => r.year));
  const missing = loadChineseDaysYears(years.filter((y) => !existing.has(y)));
  if (missing.length === 0) return;
  await db
    .insert(holidayYears)
    .values(missing.map((y) => ({ year: y.year, source: y.source, calendar: y as never, loadedBy: "seed" })))
    .onConflictDoNothing();
}
