import { DomainError } from "@wuxi/service-kit";
import { and, eq, sql } from "drizzle-orm";
import type { CatalogueContext } from "../context.ts";
import { type DecisionRow, decisions, departmentCounters } from "../decision-tables.ts";
import type { Db } from "@wuxi/db";
import { ItemRepository } from "../item-repository.ts";
import { requireService } from "./authorize.ts";

export interface RecordDecisionInput {
  caseId: string;
  caseNumber: string;
  centreId: string;
  itemCode: string;
  itemVersion: number;
  outcome: "APPROVED" | "REFUSED";
  reasons?: string | null;
  decidedBy: string;
  decidedOn: string;
  /** MAIN (default) or a joint case's department part. */
  part?: string | null;
  /** For a co-department's part of another department's item: the item's legal basis. */
  legalBasis?: string | null;
}

/** The next number of a per-year series (decisions, licences), taken under the counter's row lock. */
export async function nextNumber(tx: Db, year: number, kind: "DECISION" | "LICENCE"): Promise<number> {
  const [row] = await tx
    .insert(departmentCounters)
    .values({ year, kind, last: 1 })
    .onConflictDoUpdate({ target: [departmentCounters.year, departmentCounters.kind], set: { last: sql`${departmentCounters.last} + 1` } })
    .returning({ last: departmentCounters.last });
  return row!.last;
}

/**
 * Records the department's decision on a case, or on its part of a joint case (联办), as the centre's
 * case engine asks once it has checked the case and the decider. Idempotent by case and part: asking
 * again with the same outcome returns the decision already recorded; a different outcome is refused
 * (DECISION_ALREADY_RECORDED), so there is never more than one decision per case and part. A co-department decides its part of another
 * department's item; the whole case is decided only on the department's own items.
 */
export async function recordDecision(ctx: CatalogueContext, input: RecordDecisionInput): Promise<DecisionRow> {
  requireService(ctx);
  const part = input.part?.trim() || "MAIN";
  const ownItem = input.itemCode.startsWith(`${ctx.department.codePrefix}-`);
  if (!ownItem && part === "MAIN") {
    throw new DomainError("NOT_THIS_DEPARTMENT", `事项 ${input.itemCode} 不属于${ctx.department.name}`, "itemCode");
  }
  if (input.outcome === "REFUSED" && !input.reasons?.trim()) {
    throw new DomainError("REASONS_REQUIRED", "不予许可决定必须说明理由", "reasons");
  }
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(decisions).where(and(eq(decisions.caseId, input.caseId), eq(decisions.part, part)));
    if (existing) {
      // One decision on record: the same question gets the same answer; the opposite one is refused,
      // so the centre's case and this record can never carry contradictory outcomes.
      if (existing.outcome !== input.outcome) {
        const words = existing.outcome === "APPROVED" ? "准予行政许可" : "不予行政许可";
        throw new DomainError(
          "DECISION_ALREADY_RECORDED",
          `${ctx.department.name}已对该办件作出${words}决定(${existing.number},${existing.decidedOn}),不能再作出相反的决定;请按已作出的决定办结`,
          "outcome",
        );
      }
      return existing;
    }
    const version = ownItem ? await new ItemRepository(tx).versionsOf(input.itemCode, input.decidedOn) : [];
    const legalBasis = version.find((v) => v.version === input.itemVersion)?.legalBasis ?? input.legalBasis?.trim() ?? "";
    const year = Number(input.decidedOn.slice(0, 4));
    const seq = await nextNumber(tx, year, "DECISION");
    const [row] = await tx
      .insert(decisions)
      .values({
        ...input,
        part,
        reasons: input.reasons?.trim() || null,
        legalBasis,
        number: `${ctx.department.codePrefix}决〔${year}〕${String(seq).padStart(5, "0")}号`,
      })
      .returning();
    return row!;
  });
}
