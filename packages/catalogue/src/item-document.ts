import { z } from "zod";

/**
 * The implementation list of one item (事项实施清单) as a department publishes it: the body of an item
 * version and the format of a catalogue import. Messages are Chinese and name the field.
 */

export const TIERS = ["CITY", "COUNTY", "TOWNSHIP"] as const;
export const ITEM_KINDS = [
  "ADMINISTRATIVE_LICENCE",
  "NON_LICENCE_APPROVAL",
  "PUBLIC_SERVICE",
  "CERTIFICATE",
  "ENTRUSTED_ACCEPTANCE",
] as const;
export const HANDLING_TYPES = ["IMMEDIATE", "PROMISED", "JOINT", "ESCALATED"] as const;
export const SPECIAL_PROCEDURES = [
  "HEARING", "TENDERING", "AUCTION", "INSPECTION", "TESTING", "QUARANTINE", "APPRAISAL", "EXPERT_REVIEW",
] as const;
export const MATERIAL_FORMS = ["ORIGINAL", "COPY", "ORIGINAL_AND_COPY"] as const;
export const FEE_RULES = ["FIXED", "PER_COPY", "PER_AREA"] as const;

/** 《行政许可法》第四十二条: 20 working days; joint or centralised handling 45. */
export const STATUTORY_DEFAULT_DAYS = 20;
export const STATUTORY_DEFAULT_DAYS_JOINT = 45;
/** 《行政许可法》第四十三条: the lower body finishes its review within 20 working days of acceptance. */
export const REVIEW_DAYS_MAX = 20;

/** Largest single fee standard accepted, in fen (一千万元): anything above is a typing error. */
export const MAX_FEE_FEN = 1_000_000_000;

const text = (label: string, max: number) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${label}不能为空` : `${label}必须为文字`) }).trim().min(1, `${label}不能为空`).max(max, `${label}不能超过${max}个字`);
const optionalText = (label: string, max: number) => text(label, max).optional();
const days = (label: string) =>
  z.number({ error: `${label}必须为整数工作日` }).int(`${label}必须为整数工作日`).min(0, `${label}不能为负数`).max(365, `${label}不能超过365个工作日`);

export const materialSchema = z.object({
  name: text("材料名称", 100),
  required: z.boolean({ error: "是否必须须为是或否" }),
  condition: optionalText("需提交情形", 200),
  form: z.enum(MATERIAL_FORMS, { error: "材料形式须为原件、复印件或原件及复印件" }),
  copies: z.number({ error: "份数必须为整数" }).int("份数必须为整数").min(1, "份数至少为1").max(20, "份数不能超过20"),
  electronicAccepted: z.boolean({ error: "是否接受电子材料须为是或否" }),
  blankForm: optionalText("空白表格", 200),
  sampleForm: optionalText("示例样表", 200),
}).refine((m) => m.required || m.condition, { message: "非必须材料须写明需提交的情形", path: ["condition"], params: { code: "CONDITION_REQUIRED" } });

export const feeStandardSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]{1,20}$/, "收费项目编码只能由大写字母、数字和连字符组成"),
  name: text("收费项目名称", 100),
  rule: z.enum(FEE_RULES, { error: "收费计算方式须为固定金额、按件或按面积" }),
  amountFen: z
    .number({ error: "收费金额必须为以分计的整数" })
    .int("收费金额必须为以分计的整数")
    .min(0, "收费金额不能为负数")
    .max(MAX_FEE_FEN, "收费金额超出上限"),
  unit: optionalText("计量单位", 20),
  legalBasis: text("收费依据", 500),
  reductions: optionalText("减免规定", 500),
  /** Which department the fee belongs to in a joint item (one of its co-departments); default the item's own. */
  departmentId: z.string().trim().min(1, "收费部门不能为空").max(40, "收费部门不能超过40个字符").optional(),
  /**
   * Standards that exclude each other (a registration is either residential or not) share a group:
   * a bill carries at most one of them, and the console offers them as one choice.
   */
  exclusiveGroup: optionalText("互斥组", 40),
});

export const procedureStepSchema = z.object({
  order: z.number().int().min(1, "环节序号从1开始"),
  name: text("环节名称", 50),
  days: days("环节时限"),
});

export const itemDocumentSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2,6}-[A-Z]{2}-\d{3,5}$/, "事项编码格式应为 部门前缀-类别-序号,如 SCJG-XK-001"),
    name: text("事项名称", 100),
    kind: z.enum(ITEM_KINDS, { error: "事项类型无效" }),
    handling: z.enum(HANDLING_TYPES, { error: "办理类型须为即办、承诺、联办或上报" }),
    legalBasis: text("设定依据", 2000),
    conditions: z.array(text("申报条件", 500)).max(50, "申报条件不能超过50条"),
    steps: z.array(procedureStepSchema).min(1, "办事程序至少一步").max(30, "办事程序不能超过30步"),
    statutoryDays: days("法定期限").optional(),
    /**
     * 法定期限依据: the provision of a law or administrative regulation that sets a statutory limit
     * longer than Art. 42 allows by default (20 working days; 45 for joint handling). Required then.
     */
    statutoryDaysBasis: text("法定期限依据", 500).optional(),
    promisedDays: days("承诺期限"),
    /** 上报件: the accepting tier's preliminary review (初审) limit; Art. 43 caps it at 20. */
    reviewDays: days("初审时限").optional(),
    clockStoppingProcedures: z.array(z.enum(SPECIAL_PROCEDURES, { error: "特别程序无效" })).default([]),
    materials: z.array(materialSchema).max(60, "申报材料不能超过60项"),
    fees: z.array(feeStandardSchema).max(20, "收费标准不能超过20项").default([]),
    acceptingTiers: z.array(z.enum(TIERS, { error: "层级无效" })).min(1, "至少一个可受理层级"),
    decidingTier: z.enum(TIERS, { error: "决定层级无效" }),
    coDepartments: z.array(z.string().min(1)).default([]),
    contacts: z.object({ consultationPhone: text("咨询电话", 30), complaintPhone: text("投诉电话", 30) }),
    appeal: z.object({ reconsideration: text("行政复议机关", 100), litigation: text("行政诉讼法院", 100) }),
    effectiveFrom: z.iso.date("生效日期格式应为 YYYY-MM-DD").optional(),
  })
  .transform((item) => ({
    ...item,
    statutoryDays:
      item.statutoryDays ?? (item.handling === "JOINT" ? STATUTORY_DEFAULT_DAYS_JOINT : STATUTORY_DEFAULT_DAYS),
  }))
  .superRefine((item, ctx) => {
    if (item.promisedDays > item.statutoryDays) {
      ctx.addIssue({ code: "custom", params: { code: "PROMISED_EXCEEDS_STATUTORY" }, path: ["promisedDays"], message: `承诺期限(${item.promisedDays})不能超过法定期限(${item.statutoryDays})` });
    }
    // Art. 42: 20 working days (45 for joint handling) unless a law or regulation provides otherwise;
    // a longer limit is only lawful with the provision that sets it, so the item must name it.
    const defaultLimit = item.handling === "JOINT" ? STATUTORY_DEFAULT_DAYS_JOINT : STATUTORY_DEFAULT_DAYS;
    if (item.statutoryDays > defaultLimit && !item.statutoryDaysBasis?.trim()) {
      ctx.addIssue({
        code: "custom",
        params: { code: "STATUTORY_DAYS_WITHOUT_BASIS" },
        path: ["statutoryDaysBasis"],
        message: `法定期限${item.statutoryDays}个工作日超过《行政许可法》第四十二条规定的${defaultLimit}个工作日,须在法定期限依据(statutoryDaysBasis)中写明规定该期限的法律、法规条款`,
      });
    }
    if (item.handling === "JOINT" && item.coDepartments.length === 0) {
      ctx.addIssue({ code: "custom", params: { code: "JOINT_WITHOUT_CO_DEPARTMENTS" }, path: ["coDepartments"], message: "联办事项必须列明协办部门" });
    }
    if (item.handling === "IMMEDIATE" && item.promisedDays > 1) {
      ctx.addIssue({ code: "custom", params: { code: "IMMEDIATE_TOO_LONG" }, path: ["promisedDays"], message: "即办件须当场或当日办结,承诺期限不能超过1个工作日" });
    }
    if (item.handling === "ESCALATED" && !item.acceptingTiers.some((t) => tierRank(t) > tierRank(item.decidingTier))) {
      ctx.addIssue({ code: "custom", params: { code: "ESCALATED_WITHOUT_LOWER_TIER" }, path: ["acceptingTiers"], message: "上报事项的受理层级须低于决定层级" });
    }
    if (item.reviewDays !== undefined && item.handling !== "ESCALATED") {
      ctx.addIssue({ code: "custom", params: { code: "REVIEW_DAYS_NOT_ESCALATED" }, path: ["reviewDays"], message: "只有上报事项才设初审时限" });
    }
    if (item.reviewDays !== undefined && item.reviewDays > Math.min(REVIEW_DAYS_MAX, item.promisedDays)) {
      ctx.addIssue({ code: "custom", params: { code: "REVIEW_DAYS_TOO_LONG" }, path: ["reviewDays"], message: `初审时限不能超过${REVIEW_DAYS_MAX}个工作日(《行政许可法》第四十三条),也不能超过承诺期限` });
    }
    item.steps.forEach((step, i) => {
      if (step.order !== i + 1) ctx.addIssue({ code: "custom", params: { code: "STEP_ORDER" }, path: ["steps", i, "order"], message: "办事程序序号须从1起连续编号" });
    });
    const feeCodes = new Set<string>();
    item.fees.forEach((fee, i) => {
      if (feeCodes.has(fee.code)) ctx.addIssue({ code: "custom", params: { code: "DUPLICATE_FEE_CODE" }, path: ["fees", i, "code"], message: `收费项目编码 ${fee.code} 重复` });
      feeCodes.add(fee.code);
      if (fee.departmentId && !item.coDepartments.includes(fee.departmentId)) {
        ctx.addIssue({ code: "custom", params: { code: "FEE_DEPARTMENT_NOT_CO_DEPARTMENT" }, path: ["fees", i, "departmentId"], message: `收费部门 ${fee.departmentId} 须为本事项的协办部门(本部门的收费不填)` });
      }
      if (fee.rule !== "FIXED" && !fee.unit) ctx.addIssue({ code: "custom", params: { code: "FEE_UNIT_REQUIRED" }, path: ["fees", i, "unit"], message: "按件或按面积收费须写明计量单位" });
      // A group of one excludes nothing: most likely a typo in the other standard's group name.
      if (fee.exclusiveGroup && item.fees.filter((f) => f.exclusiveGroup === fee.exclusiveGroup).length < 2) {
        ctx.addIssue({ code: "custom", params: { code: "EXCLUSIVE_GROUP_ALONE" }, path: ["fees", i, "exclusiveGroup"], message: `互斥组「${fee.exclusiveGroup}」只有一项收费标准,互斥组须至少包含两项` });
      }
    });
  });

export type ItemDocumentInput = z.input<typeof itemDocumentSchema>;
export type ItemDocument = z.output<typeof itemDocumentSchema>;
export type Tier = (typeof TIERS)[number];

/** CITY is the top tier (0), TOWNSHIP the bottom one (2). */
export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}
