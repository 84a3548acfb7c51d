import { type DepartmentConfig, departmentOfCode, itemTypeOf } from "@wuxi/federation";

/** An item as the centre knows it: a key the owning department's subgraph resolves. */
export interface ItemReference {
  code: string;
  __typename: string;
}

/** The reference for a code, typed by the department that owns the code's prefix. */
export function itemReference(departments: DepartmentConfig[], code: string): ItemReference {
  const department = departmentOfCode(departments, code);
  if (!department) throw new Error(`no department owns item code ${code}`);
  return { code, __typename: itemTypeOf(department) };
}
