import type { ItemDocument } from "@wuxi/catalogue";
import { type FieldError, ValidationFailed } from "@wuxi/service-kit";
import type { MaterialCheck } from "../tables.ts";

export interface MaterialCheckInput {
  name: string;
  status: "PROVIDED" | "MISSING" | "DEFECTIVE" | "NOT_APPLICABLE";
  note?: string | null;
}

export class MaterialNotInCatalogue extends ValidationFailed {
  constructor(readonly names: string[], errors: FieldError[]) {
    super(errors);
  }
}

/**
 * The clerk's checklist against the item version: a material the version does not list is refused
 * (asking for it is adding conditions, 增加审批条件); a required material not ticked counts as
 * missing; a conditional one may be not applicable. Returns the full checklist and what is lacking.
 */
export function checkMaterials(version: ItemDocument, input: MaterialCheckInput[]): { checklist: MaterialCheck[]; lacking: MaterialCheck[] } {
  const listed = new Map(version.materials.map((m) => [m.name, m]));
  const unknown = input.map((m, i) => ({ m, i })).filter(({ m }) => !listed.has(m.name));
  if (unknown.length > 0) {
    throw new MaterialNotInCatalogue(
      unknown.map(({ m }) => m.name),
      unknown.map(({ m, i }) => ({
        code: "MATERIAL_NOT_IN_CATALOGUE",
        message: `「${m.name}」不在该事项公布的申报材料目录中,不得要求申请人提交`,
        field: `materials.${i}.name`,
      })),
    );
  }
  const errors: FieldError[] = [];
  input.forEach((m, i) => {
    if (m.status === "NOT_APPLICABLE" && listed.get(m.name)!.required) {
      errors.push({ code: "REQUIRED_MATERIAL", message: `「${m.name}」为必须提交的材料,不能标为不适用`, field: `materials.${i}.status` });
    }
    if (m.status === "DEFECTIVE" && !m.note?.trim()) {
      errors.push({ code: "DEFECT_NOTE_REQUIRED", message: `「${m.name}」需补正的,须写明补正内容`, field: `materials.${i}.note` });
    }
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
  const byName = new Map(input.map((m) => [m.name, m]));
  const checklist: MaterialCheck[] = [];
  for (const material of version.materials) {
    const given = byName.get(material.name);
    if (given?.status === "NOT_APPLICABLE") continue;
    if (!given) {
      if (material.required) checklist.push({ name: material.name, status: "MISSING", note: null });
      continue;
    }
    checklist.push({ name: material.name, status: given.status, note: given.note?.trim() || null });
  }
  return { checklist, lacking: checklist.filter((m) => m.status !== "PROVIDED") };
}
