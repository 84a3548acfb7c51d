import { DomainError } from "@wuxi/service-kit";
import type { ItemVersionRow } from "../tables.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A new version takes effect today or later, and not before the latest published version's effective
 * date, so that effective dates rise with version numbers and "the highest effective version is in
 * force" stays unambiguous (a same-day correction simply wins over the version it corrects).
 */
export function checkEffectiveDate(effectiveFrom: string, today: string, latest: ItemVersionRow | undefined, field = "effectiveFrom"): void {
  if (!ISO_DATE.test(effectiveFrom) || Number.isNaN(Date.parse(effectiveFrom))) {
    throw new DomainError("INVALID_EFFECTIVE_FROM", "生效日期格式应为 YYYY-MM-DD", field);
  }
  if (effectiveFrom < today) {
    throw new DomainError("EFFECTIVE_FROM_IN_PAST", `生效日期不能早于今天(${today})`, field);
  }
  if (latest && effectiveFrom < latest.effectiveFrom!) {
    throw new DomainError(
      "EFFECTIVE_FROM_BEFORE_CURRENT",
      `生效日期不能早于第${latest.version}版的生效日期(${latest.effectiveFrom})`,
      field,
    );
  }
}
