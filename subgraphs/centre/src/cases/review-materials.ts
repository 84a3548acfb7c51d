import type { CentreContext } from "../context.ts";
import type { IntakeResult } from "./intake-case.ts";
import { withCase } from "./case-work.ts";
import { requireCaseClerk, requireState } from "./guards.ts";
import { checkMaterials, type MaterialCheckInput } from "./materials.ts";
import { review } from "./review.ts";

/** 审查材料: reviews a case whose materials were only received: accept, or tell everything lacking once. */
export async function reviewMaterials(ctx: CentreContext, caseId: string, materials: MaterialCheckInput[]): Promise<IntakeResult> {
  return withCase(ctx, caseId, async (w) => {
    requireCaseClerk(ctx.actor, w.c);
    requireState(w.c, ["RECEIVED"], "审查材料");
    const { checklist, lacking } = checkMaterials(w.version.content, materials);
    const reviewed = await review(ctx, w, checklist, lacking);
    return { case: reviewed.c, notice: reviewed.notice };
  });
}
