import type { StaffMemberResolvers } from "../generated/graphql.ts";
import { isCertifiedOn } from "../staff/staff-repository.ts";

export const StaffMember: StaffMemberResolvers = {
  certified: (staff, _a, { today }) => isCertifiedOn(staff, today()),
};
