import { z } from "zod";

/** Roles of the people who use the system (the README lists them), plus SYSTEM for the platform's own services. */
export const ROLES = [
  "WINDOW_CLERK",
  "CHARGE_CLERK",
  "DEPARTMENT_APPROVER",
  "CATALOGUE_PUBLISHER",
  "CENTRE_MANAGER",
  "SUPERVISOR",
  "AGENT",
  "PUBLIC",
  "SYSTEM",
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as verified by the gateway. Subgraphs trust nothing else. */
export const actorSchema = z.object({
  /** Subject: the staff or agent id; "anonymous" for the public. */
  id: z.string().min(1).max(64),
  role: z.enum(ROLES),
  centreId: z.string().min(1).max(32).optional(),
  departmentId: z.string().min(1).max(32).optional(),
  windowId: z.string().min(1).max(64).optional(),
  /** 本机关负责人: a department approver who heads the licensing authority (Art. 42 approves extensions). */
  head: z.boolean().optional(),
  /** The person's name, where an act must record who approved it (Art. 42's extension). */
  name: z.string().min(1).max(40).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const PUBLIC_ACTOR: Actor = Object.freeze({ id: "anonymous", role: "PUBLIC" });

/** Which scope claims each role must carry, so a token cannot leave a clerk without a window. */
export const REQUIRED_SCOPE: Record<Role, ReadonlyArray<"centreId" | "departmentId" | "windowId">> = {
  WINDOW_CLERK: ["centreId", "windowId"],
  CHARGE_CLERK: ["centreId", "windowId"],
  DEPARTMENT_APPROVER: ["departmentId"],
  CATALOGUE_PUBLISHER: ["departmentId"],
  CENTRE_MANAGER: ["centreId"],
  SUPERVISOR: ["centreId"],
  AGENT: ["centreId"],
  PUBLIC: [],
  SYSTEM: [],
};

export function missingScope(actor: Actor): string[] {
  return REQUIRED_SCOPE[actor.role].filter((claim) => !actor[claim]);
}
