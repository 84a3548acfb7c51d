import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** One entering department (进驻部门) as configured in config/departments.json. */
export const departmentConfigSchema = z.object({
  /** Folder name under subgraphs/ and service name. */
  id: z.string().regex(/^[a-z][a-z-]*[a-z]$/),
  name: z.string().min(1),
  short: z.string().min(1),
  /** PascalCase prefix of the department's GraphQL types (Market -> MarketItem). */
  typePrefix: z.string().regex(/^[A-Z][A-Za-z]*$/),
  /** Upper-case prefix of every item code the department publishes (SCJG-XK-001). */
  codePrefix: z.string().regex(/^[A-Z]{2,6}$/),
  /** Local default port. */
  port: z.number().int().min(1024).max(65535),
});
export type DepartmentConfig = z.infer<typeof departmentConfigSchema>;

export const departmentListSchema = z
  .array(departmentConfigSchema)
  .min(1)
  .superRefine((list, ctx) => {
    for (const key of ["id", "typePrefix", "codePrefix", "port"] as const) {
      const seen = new Set<unknown>();
      for (const d of list) {
        if (seen.has(d[key])) ctx.addIssue({ code: "custom", message: `duplicate ${key}: ${d[key]}` });
        seen.add(d[key]);
      }
    }
  });

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const departmentsFile = `${repoRoot}config/departments.json`;

export function loadDepartments(file = departmentsFile): DepartmentConfig[] {
  return departmentListSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

/** Root field of the department's namespace: Market -> market, CivilAffairs -> civilAffairs. */
export function rootFieldOf(d: Pick<DepartmentConfig, "typePrefix">): string {
  return d.typePrefix[0]!.toLowerCase() + d.typePrefix.slice(1);
}

export function itemTypeOf(d: Pick<DepartmentConfig, "typePrefix">): string {
  return `${d.typePrefix}Item`;
}

/** Environment variable holding the department subgraph's URL: civil-affairs -> CIVIL_AFFAIRS_URL. */
export function urlEnvOf(serviceId: string): string {
  return `${serviceId.toUpperCase().replace(/-/g, "_")}_URL`;
}

/** The department that owns an item code, by its prefix; undefined when no department owns it. */
export function departmentOfCode(departments: DepartmentConfig[], code: string): DepartmentConfig | undefined {
  const prefix = code.split("-", 1)[0];
  return departments.find((d) => d.codePrefix === prefix);
}
