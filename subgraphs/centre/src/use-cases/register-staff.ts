import { DomainError, ValidationFailed, type FieldError } from "@wuxi/service-kit";
import type { CentreContext } from "../context.ts";
import type { StaffRecord } from "../staff/staff-repository.ts";
import { certifiedStaff } from "../tables.ts";
import { requireCentreManager } from "./authorize.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface RegisterStaffInput {
  id: string;
  name: string;
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
}

/** 持证上岗: records a member of staff with the certificate that lets them work at a window. */
export async function registerStaff(ctx: CentreContext, centreId: string, input: RegisterStaffInput): Promise<{ staff: StaffRecord }> {
  requireCentreManager(ctx, centreId);
  const errors: FieldError[] = [];
  const refuse = (code: string, message: string, field: string) => errors.push({ code, message, field });
  if (!/^[A-Za-z0-9-]{1,32}$/.test(input.id)) refuse("INVALID_STAFF_ID", "工号只能由字母、数字和连字符组成,不超过32位", "id");
  if (!input.name.trim() || input.name.length > 30) refuse("INVALID_NAME", "姓名不能为空且不超过30个字", "name");
  if (!/^[A-Za-z0-9-]{4,40}$/.test(input.certificateNumber)) refuse("INVALID_CERTIFICATE_NUMBER", "上岗证编号格式不正确", "certificateNumber");
  for (const field of ["validFrom", "validUntil"] as const) {
    if (!ISO_DATE.test(input[field]) || Number.isNaN(Date.parse(input[field]))) refuse("INVALID_DATE", "日期格式应为 YYYY-MM-DD", field);
  }
  if (errors.length === 0 && input.validUntil < input.validFrom) refuse("VALIDITY_REVERSED", "证书有效期止不能早于有效期起", "validUntil");
  if (errors.length > 0) throw new ValidationFailed(errors);
  const [row] = await ctx.db
    .insert(certifiedStaff)
    .values({ ...input, name: input.name.trim(), centreId })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new DomainError("STAFF_EXISTS", "该工号或上岗证编号已登记", "id");
  return { staff: row };
}
