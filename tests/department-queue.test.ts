import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { zhangSan } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * 审批人待办 (departmentQueue) through the gateway: the cases awaiting a department's decision across
 * every centre — accepted single-department cases, escalated cases once forwarded up (not while the
 * township still reviews them), joint cases while the department's own part is open — soonest deadline
 * first, and never another department's case.
 */

const QUEUE = `query($first: Int) { departmentQueue(first: $first) { id caseNumber state handling centre { id } clock { deadline } parts { kind state department { id } clock { deadline } } } }`;
const INTAKE = `mutation($input: IntakeInput!) { intakeCase(input: $input) { case { id caseNumber parts { id kind department { id } } } errors { code message field } } }`;
const GUIDE_MATERIALS = `query($c: ID!, $code: ID!) { guide(centreId: $c, itemCode: $code) { item { content { materials { name required } } } } }`;
const FORWARD = `mutation($id: ID!) { forwardCase(caseId: $id, input: { opinion: "初审通过,同意上报" }) { errors { code } } }`;
const DECIDE = `mutation($id: ID!) { decideCase(caseId: $id, input: { outcome: APPROVED }) { errors { code } } }`;
const DECIDE_PART = `mutation($id: ID!) { decidePart(partId: $id, input: { outcome: APPROVED }) { errors { code } } }`;

const clerk = (windowId: string) => ({ id: `clerk-${windowId}`, role: "WINDOW_CLERK" as const, centreId: windowId.replace(/-[ABC]\d\d$/, ""), windowId });
const approver = (departmentId: string) => ({ id: `approver-${departmentId}`, role: "DEPARTMENT_APPROVER" as const, departmentId });

let net: TestNetwork;
const q = async (query: string, variables: Record<string, unknown>, actor?: object) => {
  const r = await net.query(query, variables, actor as never);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
};
const queueOf = async (departmentId: string) => (await q(QUEUE, { first: 100 }, approver(departmentId))).departmentQueue as { caseNumber: string; state: string; centre: { id: string }; clock: { deadline: string | null }; parts: { department: { id: string }; clock: { deadline: string | null } }[] }[];
const numbers = async (departmentId: string) => (await queueOf(departmentId)).map((c) => c.caseNumber);

async function accept(windowId: string, itemCode: string) {
  const centreId = clerk(windowId).centreId;
  const guide = (await q(GUIDE_MATERIALS, { c: centreId, code: itemCode })).guide;
  const materials = guide.item.content.materials.map((m: { name: string; required: boolean }) => ({ name: m.name, status: m.required ? "PROVIDED" : "NOT_APPLICABLE" }));
  const r = (await q(INTAKE, { input: { windowId, itemCode, applicant: zhangSan, materials } }, clerk(windowId))).intakeCase;
  expect(r.errors).toEqual([]);
  return r.case as { id: string; caseNumber: string; parts: { id: string; kind: string; department: { id: string } }[] };
}

beforeAll(async () => {
  net = await startTestNetwork();
  // The centre's replica of the departments' catalogues, before the first guide is read.
  await net.syncReplica();
});
afterAll(() => net?.close());
beforeEach(() => net.setToday("2026-03-02"));

describe("the approver's queue (审批人待办)", () => {
  it("lists a department's accepted cases, soonest deadline first, and not another department's", async () => {
    // 食品经营许可 (market, 5 working days) at 梁溪区 on Mon 03-02, and another a day later.
    const district = await accept("320213-A01", "SCJG-XK-003");
    net.setToday("2026-03-03");
    const later = await accept("320213-A01", "SCJG-XK-003");
    const market = await queueOf("market");
    const mine = market.filter((c) => [district.caseNumber, later.caseNumber].includes(c.caseNumber)).map((c) => c.caseNumber);
    expect(mine).toEqual([district.caseNumber, later.caseNumber]);
    const deadlines = market.map((c) => c.clock.deadline ?? "9999");
    expect(deadlines).toEqual([...deadlines].sort());
    // Another department's approvers do not see it.
    expect(await numbers("planning")).not.toContain(district.caseNumber);
    expect(await numbers("civil-affairs")).not.toContain(later.caseNumber);
    // Decided: no longer awaiting the department.
    expect((await q(DECIDE, { id: district.id }, approver("market"))).decideCase.errors).toEqual([]);
    expect(await numbers("market")).not.toContain(district.caseNumber);
    expect(await numbers("market")).toContain(later.caseNumber);
  });

  it("has an escalated case only once the township forwards it, until the upper tier decides", async () => {
    const escalated = await accept("320213-001-A03", "ZRGH-XK-001");
    expect(await numbers("planning")).not.toContain(escalated.caseNumber);
    expect((await q(FORWARD, { id: escalated.id }, clerk("320213-001-A03"))).forwardCase.errors).toEqual([]);
    // Across centres: the case is the township's, decided at the district.
    expect((await queueOf("planning")).find((c) => c.caseNumber === escalated.caseNumber)).toMatchObject({ state: "FORWARDED", centre: { id: "320213-001" } });
    expect(await numbers("market")).not.toContain(escalated.caseNumber);
    expect((await q(DECIDE, { id: escalated.id }, clerk("320213-A03"))).decideCase.errors).toEqual([]);
    expect(await numbers("planning")).not.toContain(escalated.caseNumber);
  });

  it("has a joint case for each department while its own part is open", async () => {
    const joint = await accept("320213-A01", "SCJG-XK-006");
    const [lead, co] = joint.parts;
    expect([lead!.department.id, co!.department.id]).toEqual(["market", "planning"]);
    expect(await numbers("market")).toContain(joint.caseNumber);
    expect(await numbers("planning")).toContain(joint.caseNumber);
    expect(await numbers("civil-affairs")).not.toContain(joint.caseNumber);
    expect((await q(DECIDE_PART, { id: co!.id }, approver("planning"))).decidePart.errors).toEqual([]);
    expect(await numbers("planning")).not.toContain(joint.caseNumber);
    expect(await numbers("market")).toContain(joint.caseNumber);
  });

  it("is for department approvers only", async () => {
    const r = await net.query(QUEUE, {}, clerk("320213-A01") as never);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
