import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { desc, eq } from "drizzle-orm";
import { staffReminders } from "../tables.ts";

export type ReminderRecord = typeof staffReminders.$inferSelect;

/** The reminders an actor is meant to see: a clerk's window, an approver's department, a manager's centre. */
export async function remindersFor(db: Db, actor: Actor, limit: number): Promise<ReminderRecord[]> {
  const scope =
    actor.role === "WINDOW_CLERK" && actor.windowId
      ? eq(staffReminders.windowId, actor.windowId)
      : actor.role === "DEPARTMENT_APPROVER" && actor.departmentId
        ? eq(staffReminders.departmentId, actor.departmentId)
        : actor.role === "CENTRE_MANAGER" && actor.centreId
          ? eq(staffReminders.centreId, actor.centreId)
          : null;
  if (!scope) return [];
  return db.select().from(staffReminders).where(scope).orderBy(desc(staffReminders.createdOn), desc(staffReminders.id)).limit(limit);
}
