import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { company, STATUS, zhangSan } from "./support/cases.ts";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * 联办件 and 上报件 through the gateway: a case forwarded from a township to its district (and one to
 * the city) and back, with each tier's part and clock, visible only on its path; a joint case that
 * concludes only when every department has; an agent following both. Deadlines worked out by hand:
 * March 2026 has no holiday, so working days are Monday to Friday.
 */

const PART = `id seq kind state startedOn concludedOn late opinion centre { id } window { id } department { id } clock { deadline limitDays suspended } decision { number outcome reasons }`;
const CASE = `id caseNumber queryCode state handling acceptedOn clock { deadline suspended steps } parts { ${PART} } holder { centre { id } window { id } }
  licence { number } licenceDue concludedOn history { action toState windowId on } notices { kind }`;
const PAYLOAD = `case { ${CASE} } notice { kind lists { items } paragraphs } errors { code message field }`;
const INTAKE = `mutation($input: IntakeInput!) { intakeCase(input: $input) { ${PAYLOAD} } }`;
const SUSPEND = `mutation($id: ID!, $input: SuspendInput!) { suspendClock(caseId: $id, input: $input) { ${PAYLOAD} } }`;
const RESUME = `mutation($id: ID!, $part: ID) { resumeClock(caseId: $id, partId: $part) { ${PAYLOAD} } }`;
const DECIDE = `mutation($id: ID!, $input: DecideInput!) { decideCase(caseId: $id, input: $input) { ${PAYLOAD} } }`;
const ISSUE_LICENCE = `mutation($id: ID!, $input: LicenceTermsInput) { issueLicence(caseId: $id, input: $input) { ${PAYLOAD} } }`;
const EXTEND = `mutation($id: ID!, $input: ExtendInput!) { extendDeadline(caseId: $id, input: $input) { ${PAYLOAD} } }`;
const FORWARD = `mutation($id: ID!, $opinion: String!) { forwardCase(caseId: $id, input: { opinion: $opinion }) { ${PAYLOAD} } }`;
const HAND_OVER = `mutation($id: ID!) { handOverCase(caseId: $id) { ${PAYLOAD} } }`;
const DECIDE_PART = `mutation($id: ID!, $input: PartDecisionInput!) { decidePart(partId: $id, input: $input) { ${PAYLOAD} } }`;
const CONCLUDE = `mutation($id: ID!, $licence: LicenceTermsInput) { concludeJointCase(caseId: $id, licence: $licence) { ${PAYLOAD} } }`;
const CHASE = `mutation($id: ID!, $m: String!) { chasePart(partId: $id, message: $m) { errors { code field } } }`;
const READ = `query($id: ID!) { case(id: $id) { ${CASE} } }`;
const QUEUE = `query($w: ID!) { windowQueue(windowId: $w) { caseNumber } }`;
const REMINDERS = `query { myReminders { kind deadline recipient message case { caseNumber } part { kind } } }`;
const MINE = `query { myEntrustedCases { caseNumber handling clock { deadline } parts { kind centre { id } department { id } clock { deadline } } } }`;
const REGISTER_AGENT = `mutation($c: ID!, $i: RegisterAgentInput!) { registerAgent(centreId: $c, input: $i) { errors { code } } }`;
const STATION = `mutation($input: StationItemInput!) { stationItem(input: $input) { errors { code message field } } }`;
const GUIDE_MATERIALS = `query($c: ID!, $code: ID!) { guide(centreId: $c, itemCode: $code) { item { content { materials { name required } } } } }`;

const clerk = (windowId: string) => ({ id: `clerk-${windowId}`, role: "WINDOW_CLERK" as const, centreId: windowId.replace(/-[ABC]\d\d$/, ""), windowId });
const supervisor = (centreId: string) => ({ id: `sup-${centreId}`, role: "SUPERVISOR" as const, centreId });
const manager = (centreId: string) => ({ id: `mgr-${centreId}`, role: "CENTRE_MANAGER" as const, centreId });
const approver = (departmentId: string) => ({ id: `approver-${departmentId}`, role: "DEPARTMENT_APPROVER" as const, departmentId });
const agent = { id: "dbr-cas-01", role: "AGENT" as const, centreId: "320213-001" };
const jointAgent = { id: "dbr-lx-31", role: "AGENT" as const, centreId: "320213" };

/** Township 崇安寺街道 under 梁溪区; 锡山区 (320205) is its sibling district. */
const TOWNSHIP = "320213-001";
const DISTRICT = "320213";
const CITY = "320200";
const SIBLING = "320205";

/** A 联办件 of market regulation with planning, whose parts may stop for an expert review. */
const jointItem = licenceItem("SCJG-XK-982", {
  name: "测试联办件(名称变更与不动产变更)",
  handling: "JOINT",
  statutoryDays: 45,
  promisedDays: 10,
  coDepartments: ["planning"],
  clockStoppingProcedures: ["EXPERT_REVIEW"],
  effectiveFrom: "2025-01-01",
});
/** A 上报件 accepted at townships, decided by the district, which does not station it. */
const unstationedItem = licenceItem("SCJG-XK-983", {
  name: "测试上报件(区级未进驻)",
  handling: "ESCALATED",
  acceptingTiers: ["TOWNSHIP"],
  decidingTier: "COUNTY",
  promisedDays: 10,
  reviewDays: 3,
  effectiveFrom: "2025-01-01",
});

let net: TestNetwork;
const q = async (query: string, variables: Record<string, unknown>, actor?: object) => {
  const r = await net.query(query, variables, actor as never);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
};
const read = async (id: string, actor: object) => (await q(READ, { id }, actor)).case;

/** The checklist of a seeded item with every required material provided. */
async function completeChecklist(centreId: string, code: string) {
  const guide = (await q(GUIDE_MATERIALS, { c: centreId, code })).guide;
  return guide.item.content.materials.map((m: { name: string; required: boolean }) => ({ name: m.name, status: m.required ? "PROVIDED" : "NOT_APPLICABLE" }));
}

async function intakeAt(windowId: string, itemCode: string, extra: Record<string, unknown> = {}) {
  const centreId = clerk(windowId).centreId;
  const materials = await completeChecklist(centreId, itemCode);
  const r = (await q(INTAKE, { input: { windowId, itemCode, applicant: zhangSan, materials, ...extra } }, clerk(windowId))).intakeCase;
  expect(r.errors).toEqual([]);
  return r.case;
}

beforeAll(async () => {
  net = await startTestNetwork();
  const published = await q(`mutation($d: String!) { market { importCatalogue(document: $d) { errors { code message } } } }`, { d: JSON.stringify([jointItem, unstationedItem]) }, { id: "pub-market", role: "CATALOGUE_PUBLISHER", departmentId: "market" });
  expect(published.market.importCatalogue.errors).toEqual([]);
  await net.syncReplica();
  expect((await q(STATION, { input: { windowId: "320213-A01", itemCode: jointItem.code, authority: "ACCEPT_AND_DECIDE" } }, manager(DISTRICT))).stationItem.errors).toEqual([]);
  expect((await q(STATION, { input: { windowId: `${TOWNSHIP}-A01`, itemCode: unstationedItem.code, authority: "ACCEPT_ONLY" } }, manager(TOWNSHIP))).stationItem.errors).toEqual([]);
  const training = [{ course: "代办规范与《行政许可法》", completedOn: "2026-01-10", hours: 8 }];
  expect((await q(REGISTER_AGENT, { c: TOWNSHIP, i: { id: agent.id, name: "钱代办", phone: "13800005555", trainings: training } }, manager(TOWNSHIP))).registerAgent.errors).toEqual([]);
  expect((await q(REGISTER_AGENT, { c: DISTRICT, i: { id: jointAgent.id, name: "孙代办", phone: "13800006666", trainings: training } }, manager(DISTRICT))).registerAgent.errors).toEqual([]);
});
afterAll(() => net?.close());
beforeEach(() => net.setToday(null));

describe("escalate (上报): township -> district", () => {
  it("reviews a 乡村建设规划许可 at the township, forwards it, decides at the district and hands the licence over at the township", async () => {
    // Accepted Mon 2026-03-02. The case has 15 working days: 03-03..03-06 (4), 03-09..03-13 (9),
    // 03-16..03-20 (14), Mon 03-23 (15). The township's review has the item's 6: 03-03..03-06 (4), 03-09, Tue 03-10.
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A03`, "ZRGH-XK-001", { agentId: agent.id });
    expect(accepted).toMatchObject({ state: "ACCEPTED", handling: "ESCALATED", clock: { deadline: "2026-03-23" } });
    expect(accepted.parts).toMatchObject([{ seq: 1, kind: "REVIEW", state: "OPEN", centre: { id: TOWNSHIP }, clock: { deadline: "2026-03-10", limitDays: 6 } }]);

    // Visible on its path only: the district's staff do not see it before it is forwarded, the district's supervisor does (tiers see down), a sibling never.
    expect(await read(accepted.id, clerk("320213-A03"))).toBeNull();
    expect(await read(accepted.id, supervisor(DISTRICT))).not.toBeNull();
    expect(await read(accepted.id, supervisor(SIBLING))).toBeNull();

    // The township only reviews: deciding there is refused.
    const early = (await q(DECIDE, { id: accepted.id, input: { outcome: "APPROVED" } }, approver("planning"))).decideCase;
    expect(early.errors[0]).toMatchObject({ code: "NOT_YET_FORWARDED", field: "caseId" });

    // Forwarded on Mon 03-09, within the review limit. The district has 15 - 6 = 9 working days from then: 03-10..03-13 (4), 03-16..03-20 (9).
    net.setToday("2026-03-09");
    const forwarded = (await q(FORWARD, { id: accepted.id, opinion: "经现场踏勘,选址符合村庄规划,同意上报" }, clerk(`${TOWNSHIP}-A03`))).forwardCase;
    expect(forwarded.errors).toEqual([]);
    expect(forwarded.case).toMatchObject({ state: "FORWARDED", clock: { deadline: "2026-03-23" }, holder: { centre: { id: DISTRICT }, window: { id: "320213-A03" } } });
    expect(forwarded.case.parts).toMatchObject([
      { kind: "REVIEW", state: "FORWARDED", concludedOn: "2026-03-09", late: false, opinion: "经现场踏勘,选址符合村庄规划,同意上报" },
      { kind: "DECISION", state: "OPEN", centre: { id: DISTRICT }, window: { id: "320213-A03" }, startedOn: "2026-03-09", clock: { deadline: "2026-03-20", limitDays: 9 } },
    ]);
    // Both tiers' windows have it in their queue: the district to decide, the township to follow it up (帮助办结).
    for (const w of ["320213-A03", `${TOWNSHIP}-A03`]) {
      expect((await q(QUEUE, { w }, clerk(w))).windowQueue.map((c: any) => c.caseNumber)).toContain(accepted.caseNumber);
    }
    expect(await read(accepted.id, clerk("320213-A03"))).not.toBeNull();
    expect(await read(accepted.id, clerk(`${SIBLING}-A03`))).toBeNull();
    const status = (await q(STATUS, { n: accepted.caseNumber, q: accepted.queryCode })).caseStatus;
    expect(status.state).toBe("FORWARDED");
    expect(status.messages.map((m: any) => m.text).join("\n")).toContain("您无需前往上级中心");

    // The township can no longer decide or suspend it; the district decides on Mon 03-16 at its window (既受又理 for forwarded cases).
    net.setToday("2026-03-16");
    const townshipDecides = await net.query(DECIDE, { id: accepted.id, input: { outcome: "APPROVED" } }, clerk(`${TOWNSHIP}-A03`));
    expect(townshipDecides.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const decided = (await q(DECIDE, { id: accepted.id, input: { outcome: "APPROVED" } }, clerk("320213-A03"))).decideCase;
    expect(decided.errors).toEqual([]);
    // Art. 44: the licence within 10 working days of the decision: 03-17..03-20 (4), 03-23..03-27 (9), Mon 03-30.
    expect(decided.case).toMatchObject({ state: "APPROVED", licenceDue: "2026-03-30" });
    expect(decided.case.parts[1]).toMatchObject({ state: "APPROVED", concludedOn: "2026-03-16", late: false, decision: { outcome: "APPROVED" } });
    expect(decided.case.parts[1].decision.number).toMatch(/^ZRGH决〔2026〕\d{5}号$/);

    const issued = (await q(ISSUE_LICENCE, { id: accepted.id, input: {} }, clerk("320213-A03"))).issueLicence;
    expect(issued.errors).toEqual([]);
    expect(issued.case).toMatchObject({ state: "AWAITING_HANDOVER", concludedOn: null, holder: { centre: { id: TOWNSHIP } } });

    // The licence comes back down: handed over where the applicant came in, Wed 03-18.
    net.setToday("2026-03-18");
    const districtHandsOver = (await q(HAND_OVER, { id: accepted.id }, clerk("320213-A03"))).handOverCase;
    expect(districtHandsOver.errors[0].code).toBe("NOT_YOUR_CASE");
    const handed = (await q(HAND_OVER, { id: accepted.id }, clerk(`${TOWNSHIP}-A03`))).handOverCase;
    expect(handed.errors).toEqual([]);
    expect(handed.case).toMatchObject({ state: "CONCLUDED", concludedOn: "2026-03-18", licence: { number: expect.stringMatching(/^ZRGH2026\d{6}$/) } });

    // One case number, one history across both tiers.
    expect(handed.case.history.map((e: any) => [e.action, e.windowId])).toEqual([
      ["RECEIVE", `${TOWNSHIP}-A03`],
      ["ACCEPT", `${TOWNSHIP}-A03`],
      ["FORWARD", `${TOWNSHIP}-A03`],
      ["APPROVE", "320213-A03"],
      ["ISSUE_LICENCE_FOR_HANDOVER", "320213-A03"],
      ["HAND_OVER", `${TOWNSHIP}-A03`],
    ]);
    const milestones = (await q(STATUS, { n: accepted.caseNumber, q: accepted.queryCode })).caseStatus.milestones.map((m: any) => m.description);
    expect(milestones).toContain("原受理窗口送达证照,办结");

    // The agent who filed it follows it, with each tier's clock.
    const mine = (await q(MINE, {}, agent)).myEntrustedCases;
    expect(mine.find((c: any) => c.caseNumber === accepted.caseNumber).parts).toMatchObject([
      { kind: "REVIEW", centre: { id: TOWNSHIP }, clock: { deadline: "2026-03-10" } },
      { kind: "DECISION", centre: { id: DISTRICT }, clock: { deadline: "2026-03-20" } },
    ]);
  });
});

describe("escalate (上报): township -> city", () => {
  it("forwards a 食品生产许可 two tiers up, records the late forward, and times the city's inspection", async () => {
    // Accepted Mon 03-02 at the township's market window; 8 working days in all, 2 for the township's review: Wed 03-04.
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A01`, "SCJG-XK-004", { applicant: company });
    expect(accepted.parts[0]).toMatchObject({ kind: "REVIEW", clock: { deadline: "2026-03-04", limitDays: 2 } });

    // Forwarded Thu 03-05, a day past the review limit: recorded as late, and as a violation.
    net.setToday("2026-03-05");
    const forwarded = (await q(FORWARD, { id: accepted.id, opinion: "材料审查合格,报市局现场核查" }, clerk(`${TOWNSHIP}-A01`))).forwardCase;
    expect(forwarded.errors).toEqual([]);
    expect(forwarded.case.parts).toMatchObject([
      { kind: "REVIEW", state: "FORWARDED", late: true },
      { kind: "DECISION", centre: { id: CITY }, window: { id: `${CITY}-A01` }, clock: { limitDays: 6 } },
    ]);
    expect(forwarded.case.history.at(-1)).toMatchObject({ action: "FORWARD", toState: "FORWARDED" });

    // The city (a DECIDE_ONLY stationing: it takes forwarded cases, accepts none) stops the clock for on-site inspection
    // on Fri 03-06 and resumes on Wed 03-11: 03-09, 03-10 and 03-11 are not counted.
    net.setToday("2026-03-06");
    const suspended = (await q(SUSPEND, { id: accepted.id, input: { procedure: "INSPECTION", expectedDays: 3, reason: "现场核查生产场所" } }, clerk(`${CITY}-A01`))).suspendClock;
    expect(suspended.errors).toEqual([]);
    expect(suspended.case).toMatchObject({ state: "SUSPENDED", clock: { deadline: null, suspended: true } });
    net.setToday("2026-03-11");
    const resumed = (await q(RESUME, { id: accepted.id }, clerk(`${CITY}-A01`))).resumeClock;
    expect(resumed.errors).toEqual([]);

    // The case: 03-03..03-06 (4), 03-12, 03-13 (6), 03-16, Tue 03-17 (8). The city's part, from 03-05:
    // 03-06 (1), 03-12, 03-13 (3), 03-16..Wed 03-18 (6).
    expect(resumed.case).toMatchObject({ state: "FORWARDED", clock: { deadline: "2026-03-17" } });
    expect(resumed.case.parts[1]).toMatchObject({ state: "OPEN", clock: { deadline: "2026-03-18", suspended: false } });

    // Visible at the township and the city it passed through and to the supervisors above them; not to the district's clerks, not to a sibling.
    expect(await read(accepted.id, clerk(`${CITY}-A01`))).not.toBeNull();
    expect(await read(accepted.id, supervisor(DISTRICT))).not.toBeNull();
    expect(await read(accepted.id, clerk("320213-A01"))).toBeNull();
    expect(await read(accepted.id, supervisor(SIBLING))).toBeNull();

    const decided = (await q(DECIDE, { id: accepted.id, input: { outcome: "APPROVED", licence: {} } }, approver("market"))).decideCase;
    expect(decided.errors).toEqual([]);
    expect(decided.case.state).toBe("AWAITING_HANDOVER");
    const handed = (await q(HAND_OVER, { id: accepted.id }, clerk(`${TOWNSHIP}-A01`))).handOverCase;
    expect(handed.case.state).toBe("CONCLUDED");

    const { violations } = await import("../subgraphs/centre/src/tables.ts");
    const recorded = (await net.services.centre!.db.select().from(violations)).filter((v) => v.caseId === accepted.id);
    expect(recorded).toMatchObject([{ kind: "LATE_FORWARD", evidence: { reviewDeadline: "2026-03-04", forwardedOn: "2026-03-05", to: CITY } }]);
  });
});

describe("joint handling (联合办理)", () => {
  it("gives each department its part and clock, stops one part, and concludes only when every department has", async () => {
    // Accepted Mon 03-02 at 梁溪区's market window, 10 working days for each part: 03-03..03-06 (4), 03-09..03-13 (9), Mon 03-16.
    net.setToday("2026-03-02");
    const accepted = await intakeAt("320213-A01", jointItem.code, { agentId: jointAgent.id, materials: [{ name: "申请书", status: "PROVIDED" }, { name: "授权委托书", status: "NOT_APPLICABLE" }] });
    expect(accepted).toMatchObject({ state: "ACCEPTED", handling: "JOINT", clock: { deadline: "2026-03-16" } });
    expect(accepted.parts).toMatchObject([
      { seq: 1, kind: "JOINT_LEAD", department: { id: "market" }, window: { id: "320213-A01" }, clock: { deadline: "2026-03-16" } },
      { seq: 2, kind: "JOINT_CO", department: { id: "planning" }, window: { id: "320213-A03" }, clock: { deadline: "2026-03-16" } },
    ]);
    const [lead, co] = accepted.parts;
    // The co-department's window has its part in its queue; the co-department's approvers see the case.
    expect((await q(QUEUE, { w: "320213-A03" }, clerk("320213-A03"))).windowQueue.map((c: any) => c.caseNumber)).toContain(accepted.caseNumber);
    expect(await read(accepted.id, approver("planning"))).not.toBeNull();
    expect(await read(accepted.id, approver("civil-affairs"))).toBeNull();

    // Planning stops its part for an expert review on Wed 03-04 and resumes on Mon 03-09: 03-05, 03-06 and 03-09 are not counted.
    net.setToday("2026-03-04");
    const noPart = (await q(SUSPEND, { id: accepted.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 3, reason: "规划专家论证" } }, approver("planning"))).suspendClock;
    expect(noPart.errors[0]).toMatchObject({ code: "PART_REQUIRED", field: "partId" });
    const suspended = (await q(SUSPEND, { id: accepted.id, input: { partId: co.id, procedure: "EXPERT_REVIEW", expectedDays: 3, reason: "规划专家论证" } }, approver("planning"))).suspendClock;
    expect(suspended.errors).toEqual([]);
    expect(suspended.case).toMatchObject({ state: "ACCEPTED", clock: { deadline: null, suspended: true } });
    expect(suspended.case.parts.map((p: any) => p.state)).toEqual(["OPEN", "SUSPENDED"]);
    expect(suspended.notice.kind).toBe("SUSPENSION");

    // Market decides its part on Thu 03-05; a department deciding another's part is refused, nothing written.
    net.setToday("2026-03-05");
    const before = (await read(accepted.id, clerk("320213-A01"))).history.length;
    const notTheirs = (await q(DECIDE_PART, { id: co.id, input: { outcome: "APPROVED" } }, approver("market"))).decidePart;
    expect(notTheirs.errors[0]).toMatchObject({ code: "PART_NOT_YOURS", field: "partId" });
    expect((await read(accepted.id, clerk("320213-A01"))).history.length).toBe(before);
    const wholeCase = (await q(DECIDE, { id: accepted.id, input: { outcome: "APPROVED" } }, approver("market"))).decideCase;
    expect(wholeCase.errors[0].code).toBe("USE_PART_DECISIONS");
    const leadDecided = (await q(DECIDE_PART, { id: lead.id, input: { outcome: "APPROVED" } }, approver("market"))).decidePart;
    expect(leadDecided.errors).toEqual([]);
    expect(leadDecided.case.parts[0]).toMatchObject({ state: "APPROVED", decision: { number: expect.stringMatching(/^SCJG决〔2026〕\d{5}号$/) } });

    // The lead window cannot conclude with planning's part open; it chases it instead (督办).
    const tooSoon = (await q(CONCLUDE, { id: accepted.id }, clerk("320213-A01"))).concludeJointCase;
    expect(tooSoon.errors[0]).toMatchObject({ code: "JOINT_PART_OPEN", field: "caseId" });
    expect(tooSoon.errors[0].message).toContain("自然资源和规划");
    expect((await q(CHASE, { id: co.id, m: "请于专家论证结束后尽快出具审查意见" }, clerk("320213-A01"))).chasePart.errors).toEqual([]);
    const chased = (await q(REMINDERS, {}, clerk("320213-A03"))).myReminders;
    expect(chased).toMatchObject([{ kind: "CHASE", case: { caseNumber: accepted.caseNumber }, part: { kind: "JOINT_CO" } }]);

    net.setToday("2026-03-09");
    const resumed = (await q(RESUME, { id: accepted.id, part: co.id }, approver("planning"))).resumeClock;
    expect(resumed.errors).toEqual([]);
    // Planning's part: 03-03, 03-04 (2), then 03-10..03-13 (6), 03-16..Thu 03-19 (10); the case waits for it.
    expect(resumed.case.parts[1]).toMatchObject({ state: "OPEN", clock: { deadline: "2026-03-19" } });
    expect(resumed.case.clock).toMatchObject({ deadline: "2026-03-19", suspended: false });

    net.setToday("2026-03-10");
    const coDecided = (await q(DECIDE_PART, { id: co.id, input: { outcome: "APPROVED" } }, approver("planning"))).decidePart;
    expect(coDecided.errors).toEqual([]);
    expect(coDecided.case.parts[1].decision.number).toMatch(/^ZRGH决〔2026〕\d{5}号$/);
    const concluded = (await q(CONCLUDE, { id: accepted.id, licence: {} }, clerk("320213-A01"))).concludeJointCase;
    expect(concluded.errors).toEqual([]);
    expect(concluded.case).toMatchObject({ state: "CONCLUDED", concludedOn: "2026-03-10", licence: { number: expect.stringMatching(/^SCJG2026\d{6}$/) } });

    // The agent follows the joint case with each department's clock.
    const mine = (await q(MINE, {}, jointAgent)).myEntrustedCases;
    expect(mine.find((c: any) => c.caseNumber === accepted.caseNumber).parts).toMatchObject([
      { kind: "JOINT_LEAD", department: { id: "market" }, clock: { deadline: "2026-03-16" } },
      { kind: "JOINT_CO", department: { id: "planning" }, clock: { deadline: "2026-03-19" } },
    ]);
  });

  it("ends the whole case as refused when one department refuses its part, with that department's reasons", async () => {
    net.setToday("2026-03-02");
    const accepted = await intakeAt("320213-A01", jointItem.code, { materials: [{ name: "申请书", status: "PROVIDED" }, { name: "授权委托书", status: "NOT_APPLICABLE" }] });
    const refused = (await q(DECIDE_PART, { id: accepted.parts[1].id, input: { outcome: "REFUSED", reasons: "拟变更的不动产存在查封登记" } }, approver("planning"))).decidePart;
    expect(refused.errors).toEqual([]);
    expect(refused.case).toMatchObject({ state: "REFUSED", concludedOn: "2026-03-02" });
    expect(refused.case.parts.map((p: any) => p.state)).toEqual(["CLOSED", "REFUSED"]);
    expect(refused.notice.kind).toBe("REFUSAL_DECISION");
    expect(refused.notice.paragraphs.join("")).toContain("自然资源和规划局审查认为:拟变更的不动产存在查封登记");
  });
});

describe("extend (延长) a joint case", () => {
  it("extends every part by up to 15 working days, with the government's approval recorded by the centre", async () => {
    net.setToday("2026-03-02");
    const accepted = await intakeAt("320213-A01", jointItem.code, { materials: [{ name: "申请书", status: "PROVIDED" }, { name: "授权委托书", status: "NOT_APPLICABLE" }] });
    // Art. 42 para. 2: not even a department's head extends a joint case; the refusal says who approves.
    for (const department of [approver("market"), { ...approver("market"), head: true, name: "王建国" }]) {
      const byDepartment = await net.query(EXTEND, { id: accepted.id, input: { days: 5, reason: "需补充调查" } }, department);
      expect(byDepartment.body.errors[0].extensions.code).toBe("FORBIDDEN");
      expect(byDepartment.body.errors[0].message).toBe("联办件延长期限须经本级人民政府负责人批准,由行政服务中心负责人报批登记(《行政许可法》第四十二条第二款)");
    }
    const tooLong = (await q(EXTEND, { id: accepted.id, input: { days: 16, reason: "需补充调查" } }, manager(DISTRICT))).extendDeadline;
    expect(tooLong.errors[0]).toMatchObject({ code: "EXTENSION_BEYOND_BOUND", field: "days" });
    // 03-16 + 15 working days: 03-17..03-20 (4), 03-23..03-27 (9), 03-30..04-03 (14), 04-04..04-06 清明节, Tue 04-07 (15).
    const extended = (await q(EXTEND, { id: accepted.id, input: { days: 15, reason: "涉及不动产权属核查,情况复杂" } }, manager(DISTRICT))).extendDeadline;
    expect(extended.errors).toEqual([]);
    expect(extended.case.clock.deadline).toBe("2026-04-07");
    expect(extended.case.parts.map((p: any) => p.clock.deadline)).toEqual(["2026-04-07", "2026-04-07"]);
    expect(extended.notice.paragraphs.join("")).toContain("本级人民政府负责人");
  });
});

describe("rules across tiers", () => {
  it("refuses to forward an item the upper tier does not station, writing nothing", async () => {
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A01`, unstationedItem.code);
    const r = (await q(FORWARD, { id: accepted.id, opinion: "同意上报" }, clerk(`${TOWNSHIP}-A01`))).forwardCase;
    expect(r.errors[0]).toMatchObject({ code: "UPPER_TIER_NOT_STATIONED", field: "caseId" });
    const after = await read(accepted.id, clerk(`${TOWNSHIP}-A01`));
    expect(after).toMatchObject({ state: "ACCEPTED", parts: [{ kind: "REVIEW", state: "OPEN" }] });
    expect(after.history.map((e: any) => e.action)).toEqual(["RECEIVE", "ACCEPT"]);
  });

  it("refuses to forward from a centre with no parent", async () => {
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${CITY}-A02`, "MZ-XK-001");
    const r = (await q(FORWARD, { id: accepted.id, opinion: "上报" }, clerk(`${CITY}-A02`))).forwardCase;
    expect(r.errors[0]).toMatchObject({ code: "NO_PARENT_CENTRE", field: "caseId" });
    expect((await read(accepted.id, clerk(`${CITY}-A02`))).history).toHaveLength(2);
  });

  it("does not accept at a window that only decides forwarded cases", async () => {
    net.setToday("2026-03-02");
    const r = (await q(INTAKE, { input: { windowId: "320213-A03", itemCode: "ZRGH-XK-001", applicant: zhangSan, materials: [] } }, clerk("320213-A03"))).intakeCase;
    expect(r.errors[0]).toMatchObject({ code: "ITEM_NOT_ACCEPTED_HERE", field: "itemCode" });
    expect((await q(GUIDE_MATERIALS, { c: DISTRICT, code: "ZRGH-XK-001" })).guide).toBeNull();
  });

  it("never shows a case to a sibling district, whatever the role", async () => {
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A03`, "ZRGH-XK-001");
    for (const actor of [supervisor(SIBLING), manager(SIBLING), clerk(`${SIBLING}-A03`), supervisor(`${SIBLING}-001`)]) {
      expect(await read(accepted.id, actor)).toBeNull();
    }
    expect(await read(accepted.id, supervisor(CITY))).not.toBeNull();
  });
});

describe("remind (提示服务)", () => {
  it("reminds the handler the working day before a part's deadline and again once it is overdue, each once", async () => {
    // Accepted Mon 03-02: the township's review is due Tue 03-10, the case Mon 03-23.
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A03`, "ZRGH-XK-001");
    const mineFor = async () => (await q(REMINDERS, {}, clerk(`${TOWNSHIP}-A03`))).myReminders.filter((r: any) => r.case.caseNumber === accepted.caseNumber);
    net.setToday("2026-03-06");
    await net.sweepReminders();
    expect(await mineFor()).toEqual([]);
    net.setToday("2026-03-09");
    await net.sweepReminders();
    expect(await net.sweepReminders()).toBe(0);
    expect(await mineFor()).toMatchObject([{ kind: "APPROACHING", deadline: "2026-03-10", recipient: "HANDLER", part: { kind: "REVIEW" } }]);
    net.setToday("2026-03-11");
    await net.sweepReminders();
    const reminders = await mineFor();
    expect(reminders.map((r: any) => r.kind)).toEqual(["OVERDUE", "APPROACHING"]);
    expect(reminders[0].message).toContain("已于2026年3月10日超期");
    // After a late forward on Wed 03-11 the district's window holds the decision part, 9 working days from then:
    // 03-12, 03-13 (2), 03-16..03-20 (7), 03-23, Tue 03-24. On Mon 03-23 it is reminded; the township follows
    // the case's own deadline, that same day.
    await q(FORWARD, { id: accepted.id, opinion: "同意上报" }, clerk(`${TOWNSHIP}-A03`));
    net.setToday("2026-03-23");
    await net.sweepReminders();
    const district = (await q(REMINDERS, {}, clerk("320213-A03"))).myReminders.filter((r: any) => r.case.caseNumber === accepted.caseNumber);
    expect(district).toMatchObject([{ kind: "APPROACHING", deadline: "2026-03-24", recipient: "HANDLER", part: { kind: "DECISION" } }]);
    expect((await mineFor()).map((r: any) => [r.kind, r.recipient, r.deadline])).toContainEqual(["APPROACHING", "LEAD", "2026-03-23"]);
  });

  it("reminds the window of a licence due for delivery once the case is decided (Art. 44)", async () => {
    // A 社会团体成立登记 decided at the city's window on Tue 03-03: the licence is due 10 working days later,
    // 03-04..03-06 (3), 03-09..03-13 (8), 03-16, Tue 03-17. Reminded on Mon 03-16.
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${CITY}-A02`, "MZ-XK-001");
    net.setToday("2026-03-03");
    const decided = (await q(DECIDE, { id: accepted.id, input: { outcome: "APPROVED" } }, clerk(`${CITY}-A02`))).decideCase;
    expect(decided.case).toMatchObject({ state: "APPROVED", licenceDue: "2026-03-17" });
    net.setToday("2026-03-16");
    await net.sweepReminders();
    const mine = (await q(REMINDERS, {}, clerk(`${CITY}-A02`))).myReminders.filter((r: any) => r.case.caseNumber === accepted.caseNumber);
    expect(mine).toMatchObject([{ kind: "APPROACHING", deadline: "2026-03-17", recipient: "HANDLER" }]);
    expect(mine[0].message).toContain("第四十四条");
  });

  it("reminds the upper tier's window of a licence it has to issue for a forwarded case", async () => {
    // Forwarded Tue 03-03, approved at the district on Wed 03-04: the licence is due 03-05, 03-06 (2),
    // 03-09..03-13 (7), 03-16..Wed 03-18 (10). Reminded on Tue 03-17, at the district's window.
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A03`, "ZRGH-XK-001");
    net.setToday("2026-03-03");
    await q(FORWARD, { id: accepted.id, opinion: "同意上报" }, clerk(`${TOWNSHIP}-A03`));
    net.setToday("2026-03-04");
    const decided = (await q(DECIDE, { id: accepted.id, input: { outcome: "APPROVED" } }, clerk("320213-A03"))).decideCase;
    expect(decided.case).toMatchObject({ state: "APPROVED", licenceDue: "2026-03-18" });
    net.setToday("2026-03-17");
    await net.sweepReminders();
    const district = (await q(REMINDERS, {}, clerk("320213-A03"))).myReminders.filter((r: any) => r.case.caseNumber === accepted.caseNumber);
    expect(district).toMatchObject([{ kind: "APPROACHING", deadline: "2026-03-18", recipient: "HANDLER" }]);
  });
});

describe("supervise (效能电子监察) parts", () => {
  const ALERTS = `query($c: ID!) { clockAlerts(centreId: $c, first: 200) { kind part light dueOn centre { id } window { id } holder { kind id } case { caseNumber } } }`;
  const alertsOf = async (centreId: string, caseNumber: string, actor: object) =>
    (await q(ALERTS, { c: centreId }, actor)).clockAlerts.filter((a: any) => a.case.caseNumber === caseNumber);

  it("lights each tier's part: the township's review against the forwarding limit, then the district's decision", async () => {
    // Accepted Mon 03-02: review due Tue 03-10 (Art. 43), the case due Mon 03-23.
    net.setToday("2026-03-02");
    const accepted = await intakeAt(`${TOWNSHIP}-A03`, "ZRGH-XK-001");
    net.setToday("2026-03-11");
    const overdue = await alertsOf(TOWNSHIP, accepted.caseNumber, supervisor(TOWNSHIP));
    expect(overdue.find((a: any) => a.kind === "FORWARD")).toMatchObject({ part: "P1", light: "RED", dueOn: "2026-03-10", centre: { id: TOWNSHIP }, window: { id: `${TOWNSHIP}-A03` } });
    // Forwarded Wed 03-11: the district's part (9 working days, due Tue 03-24) is the district's to watch; the township's review light is gone.
    await q(FORWARD, { id: accepted.id, opinion: "同意上报" }, clerk(`${TOWNSHIP}-A03`));
    expect((await alertsOf(TOWNSHIP, accepted.caseNumber, supervisor(TOWNSHIP))).map((a: any) => a.kind)).not.toContain("FORWARD");
    net.setToday("2026-03-23");
    const nearDue = await alertsOf(DISTRICT, accepted.caseNumber, supervisor(DISTRICT));
    expect(nearDue.find((a: any) => a.part === "P2")).toMatchObject({ light: "YELLOW", dueOn: "2026-03-24", centre: { id: DISTRICT }, holder: { kind: "WINDOW", id: "320213-A03" } });
    expect(await alertsOf(SIBLING, accepted.caseNumber, supervisor(SIBLING))).toEqual([]);
  });
});
