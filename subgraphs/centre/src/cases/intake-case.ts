import { randomUUID } from "node:crypto";
import { isUniqueViolation } from "@wuxi/db";
import { DomainError, isRealDate } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { ReplicaRepository } from "../replica/replica-repository.ts";
import { cases } from "../tables.ts";
import { accepts } from "../stationing/stationing-repository.ts";
import { requireFilingAgent } from "../agents/register-agent.ts";
import { type ApplicantInput, validateApplicant } from "./applicant.ts";
import { newQueryCode, nextCaseNumber } from "./case-numbers.ts";
import { CaseRepository, type CaseRecord, type NoticeRecord } from "./case-repository.ts";
import { onCalendar } from "./case-work.ts";
import { requireClerkAt } from "./guards.ts";
import { checkMaterials, type MaterialCheckInput, MaterialNotInCatalogue } from "./materials.ts";
import { recordTransition } from "./history.ts";
import { recordViolation } from "./record-violation.ts";
import { review } from "./review.ts";

export interface IntakeInput {
  windowId: string;
  itemCode: string;
  applicant: ApplicantInput;
  agentId?: string | null;
  materials: MaterialCheckInput[];
  /** When the materials were received; default today. Not in the future. */
  receivedOn?: string | null;
  /** Review now (the usual counter flow), or only register the receipt and review later. */
  reviewNow?: boolean | null;
  /** A retried intake with the same key returns the first result and creates no second case. */
  idempotencyKey?: string | null;
}

export interface IntakeResult {
  case: CaseRecord;
  notice: NoticeRecord | null;
}

/**
 * 一门受理: a clerk takes an application at their window for an item stationed there, under the
 * version in force today, and (usually at once) reviews the materials: accepted with a receipt, or
 * one notice listing everything lacking.
 */
export async function intakeCase(ctx: CentreContext, input: IntakeInput): Promise<IntakeResult> {
  requireClerkAt(ctx.actor, input.windowId);
  const window = (await ctx.windowById.load(input.windowId))!;
  const repo = new CaseRepository(ctx.db);
  if (input.idempotencyKey && input.idempotencyKey.length > 64) {
    throw new DomainError("INVALID_IDEMPOTENCY_KEY", "幂等键不能超过64个字符", "idempotencyKey");
  }
  const today = ctx.today();
  const receivedOn = input.receivedOn ?? today;
  // A real calendar day, checked here before any SQL (2026-02-30 matches the pattern but is no day).
  if (!isRealDate(receivedOn) || receivedOn > today) {
    throw new DomainError("INVALID_RECEIVED_ON", "收件日期应为真实的日期(YYYY-MM-DD),且不能晚于今天", "receivedOn");
  }
  const applicant = validateApplicant(input.applicant, new Date(`${today}T12:00:00+08:00`));
  if (input.idempotencyKey) {
    const first = await repo.byIdempotencyKey(window.centreId, input.idempotencyKey);
    if (first) return replay(repo, first, input, applicant.identifier);
  }
  if (input.agentId) await requireFilingAgent(ctx, input.agentId, window.centreId);

  const stationing = (await ctx.stationingsAtWindow.load(input.windowId)).find((s) => s.itemCode === input.itemCode);
  if (!stationing) throw new DomainError("ITEM_NOT_STATIONED", `事项 ${input.itemCode} 未在本窗口进驻,不能受理`, "itemCode");
  if (!accepts(stationing)) {
    throw new DomainError("ITEM_NOT_ACCEPTED_HERE", `本窗口只审批下级中心上报的「${input.itemCode}」办件,申请人应在乡镇(街道)或区级中心提出申请`, "itemCode");
  }
  const version = await ctx.replicaInForce.load(input.itemCode);
  if (!version) {
    const standing = await new ReplicaRepository(ctx.db).standing(input.itemCode, today);
    throw standing === "CANCELLED"
      ? new DomainError("ITEM_CANCELLED", `事项 ${input.itemCode} 已取消,不能受理`, "itemCode")
      : new DomainError("ITEM_NOT_PUBLISHED", `事项 ${input.itemCode} 当前没有有效版本,不能受理`, "itemCode");
  }

  let checked;
  try {
    checked = checkMaterials(version.content, input.materials);
  } catch (error) {
    if (error instanceof MaterialNotInCatalogue) {
      await recordViolation(ctx.db, {
        on: ctx.today(),
        kind: "ADDED_CONDITION",
        centreId: window.centreId,
        departmentId: version.departmentId,
        actor: ctx.actor,
        evidence: { itemCode: version.code, itemVersion: version.version, demanded: error.names, catalogue: version.content.materials.map((m) => m.name) },
      });
    }
    throw error;
  }

  const centre = (await ctx.centreById.load(window.centreId))!;
  const calendar = await ctx.calendar.calendar();
  // Numbered by its own statement, before the transaction: the centre's counter row is locked for
  // that statement only, so intakes at one centre do not queue behind each other's transactions.
  // A number is skipped if the intake then fails (rare: every check above has passed).
  const caseNumber = await nextCaseNumber(ctx.db, window.centreId, Number(today.slice(0, 4)));
  try {
    // Receipt and review commit together: a refusal anywhere leaves nothing behind.
    return await onCalendar(() => ctx.db.transaction(async (tx) => {
      const id = randomUUID();
      const [received] = await tx
        .insert(cases)
        .values({
          id,
          centreId: window.centreId,
          caseNumber,
          queryCode: newQueryCode(),
          windowId: window.id,
          itemCode: version.code,
          itemVersion: version.version,
          departmentId: version.departmentId,
          itemName: version.content.name,
          handling: version.content.handling,
          state: "RECEIVED",
          applicantKind: applicant.kind,
          applicantName: applicant.name,
          applicantIdentifier: applicant.identifier,
          applicantPhone: applicant.phone,
          applicantContact: applicant.contactName,
          agentId: input.agentId ?? null,
          clerkId: ctx.actor.id,
          receivedOn,
          limitDays: version.content.handling === "IMMEDIATE" ? 0 : version.content.promisedDays,
          statutoryDays: version.content.statutoryDays,
          materials: checked.checklist,
          idempotencyKey: input.idempotencyKey ?? null,
        })
        .returning();
      await recordTransition(tx, { c: received!, on: today, actor: ctx.actor, action: "RECEIVE", from: null, to: "RECEIVED", data: { receivedOn } }, ctx.notificationChannels, calendar);
      if (input.reviewNow === false) return { case: received!, notice: null };
      const reviewed = await review(ctx, { tx, c: received!, parts: [], centre, version, today, calendar }, checked.checklist, checked.lacking);
      return { case: reviewed.c, notice: reviewed.notice };
    }));
  } catch (error) {
    // Two retries racing with the same key: the loser returns the winner's case.
    if (input.idempotencyKey && isUniqueViolation(error)) {
      const first = await repo.byIdempotencyKey(window.centreId, input.idempotencyKey);
      if (first) return replay(repo, first, input, applicant.identifier);
    }
    throw error;
  }
}

/**
 * A retry with the same key answers the first result, but only for the same request: a key reused
 * for another applicant, item or window would otherwise swallow that application unseen.
 */
async function replay(repo: CaseRepository, first: CaseRecord, input: IntakeInput, identifier: string): Promise<IntakeResult> {
  if (first.applicantIdentifier !== identifier || first.itemCode !== input.itemCode || first.windowId !== input.windowId) {
    throw new DomainError("IDEMPOTENCY_KEY_REUSED", "该幂等键已用于另一份申请(申请人、事项或窗口不同),本次申请未受理,请重新提交", "idempotencyKey");
  }
  return { case: first, notice: (await repo.noticesOf([first.id]))[0]!.at(-1) ?? null };
}
