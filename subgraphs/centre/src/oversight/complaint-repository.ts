import type { HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import { type Light, lightOf } from "./light.ts";
import type { SettingsView } from "./settings.ts";
import { complaints } from "./tables.ts";

export type ComplaintRecord = typeof complaints.$inferSelect;
export interface ComplaintView extends ComplaintRecord {
  light: Light | null;
}

export async function complaintById(db: Db, id: string): Promise<ComplaintRecord> {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  if (!row) throw new DomainError("COMPLAINT_NOT_FOUND", `投诉 ${id} 不存在`, "complaintId");
  return row;
}

/** An unanswered complaint has a light like a case: yellow near its handling deadline, red past it. */
export function complaintView(c: ComplaintRecord, today: string, settings: SettingsView, calendar: HolidayCalendar): ComplaintView {
  const open = c.state === "ASSIGNED" && c.dueOn;
  return { ...c, light: open ? lightOf({ dueOn: c.dueOn!, limitDays: c.handlingDays ?? 0 }, today, settings, calendar).light : null };
}
