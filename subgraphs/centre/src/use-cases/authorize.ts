import { DomainError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";

/** A centre's own manager, and nobody else, manages its stationing and staff. */
export function requireCentreManager({ actor }: CentreContext, centreId: string): void {
  if (actor.role !== "CENTRE_MANAGER" || actor.centreId !== centreId) {
    throw new DomainError("FORBIDDEN", "只有本中心的中心管理员可以办理进驻和人员管理");
  }
}
