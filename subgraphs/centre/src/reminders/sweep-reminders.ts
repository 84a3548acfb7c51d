import { formatChineseDate as cn } from "@wuxi/documents";
import type { HolidayCalendar } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import { and, eq, inArray, isNotNull, lte } from "drizzle-orm";
import { OPEN_PART_STATES, PART_NAMES, type PartKind } from "../cases/case-parts.ts";
import { caseParts, cases, staffReminders } from "../tables.ts";

/** 提示服务: how many working days before a deadline the handler is reminded (yellow). */
export const REMINDER_WORKING_DAYS = 1;
/** States in which the case's own deadline runs (suspended cases have none). */
const DECISION_CLOCK_STATES = ["ACCEPTED", "FORWARDED"];
/** Decided, licence not yet delivered. */
const LICENCE_CLOCK_STATES = ["APPROVED", "AWAITING_HANDOVER"];

type ReminderRow = typeof staffReminders.$inferInsert;

/**
 * Reminds the staff of every open case, part and undelivered licence whose deadline is near (from the last working day
 * before it) or past: the window handling it and the lead (accepting) window that follows it up.
 * Each reminder is written once per case, part, kind, deadline and window, so the sweep can run as
 * often as wanted. Returns how many reminders were new.
 */
export async function sweepReminders(db: Db, today: string, calendar: HolidayCalendar): Promise<number> {
  const horizon = calendar.addWorkingDays(today, REMINDER_WORKING_DAYS);
  const dueCases = await db
    .select()
    .from(cases)
    .where(and(inArray(cases.state, DECISION_CLOCK_STATES), isNotNull(cases.deadline), lte(cases.deadline, horizon)));
  // Once decided, the clock that matters is the licence's delivery (Art. 44).
  const dueLicences = await db
    .select()
    .from(cases)
    .where(and(inArray(cases.state, LICENCE_CLOCK_STATES), isNotNull(cases.licenceDue), lte(cases.licenceDue, horizon)));
  const dueParts = await db
    .select({ part: caseParts, c: cases })
    .from(caseParts)
    .innerJoin(cases, eq(cases.id, caseParts.caseId))
    .where(and(inArray(caseParts.state, OPEN_PART_STATES), isNotNull(caseParts.deadline), lte(caseParts.deadline, horizon)));
  // A licence decided upstairs is issued there: the upper tier's window is reminded until it comes back down.
  const upstairs = new Map(
    dueLicences.length === 0
      ? []
      : (await db.select().from(caseParts).where(and(inArray(caseParts.caseId, dueLicences.map((c) => c.id)), eq(caseParts.kind, "DECISION")))).map((p) => [p.caseId, p]),
  );
  const kindOf = (deadline: string) => (deadline < today ? "OVERDUE" : "APPROACHING");
  const words = (deadline: string) => (deadline < today ? `已于${cn(deadline)}超期` : `将于${cn(deadline)}到期`);
  const rows: ReminderRow[] = [
    ...dueCases.map((c) => ({
      caseId: c.id,
      partKey: "",
      kind: kindOf(c.deadline!),
      deadline: c.deadline!,
      centreId: c.centreId,
      windowId: c.windowId,
      departmentId: c.departmentId,
      // A forwarded case is held upstairs: the accepting window follows it (帮助办结).
      recipient: c.state === "FORWARDED" ? "LEAD" : "HANDLER",
      message: `办件 ${c.caseNumber}「${c.itemName}」${words(c.deadline!)},请抓紧办结`,
      createdOn: today,
    })),
    ...dueLicences.map((c) => ({
      caseId: c.id,
      partKey: "LICENCE",
      kind: kindOf(c.licenceDue!),
      deadline: c.licenceDue!,
      centreId: (c.state === "APPROVED" && upstairs.get(c.id)?.centreId) || c.centreId,
      windowId: (c.state === "APPROVED" && upstairs.get(c.id)?.windowId) || c.windowId,
      departmentId: c.departmentId,
      recipient: "HANDLER",
      message: `办件 ${c.caseNumber}「${c.itemName}」的证照${words(c.licenceDue!)}送达(《行政许可法》第四十四条)`,
      createdOn: today,
    })),
    ...dueParts.flatMap(({ part, c }) => {
      const base = {
        caseId: c.id,
        partKey: part.id,
        kind: kindOf(part.deadline!),
        deadline: part.deadline!,
        departmentId: part.departmentId,
        message: `办件 ${c.caseNumber}「${c.itemName}」的${PART_NAMES[part.kind as PartKind]}(${part.departmentId})${words(part.deadline!)}`,
        createdOn: today,
      };
      const handler = { ...base, centreId: part.centreId, windowId: part.windowId, recipient: "HANDLER" };
      return part.windowId === c.windowId ? [handler] : [handler, { ...base, centreId: c.centreId, windowId: c.windowId, recipient: "LEAD" }];
    }),
  ];
  if (rows.length === 0) return 0;
  const inserted = await db.insert(staffReminders).values(rows).onConflictDoNothing().returning({ id: staffReminders.id });
  return inserted.length;
}
