import type { Actor } from "@wuxi/identity";
import { DomainError } from "@wuxi/service-kit";
import type { CaseRecord } from "./case-repository.ts";
import { holdingWindowId, type PartRecord } from "./case-parts.ts";
import { OPEN_CASE_STATES } from "../tables.ts";

export const STATE_NAMES: Record<string, string> = {
  RECEIVED: "已接收材料",
  AWAITING_SUPPLEMENT: "待补正",
  NOT_ACCEPTED: "不予受理",
  ACCEPTED: "已受理(办理中)",
  SUSPENDED: "特别程序中(暂停计时)",
  FORWARDED: "已上报(上级中心审批中)",
  APPROVED: "准予许可(待制证)",
  AWAITING_HANDOVER: "证照已制发(待原受理窗口送达)",
  CONCLUDED: "已办结",
  REFUSED: "不予许可(已答复)",
};

/** The states of a case still in someone's hands: what a window's queue shows (declared beside the table's index). */
export const OPEN_STATES = OPEN_CASE_STATES;

/** A clerk works at their own window only. */
export function requireClerkAt(actor: Actor, windowId: string): void {
  if (actor.role !== "WINDOW_CLERK") throw new DomainError("FORBIDDEN", "只有窗口工作人员可以办理受理业务");
  if (actor.windowId !== windowId) throw new DomainError("NOT_YOUR_WINDOW", "只能在本人所在窗口办理", "windowId");
}

/** The case is handled at the window that accepted it (首问负责制). */
export function requireCaseClerk(actor: Actor, c: CaseRecord): void {
  if (actor.role !== "WINDOW_CLERK") throw new DomainError("FORBIDDEN", "只有受理窗口的工作人员可以办理此操作");
  if (actor.centreId !== c.centreId || actor.windowId !== c.windowId) {
    throw new DomainError("NOT_YOUR_CASE", `办件 ${c.caseNumber} 不在本窗口办理`, "caseId");
  }
}

/**
 * The window holding the case now handles it: the accepting window, or the upper tier's window
 * once an escalated case is forwarded to it.
 */
export function requireHolder(actor: Actor, c: CaseRecord, parts: PartRecord[]): void {
  const windowId = holdingWindowId(c, parts);
  if (actor.role !== "WINDOW_CLERK") throw new DomainError("FORBIDDEN", "只有办理该办件的窗口工作人员可以办理此操作");
  if (actor.windowId !== windowId) throw new DomainError("NOT_YOUR_CASE", `办件 ${c.caseNumber} 当前不在本窗口办理`, "caseId");
}

/** Named transitions have guards: the case must be in one of the states the transition leaves from. */
export function requireState(c: CaseRecord, allowed: string[], action: string): void {
  if (!allowed.includes(c.state)) {
    throw new DomainError("WRONG_STATE", `办件当前状态为「${STATE_NAMES[c.state] ?? c.state}」,不能${action}`, "caseId");
  }
}

export function notFound(caseId: string): DomainError {
  return new DomainError("CASE_NOT_FOUND", `办件 ${caseId} 不存在`, "caseId");
}
