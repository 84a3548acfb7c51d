import { DomainError } from "@wuxi/service-kit";
import { eq } from "drizzle-orm";
import type { CatalogueContext } from "../context.ts";
import { decisions, type LicenceRow, licences } from "../decision-tables.ts";
import { requireService } from "./authorize.ts";
import { nextNumber } from "./record-decision.ts";

export interface IssueLicenceInput {
  caseId: string;
  holderName: string;
  issuedBy: string;
  issuedOn: string;
  validFrom: string;
  validUntil?: string | null;
}

/** 制证: issues the licence of an approved case (Art. 44). Idempotent by case. */
export async function issueLicence(ctx: CatalogueContext, input: IssueLicenceInput): Promise<LicenceRow> {
  requireService(ctx);
  if (input.validUntil && input.validUntil < input.validFrom) {
    throw new DomainError("VALIDITY_REVERSED", "证照有效期止不能早于有效期起", "validUntil");
  }
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(licences).where(eq(licences.caseId, input.caseId));
    if (existing) return existing;
    const [decision] = await tx.select().from(decisions).where(eq(decisions.caseId, input.caseId));
    if (!decision || decision.outcome !== "APPROVED") {
      throw new DomainError("NOT_APPROVED", "只有准予许可的办件才能制发证照", "caseId");
    }
    const year = Number(input.issuedOn.slice(0, 4));
    const seq = await nextNumber(tx, year, "LICENCE");
    const [row] = await tx
      .insert(licences)
      .values({
        caseId: input.caseId,
        decisionNumber: decision.number,
        itemCode: decision.itemCode,
        holderName: input.holderName,
        issuedOn: input.issuedOn,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
        issuedBy: input.issuedBy,
        number: `${ctx.department.codePrefix}${year}${String(seq).padStart(6, "0")}`,
      })
      .returning();
    return row!;
  });
}
