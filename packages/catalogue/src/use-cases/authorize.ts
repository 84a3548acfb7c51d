import { DomainError } from "@wuxi/service-kit";
import type { CatalogueContext } from "../context.ts";

/** Only this department's catalogue publishers change its catalogue. */
export function requirePublisher({ actor, department }: CatalogueContext): void {
  if (actor.role !== "CATALOGUE_PUBLISHER" || actor.departmentId !== department.id) {
    throw new DomainError("FORBIDDEN", `只有${department.name}的事项目录发布员可以修改本部门事项`);
  }
}

/** The change feed is for the platform's own services (the centres' replicas). */
export function requireService({ actor }: CatalogueContext): void {
  if (actor.role !== "SYSTEM") throw new DomainError("FORBIDDEN", "变更流水仅供平台内部服务读取");
}

/** This department's approvers, or the platform's services acting for them. */
export function requireApprover({ actor, department }: CatalogueContext): void {
  if (actor.role === "SYSTEM") return;
  if (actor.role !== "DEPARTMENT_APPROVER" || actor.departmentId !== department.id) {
    throw new DomainError("FORBIDDEN", `只有${department.name}的审批人员可以查看本部门的审批决定`);
  }
}
