import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  CASE, clerkA01, clerkA02, company, complete, DECIDE, EXTEND, immediateItem, intake, INTAKE, ISSUE_LICENCE, liangxiManager,
  marketApprover, promisedItem, publishAndStation, QUEUE, REFUSE_TO_ACCEPT, RESUME, REVIEW, STATUS, SUPPLEMENT, SUSPEND, zhangSan,
} from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net);
});
afterAll(() => net?.close());
beforeEach(() => net.setToday(null));

/** 本行政机关负责人 of market regulation (Art. 42: an extension is approved by the head, by name). */
const marketHead = { ...marketApprover, id: "head-market", head: true, name: "王建国" };

const query = (q: string, v: Record<string, unknown>, actor?: object) => net.query(q, v, actor as never).then((r) => r.body);

describe("accept (受理)", () => {
  it("accepts a 承诺件 on Fri 2025-01-24 with a deadline of 2025-02-07 across the 2025 Spring Festival", async () => {
    // Counting starts the day after acceptance: Sun 01-26 is a make-up working day (1), Mon 01-27 (2),
    // 01-28..02-04 are the Spring Festival holiday, Wed 02-05 (3), Thu 02-06 (4), Fri 02-07 (5).
    net.setToday("2025-01-24");
    const { case: c, notice, errors } = await intake(net, {});
    expect(errors).toEqual([]);
    expect(c).toMatchObject({ state: "ACCEPTED", acceptedOn: "2025-01-24", handling: "PROMISED", itemVersion: { version: 1 } });
    expect(c.caseNumber).toMatch(/^320213-2025-\d{6}$/);
    expect(c.queryCode).toMatch(/^\d{10}$/);
    expect(c.clock).toMatchObject({ deadline: "2025-02-07", limitDays: 5, extensionDays: 0, suspended: false });
    expect(c.clock.steps.join("\n")).toContain("2025-02-07");
    expect(notice).toMatchObject({ kind: "ACCEPTANCE_RECEIPT", title: "受理通知书" });
    expect(notice.number).toMatch(/^320213〔2025〕\d{6}号$/);
    expect(Buffer.from(notice.pdfBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("returns the first result for an intake retried with the same idempotency key, creating one case", async () => {
    net.setToday("2025-03-03");
    const first = await intake(net, { idempotencyKey: "counter-7-0001" });
    const again = await intake(net, { idempotencyKey: "counter-7-0001" });
    expect(again.case.id).toBe(first.case.id);
    const queue = (await query(QUEUE, { w: "320213-A01" }, clerkA01)).data.windowQueue;
    expect(queue.filter((q: any) => q.caseNumber === first.case.caseNumber)).toHaveLength(1);
  });

  it("answers two racing intakes with the same idempotency key with one case", async () => {
    net.setToday("2025-03-03");
    const [a, b] = await Promise.all([intake(net, { idempotencyKey: "counter-7-race" }), intake(net, { idempotencyKey: "counter-7-race" })]);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(b.case.id).toBe(a.case.id);
  });

  it("accepts an organisation by its unified social credit code", async () => {
    net.setToday("2025-03-03");
    const { case: c } = await intake(net, { applicant: company });
    expect(c.applicant).toMatchObject({ kind: "ORGANISATION", identifier: "91110000802100433B" });
  });
});

describe("notify once (一次性告知)", () => {
  it("lists every missing and defective material in one notice, and accepts on the day the supplements complete it", async () => {
    net.setToday("2026-02-10");
    const { case: c, notice } = await intake(net, {
      materials: [
        { name: "申请书", status: "DEFECTIVE", note: "缺法定代表人签字" },
        { name: "授权委托书", status: "NOT_APPLICABLE" },
      ],
    });
    expect(c.state).toBe("AWAITING_SUPPLEMENT");
    expect(c.clock.deadline).toBeNull();
    expect(notice.kind).toBe("ONE_TIME_NOTICE");
    expect(notice.lists[0].items).toEqual(["申请书:需补正(缺法定代表人签字)", "营业执照:未提交"]);

    const notListed = await query(SUPPLEMENT, { id: c.id, m: [{ name: "授权委托书", status: "PROVIDED" }] }, clerkA01);
    expect(notListed.data.supplementMaterials.errors[0]).toMatchObject({ code: "NOT_IN_ONE_TIME_NOTICE", field: "materials.0.name" });

    // Thu 2026-02-12: Fri 02-13 (1), Sat 02-14 make-up (2), 02-15..02-23 Spring Festival, Tue 02-24 (3), 02-25 (4), 02-26 (5).
    net.setToday("2026-02-12");
    const partial = (await query(SUPPLEMENT, { id: c.id, m: [{ name: "申请书", status: "PROVIDED" }] }, clerkA01)).data.supplementMaterials;
    expect(partial.case.state).toBe("AWAITING_SUPPLEMENT");
    const done = (await query(SUPPLEMENT, { id: c.id, m: [{ name: "营业执照", status: "PROVIDED" }] }, clerkA01)).data.supplementMaterials;
    expect(done.case).toMatchObject({ state: "ACCEPTED", acceptedOn: "2026-02-12", clock: { deadline: "2026-02-26" } });
    expect(done.notice.kind).toBe("ACCEPTANCE_RECEIPT");
  });

  it("refuses a material the item version does not list, records the violation, and writes no case", async () => {
    net.setToday("2025-03-04");
    const before = (await query(QUEUE, { w: "320213-A01" }, clerkA01)).data.windowQueue.length;
    const r = await query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: [...complete, { name: "房产证", status: "MISSING" }] } }, clerkA01);
    expect(r.data.intakeCase.errors[0]).toMatchObject({ code: "MATERIAL_NOT_IN_CATALOGUE", field: "materials.3.name" });
    expect(r.data.intakeCase.errors[0].message).toContain("房产证");
    expect((await query(QUEUE, { w: "320213-A01" }, clerkA01)).data.windowQueue.length).toBe(before);
    const { violations } = await import("../subgraphs/centre/src/tables.ts");
    const rows = await net.services.centre!.db.select().from(violations);
    expect(rows.filter((v) => v.kind === "ADDED_CONDITION" && (v.evidence as any).demanded.includes("房产证"))).toHaveLength(1);
  });
});

describe("deem accepted (视为受理, Art. 32)", () => {
  // Received Fri 2025-09-26; five working days: Sun 09-28 make-up (1), 09-29 (2), 09-30 (3),
  // 10-01..10-08 National Day, Thu 10-09 (4), Fri 10-10 (5). A notice is due by 2025-10-10.
  it("still allows the one-time notice on the fifth working day", async () => {
    net.setToday("2025-09-26");
    const { case: c } = await intake(net, { reviewNow: false });
    expect(c.state).toBe("RECEIVED");
    net.setToday("2025-10-10");
    const r = (await query(REVIEW, { id: c.id, m: [{ name: "申请书", status: "PROVIDED" }] }, clerkA01)).data.reviewMaterials;
    expect(r.case.state).toBe("AWAITING_SUPPLEMENT");
  });

  it("counts a case as accepted from the day of receipt when no notice came within five working days", async () => {
    net.setToday("2025-09-26");
    const { case: c } = await intake(net, { reviewNow: false });
    net.setToday("2025-10-11"); // the make-up Saturday: the sixth working day
    const r = (await query(REVIEW, { id: c.id, m: [{ name: "申请书", status: "PROVIDED" }] }, clerkA01)).data.reviewMaterials;
    expect(r.case).toMatchObject({ state: "ACCEPTED", acceptedOn: "2025-09-26", deemedAccepted: true, clock: { deadline: "2025-10-10" } });
    expect(r.notice.kind).toBe("ACCEPTANCE_RECEIPT");
    expect(r.notice.paragraphs[0]).toContain("自收到申请材料之日起即为受理");
  });
});

describe("refuse to accept (不予受理)", () => {
  it("names the competent body for a matter outside this body's competence", async () => {
    net.setToday("2025-03-05");
    const { case: c } = await intake(net, { reviewNow: false });
    const missing = await query(REFUSE_TO_ACCEPT, { id: c.id, input: { ground: "OUTSIDE_COMPETENCE", reason: "申请事项属于省级事权。" } }, clerkA01);
    expect(missing.data.refuseToAccept.errors[0]).toMatchObject({ code: "COMPETENT_BODY_REQUIRED", field: "competentBody" });
    const r = (await query(REFUSE_TO_ACCEPT, { id: c.id, input: { ground: "OUTSIDE_COMPETENCE", reason: "申请事项属于省级事权。", competentBody: "江苏省市场监督管理局" } }, clerkA01)).data.refuseToAccept;
    expect(r.case.state).toBe("NOT_ACCEPTED");
    expect(r.notice.kind).toBe("NON_ACCEPTANCE");
    expect(r.notice.paragraphs.join("")).toContain("请向江苏省市场监督管理局申请");
  });
});

describe("suspend, resume and extend (特别程序与延长)", () => {
  it("stops the clock for expert review across the 2026 Spring Festival and moves the deadline by the paused days, then extends once", async () => {
    // Accepted Tue 2026-02-10; 5 working days would end Tue 02-24 (02-11, 02-12, 02-13, Sat 02-14 make-up, 02-24).
    net.setToday("2026-02-10");
    const { case: c } = await intake(net, {});
    expect(c.clock.deadline).toBe("2026-02-24");

    net.setToday("2026-02-12");
    const suspended = (await query(SUSPEND, { id: c.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 10, reason: "组织专家对工艺方案进行评审" } }, clerkA01)).data.suspendClock;
    expect(suspended.case).toMatchObject({ state: "SUSPENDED", clock: { deadline: null, suspended: true } });
    expect(suspended.notice.kind).toBe("SUSPENSION");
    expect(suspended.notice.paragraphs.join("")).toContain("预计需要10个工作日");

    // Resumed Thu 02-26: 02-13, Sat 02-14, 02-24, 02-25, 02-26 are not counted (5 days).
    // Counted: 02-11 (1), 02-12 (2), then Fri 02-27 (3), Sat 02-28 make-up (4), Mon 03-02 (5).
    net.setToday("2026-02-26");
    const resumed = (await query(RESUME, { id: c.id }, clerkA01)).data.resumeClock;
    expect(resumed.case).toMatchObject({ state: "ACCEPTED", clock: { deadline: "2026-03-02", pausedWorkingDays: 5 } });

    // Extended by 10 on 02-27: 15 counted days end Mon 2026-03-16 (03-03..03-06, 03-09..03-13, 03-16).
    net.setToday("2026-02-27");
    // Art. 42: neither an ordinary approver, nor another department's head, nor the centre's manager
    // is the head of the licensing authority that decides this case.
    const otherHead = { ...marketHead, id: "head-natural", departmentId: "natural" };
    for (const notHead of [marketApprover, otherHead, liangxiManager]) {
      const refused = await query(EXTEND, { id: c.id, input: { days: 10, reason: "需征求相关部门意见" } }, notHead);
      expect(refused.errors[0].extensions.code).toBe("FORBIDDEN");
      expect(refused.errors[0].message).toBe("延长期限须经本行政机关负责人批准,请由决定部门的负责人在部门审批端办理(《行政许可法》第四十二条)");
    }
    const extended = (await query(EXTEND, { id: c.id, input: { days: 10, reason: "需征求相关部门意见" } }, marketHead)).data.extendDeadline;
    expect(extended.errors).toEqual([]);
    expect(extended.notice.paragraphs[0]).toContain("经本行政机关负责人王建国批准");
    expect(extended.case.clock).toMatchObject({ deadline: "2026-03-16", extensionDays: 10 });
    expect(extended.notice.kind).toBe("EXTENSION");

    const again = (await query(EXTEND, { id: c.id, input: { days: 2, reason: "再延" } }, marketHead)).data.extendDeadline;
    expect(again.errors[0].code).toBe("ALREADY_EXTENDED");
    const notSuspended = (await query(RESUME, { id: c.id }, clerkA01)).data.resumeClock;
    expect(notSuspended.errors[0].code).toBe("NOT_SUSPENDED");

    const history = (await query(CASE, { id: c.id }, clerkA01)).data.case.history.map((h: any) => h.action);
    expect(history).toEqual(["RECEIVE", "ACCEPT", "SUSPEND", "RESUME", "EXTEND"]);
  });

  it("refuses a procedure the item does not provide for, an extension beyond 10 days, and an extension by a clerk", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    const hearing = (await query(SUSPEND, { id: c.id, input: { procedure: "HEARING", expectedDays: 5, reason: "听证" } }, clerkA01)).data.suspendClock;
    expect(hearing.errors[0]).toMatchObject({ code: "PROCEDURE_NOT_APPLICABLE", field: "procedure" });
    const tooLong = (await query(EXTEND, { id: c.id, input: { days: 11, reason: "复杂" } }, marketHead)).data.extendDeadline;
    expect(tooLong.errors[0]).toMatchObject({ code: "EXTENSION_BEYOND_BOUND", field: "days" });
    const byClerk = await query(EXTEND, { id: c.id, input: { days: 5, reason: "复杂" } }, clerkA01);
    expect(byClerk.errors[0].extensions.code).toBe("FORBIDDEN");
    const after = (await query(CASE, { id: c.id }, clerkA01)).data.case;
    expect(after).toMatchObject({ state: "ACCEPTED", clock: { extensionDays: 0 } });
  });
});

describe("decide, refuse and issue licence (决定、答复件与制证)", () => {
  it("approves at the window that may decide, issuing the licence; the department keeps the decision", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    const r = (await query(DECIDE, { id: c.id, input: { outcome: "APPROVED", licence: { validUntil: "2031-03-01" } } }, clerkA01)).data.decideCase;
    expect(r.errors).toEqual([]);
    expect(r.case).toMatchObject({ state: "CONCLUDED", concludedOn: "2026-03-02", decision: { outcome: "APPROVED", decidedOn: "2026-03-02" } });
    expect(r.case.decision.number).toMatch(/^SCJG决〔2026〕\d{5}号$/);
    expect(r.case.licence).toMatchObject({ issuedOn: "2026-03-02", validFrom: "2026-03-02", validUntil: "2031-03-01" });
    const record = await query(`query($id: ID!) { market { decision(caseId: $id) { number outcome licence { number } } } }`, { id: c.id }, marketApprover);
    expect(record.data.market.decision).toEqual({ number: r.case.decision.number, outcome: "APPROVED", licence: { number: r.case.licence.number } });
  });

  it("tracks the licence as due within 10 working days of an approval (Art. 44), then concludes on issue", async () => {
    // Approved Fri 2025-09-26: Sun 09-28 (1), 09-29 (2), 09-30 (3), 10-09 (4), 10-10 (5), Sat 10-11 (6), 10-13..10-16 (7-10).
    net.setToday("2025-09-26");
    const { case: c } = await intake(net, {});
    const approved = (await query(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, marketApprover)).data.decideCase;
    expect(approved.case).toMatchObject({ state: "APPROVED", licenceDue: "2025-10-16", licence: null });
    net.setToday("2025-10-09");
    const issued = (await query(ISSUE_LICENCE, { id: c.id, input: {} }, marketApprover)).data.issueLicence;
    expect(issued.case).toMatchObject({ state: "CONCLUDED", concludedOn: "2025-10-09", licence: { issuedOn: "2025-10-09" } });
  });

  it("refuses only with reasons, as a written decision giving the appeal routes (答复件)", async () => {
    net.setToday("2026-03-03");
    const { case: c } = await intake(net, {});
    const bare = (await query(DECIDE, { id: c.id, input: { outcome: "REFUSED", reasons: "  " } }, marketApprover)).data.decideCase;
    expect(bare.errors[0]).toMatchObject({ code: "REASONS_REQUIRED", field: "reasons" });
    const r = (await query(DECIDE, { id: c.id, input: { outcome: "REFUSED", reasons: "经营场所不符合食品安全要求。" } }, marketApprover)).data.decideCase;
    expect(r.case).toMatchObject({ state: "REFUSED", concludedOn: "2026-03-03", decision: { outcome: "REFUSED", reasons: "经营场所不符合食品安全要求。" } });
    expect(r.notice.kind).toBe("REFUSAL_DECISION");
    const text = r.notice.paragraphs.join("");
    expect(text).toContain("经营场所不符合食品安全要求。");
    expect(text).toContain("申请行政复议");
    expect(text).toContain("提起行政诉讼");
  });

  it("decides a 即办件 on the spot: its deadline is the day of acceptance", async () => {
    net.setToday("2026-10-09");
    const { case: c } = await intake(net, { itemCode: immediateItem.code, materials: [{ name: "申请书", status: "PROVIDED" }, { name: "授权委托书", status: "NOT_APPLICABLE" }] });
    expect(c).toMatchObject({ handling: "IMMEDIATE", clock: { deadline: "2026-10-09", limitDays: 0 } });
    const r = (await query(DECIDE, { id: c.id, input: { outcome: "APPROVED", licence: {} } }, clerkA01)).data.decideCase;
    expect(r.case).toMatchObject({ state: "CONCLUDED", concludedOn: "2026-10-09" });
  });
});

describe("rules enforced, with clear errors and nothing written", () => {
  it("refuses a transition from the wrong state", async () => {
    net.setToday("2026-03-04");
    const { case: c } = await intake(net, {});
    await query(DECIDE, { id: c.id, input: { outcome: "APPROVED", licence: {} } }, clerkA01);
    const late = (await query(SUSPEND, { id: c.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 3, reason: "x" } }, clerkA01)).data.suspendClock;
    expect(late.errors[0]).toMatchObject({ code: "WRONG_STATE" });
    expect(late.errors[0].message).toContain("已办结");
  });

  it("refuses a clerk acting at a window or on a case not theirs", async () => {
    net.setToday("2026-03-04");
    const atOther = await query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA02);
    expect(atOther.data.intakeCase.errors[0]).toMatchObject({ code: "NOT_YOUR_WINDOW", field: "windowId" });
    const { case: c } = await intake(net, {});
    const other = await query(SUSPEND, { id: c.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 3, reason: "x" } }, clerkA02);
    expect(other.data.suspendClock.errors[0].code).toBe("NOT_YOUR_CASE");
  });

  it("refuses an invalid resident ID number or credit code, naming the field", async () => {
    net.setToday("2026-03-04");
    const badId = await query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: { ...zhangSan, idNumber: "110105194912310021" }, materials: complete } }, clerkA01);
    expect(badId.data.intakeCase.errors).toEqual([expect.objectContaining({ code: "ID_CHECK_DIGIT", field: "applicant.idNumber" })]);
    const badCode = await query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: { ...company, creditCode: "91110000802100433A" }, materials: complete } }, clerkA01);
    expect(badCode.data.intakeCase.errors).toEqual([expect.objectContaining({ code: "CREDIT_CODE_CHECK_CHAR", field: "applicant.creditCode" })]);
  });

  it("refuses an item not stationed at the window", async () => {
    net.setToday("2026-03-04");
    const r = await query(INTAKE, { input: { windowId: "320213-A01", itemCode: "MZ-XK-002", applicant: zhangSan, materials: [] } }, clerkA01);
    expect(r.data.intakeCase.errors[0]).toMatchObject({ code: "ITEM_NOT_STATIONED", field: "itemCode" });
  });

  it("refuses a decision at a window that may only accept, and records the attempt", async () => {
    net.setToday("2026-03-04");
    const clerkA03 = { id: "clerk-lx-a03", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A03" };
    const materials = [] as object[];
    const accepted = await query(INTAKE, { input: { windowId: "320213-A03", itemCode: "ZRGH-XK-004", applicant: company, materials, reviewNow: false } }, clerkA03);
    const c = accepted.data.intakeCase.case;
    const r = await query(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, clerkA03);
    expect(r.data.decideCase.errors[0]).toMatchObject({ code: "DECISION_NOT_DELEGATED" });
    const { violations } = await import("../subgraphs/centre/src/tables.ts");
    const rows = await net.services.centre!.db.select().from(violations);
    expect(rows.filter((v) => v.kind === "UNDELEGATED_DECISION" && v.caseId === c.id)).toHaveLength(1);
  });
});

describe("the applicant's status lookup and personal data", () => {
  it("shows the status by case number and query code, with no personal data", async () => {
    net.setToday("2026-03-05");
    const { case: c } = await intake(net, {});
    const r = await query(STATUS, { n: c.caseNumber, q: c.queryCode });
    expect(r.data.caseStatus).toMatchObject({ caseNumber: c.caseNumber, itemName: "测试承诺件", centreName: "梁溪区行政服务中心", state: "ACCEPTED", deadline: c.clock.deadline });
    expect(r.data.caseStatus.milestones.map((m: any) => m.description)).toEqual(["窗口收取申请材料", "材料齐全,予以受理"]);
    const text = JSON.stringify(r);
    for (const secret of ["张三", "11010519491231002X", "13912345678"]) expect(text).not.toContain(secret);
    const wrong = await query(STATUS, { n: c.caseNumber, q: c.queryCode === "000000" ? "111111" : "000000" });
    expect(wrong.data.caseStatus).toBeNull();
  });

  it("masks the applicant's ID number and phone for a supervisor, not for the clerk who handles the case", async () => {
    net.setToday("2026-03-05");
    const { case: c } = await intake(net, {});
    const supervisor = { id: "sup-lx", role: "SUPERVISOR" as const, centreId: "320213" };
    const masked = (await query(CASE, { id: c.id }, supervisor)).data.case.applicant;
    expect(masked).toMatchObject({ identifier: "110***********002X", phone: "139****5678" });
    const full = (await query(CASE, { id: c.id }, clerkA01)).data.case.applicant;
    expect(full).toMatchObject({ identifier: "11010519491231002X", phone: "13912345678" });
    const sibling = { id: "sup-xs", role: "SUPERVISOR" as const, centreId: "320205" };
    expect((await query(CASE, { id: c.id }, sibling)).data.case).toBeNull();
  });
});

describe("the holiday calendar is data, loaded per year", () => {
  it("never refuses for a year not loaded (provisional), and only a city centre manager loads that year", async () => {
    // Accepted Mon 2026-12-28, 5 working days run into 2027, whose arrangement is not loaded: counted by
    // the statutory holidays (01-01 元旦): 12-29 1, 12-30 2, 12-31 3, Mon 2027-01-04 4, Tue 01-05 5.
    net.setToday("2026-12-28");
    const provisional = await net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA01);
    expect(provisional.body.data.intakeCase.errors).toEqual([]);
    expect(provisional.body.data.intakeCase.case.clock.deadline).toBe("2027-01-05");

    // A test arrangement for 2027 (not the State Council's: only 元旦 on Fri 2027-01-01).
    const year2027 = { year: 2027, source: "测试数据(非国务院通知)", holidays: [{ date: "2027-01-01", name: "元旦" }], makeUpWorkdays: [] };
    const byDistrict = await net.query(`mutation($d: String!) { loadHolidayYear(document: $d) { year } }`, { d: JSON.stringify(year2027) }, liangxiManager);
    expect(byDistrict.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const cityManager = { id: "mgr-city", role: "CENTRE_MANAGER" as const, centreId: "320200" };
    const loaded = await net.query(`mutation($d: String!) { loadHolidayYear(document: $d) { year holidays } }`, { d: JSON.stringify(year2027) }, cityManager);
    expect(loaded.body.data.loadHolidayYear).toEqual({ year: 2027, holidays: ["2027-01-01 元旦"] });

    // 12-29 (1), 12-30 (2), 12-31 (3), 01-01 holiday, Mon 2027-01-04 (4), Tue 01-05 (5).
    const { case: c } = await intake(net, {});
    expect(c.clock.deadline).toBe("2027-01-05");
  });
});
