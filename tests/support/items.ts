/** Builders of item documents that read like a department's catalogue entry. */
export function licenceItem(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: "测试许可事项",
    kind: "ADMINISTRATIVE_LICENCE",
    handling: "PROMISED",
    legalBasis: "《中华人民共和国行政许可法》第十二条",
    conditions: ["申请人具有完全民事行为能力"],
    steps: [
      { order: 1, name: "受理", days: 0 },
      { order: 2, name: "审查", days: 3 },
      { order: 3, name: "决定", days: 2 },
    ],
    statutoryDays: 20,
    promisedDays: 5,
    clockStoppingProcedures: ["EXPERT_REVIEW"],
    materials: [
      { name: "申请书", required: true, form: "ORIGINAL", copies: 1, electronicAccepted: true, blankForm: `${code}-申请书.docx`, sampleForm: `${code}-申请书样表.pdf` },
      { name: "授权委托书", required: false, condition: "委托他人办理的", form: "ORIGINAL", copies: 1, electronicAccepted: false },
    ],
    fees: [],
    acceptingTiers: ["COUNTY"],
    decidingTier: "COUNTY",
    coDepartments: [],
    contacts: { consultationPhone: "0510-12345678", complaintPhone: "12345" },
    appeal: { reconsideration: "无锡市人民政府", litigation: "无锡市梁溪区人民法院" },
    ...overrides,
  };
}
