import type { HolidayCalendar } from "@wuxi/calendar";
import type { CentreContext } from "../context.ts";
import type { MaterialCheck } from "../tables.ts";
import type { CaseRecord, NoticeRecord } from "./case-repository.ts";
import { type CaseWork, saveWithClock } from "./case-work.ts";
import { recordTransition } from "./history.ts";
import { issueNotice, noticeBuilders } from "./notices.ts";
import { openParts } from "./open-parts.ts";

/** Art. 32: the one-time notice is due within 5 working days of receiving the materials. */
export const NOTICE_DAYS = 5;

export function noticeDueOn(receivedOn: string, calendar: HolidayCalendar): string {
  return calendar.addWorkingDays(receivedOn, NOTICE_DAYS);
}

export interface Reviewed {
  c: CaseRecord;
  notice: NoticeRecord;
}

/** 受理: the case is accepted on `acceptedOn`; its clock starts the next working day. */
export async function accept(ctx: CentreContext, w: CaseWork, checklist: MaterialCheck[], opts: { acceptedOn: string; deemed: boolean; action: string }): Promise<Reviewed> {
  await openParts(w, opts.acceptedOn);
  const { c, clock } = await saveWithClock(w, {
    state: "ACCEPTED",
    acceptedOn: opts.acceptedOn,
    deemedAccepted: opts.deemed,
    materials: checklist,
  });
  await recordTransition(w.tx, {
    c,
    on: w.today,
    actor: ctx.actor,
    action: opts.action,
    from: w.c.state,
    to: "ACCEPTED",
    data: { acceptedOn: opts.acceptedOn, deemed: opts.deemed, deadline: clock.deadline },
  }, ctx.notificationChannels, w.calendar);
  const notice = await issueNotice(w.tx, c, w.centre, "ACCEPTANCE_RECEIPT", noticeBuilders.ACCEPTANCE_RECEIPT(c, w.centre, w.version.content, { deadline: clock.deadline, provisional: clock.provisionalYears.length > 0 }), w.today);
  return { c, notice };
}

/**
 * The review of a RECEIVED case: complete materials are accepted; otherwise ALL that is lacking is
 * told at once (一次性告知). Past the 5-working-day limit no notice may be given any more, and the
 * case, complete or not, counts as accepted from the day of receipt.
 */
export async function review(ctx: CentreContext, w: CaseWork, checklist: MaterialCheck[], lacking: MaterialCheck[]): Promise<Reviewed> {
  // Art. 32 first, whatever the materials: reviewed after the fifth working day, the application
  // counts as accepted from the day of receipt. A complete application reviewed late must not be
  // worse off than an incomplete one (its clock would otherwise start only today).
  if (w.today > noticeDueOn(w.c.receivedOn, w.calendar)) {
    return accept(ctx, w, checklist, { acceptedOn: w.c.receivedOn, deemed: true, action: "DEEM_ACCEPTED" });
  }
  if (lacking.length === 0) return accept(ctx, w, checklist, { acceptedOn: w.today, deemed: false, action: "ACCEPT" });
  const { c } = await saveWithClock(w, { state: "AWAITING_SUPPLEMENT", materials: checklist });
  await recordTransition(w.tx, {
    c,
    on: w.today,
    actor: ctx.actor,
    action: "NOTIFY_ONCE",
    from: w.c.state,
    to: "AWAITING_SUPPLEMENT",
    data: { lacking },
  }, ctx.notificationChannels, w.calendar);
  const notice = await issueNotice(w.tx, c, w.centre, "ONE_TIME_NOTICE", noticeBuilders.ONE_TIME_NOTICE(c, w.centre, w.version.content, { lacking }), w.today);
  return { c, notice };
}
