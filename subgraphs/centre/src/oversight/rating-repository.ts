import type { HolidayCalendar } from "@wuxi/calendar";
import { type Light, lightOf } from "./light.ts";
import type { SettingsView } from "./settings.ts";
import { ratings } from "./tables.ts";

export type RatingRecord = typeof ratings.$inferSelect;
export interface RatingView extends RatingRecord {
  light: Light | null;
}

export const UNSATISFIED_LEVELS = ["UNSATISFIED", "VERY_UNSATISFIED"];

/** An unsatisfied rating not yet rectified has a light on its follow-up deadline. */
export function ratingView(r: RatingRecord, today: string, settings: SettingsView, calendar: HolidayCalendar): RatingView {
  const open = r.rectifyDue && !r.rectifiedOn;
  return { ...r, light: open ? lightOf({ dueOn: r.rectifyDue!, limitDays: r.rectifyDays ?? 0 }, today, settings, calendar).light : null };
}
