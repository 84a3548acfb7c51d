import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import { requireCentreManager } from "../use-cases/authorize.ts";
import { type SettingsView, settingsOf } from "./settings.ts";
import { oversightSettings } from "./tables.ts";
import type { ScoringWeights } from "./scoring.ts";

export interface SettingsInput {
  yellowDays?: number | null;
  yellowSharePercent?: number | null;
  complaintDays?: number | null;
  rectifyDays?: number | null;
  scoring?: ScoringWeights | null;
}

/** 预警阈值: the centre's own manager sets when its lights turn yellow and how its ranking is weighed. */
export async function setOversightSettings(ctx: CentreContext, centreId: string, input: SettingsInput): Promise<{ settings: SettingsView }> {
  requireCentreManager(ctx, centreId);
  const days = input.yellowDays ?? null;
  const share = input.yellowSharePercent ?? null;
  if ((days === null) === (share === null)) throw new DomainError("ONE_THRESHOLD", "黄灯阈值须在“期限前工作日数”和“时限百分比”中选择一种", "yellowDays");
  if (days !== null && (!Number.isInteger(days) || days < 0 || days > 30)) throw new DomainError("INVALID_THRESHOLD", "期限前工作日数应为0至30的整数", "yellowDays");
  if (share !== null && (!Number.isInteger(share) || share < 1 || share > 100)) throw new DomainError("INVALID_THRESHOLD", "时限百分比应为1至100的整数", "yellowSharePercent");
  for (const field of ["complaintDays", "rectifyDays"] as const) {
    const v = input[field];
    if (v != null && (!Number.isInteger(v) || v < 1 || v > 60)) throw new DomainError("INVALID_DAYS", "办理时限应为1至60个工作日", field);
  }
  if (input.scoring && Object.values(input.scoring).some((v) => !Number.isFinite(v) || v < 0)) throw new DomainError("INVALID_WEIGHT", "评分权重和扣分不能为负数", "scoring");
  const current = (await settingsOf(ctx.db, [centreId])).get(centreId)!;
  const values = {
    centreId,
    yellowDays: days,
    yellowSharePercent: share,
    complaintDays: input.complaintDays ?? current.complaintDays,
    rectifyDays: input.rectifyDays ?? current.rectifyDays,
    scoring: input.scoring ?? current.scoring,
    updatedBy: ctx.actor.id,
    updatedAt: new Date(),
  };
  await ctx.db.insert(oversightSettings).values(values).onConflictDoUpdate({ target: oversightSettings.centreId, set: values });
  return { settings: (await settingsOf(ctx.db, [centreId])).get(centreId)! };
}
