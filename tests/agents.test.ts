import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intake, INTAKE, liangxiManager, publishAndStation, promisedItem, complete, zhangSan, clerkA01 } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

const REGISTER = `mutation($c: ID!, $i: RegisterAgentInput!) { registerAgent(centreId: $c, input: $i) { agent { id name phone trainings { course hours } } errors { code field } } }`;
const TRAIN = `mutation($a: ID!, $t: AgentTrainingInput!) { recordAgentTraining(agentId: $a, training: $t) { agent { trainings { course } } errors { code field } } }`;
const MINE = `query { myEntrustedCases { caseNumber itemName state clock { deadline suspended } } }`;

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net);
});
afterAll(() => net?.close());

describe("agents (代办员)", () => {
  it("registers an agent with training records and refuses bad records, naming the field", async () => {
    net.setToday("2026-03-02");
    const ok = await net.query(REGISTER, { c: "320213", i: { id: "dbr-lx-01", name: "王代办", phone: "13800001111", trainings: [{ course: "《行政许可法》与代办规范", completedOn: "2026-01-15", hours: 8 }] } }, liangxiManager);
    expect(ok.body.data.registerAgent).toMatchObject({ errors: [], agent: { id: "dbr-lx-01", phone: "138****1111", trainings: [{ hours: 8 }] } });
    const bad = await net.query(REGISTER, { c: "320213", i: { id: "dbr-lx-02", name: "李代办", phone: "12345", trainings: [{ course: "x", completedOn: "2099-01-01", hours: 0 }] } }, liangxiManager);
    expect(bad.body.data.registerAgent.errors.map((e: any) => e.field)).toEqual(["phone", "trainings.0.completedOn", "trainings.0.hours"]);
    const untrained = await net.query(REGISTER, { c: "320213", i: { id: "dbr-lx-03", name: "赵代办", phone: "13800002222", trainings: [] } }, liangxiManager);
    expect(untrained.body.data.registerAgent.errors).toEqual([]);
    const trained = await net.query(TRAIN, { a: "dbr-lx-03", t: { course: "一次性告知与材料初审", completedOn: "2026-02-20", hours: 4 } }, liangxiManager);
    expect(trained.body.data.recordAgentTraining.agent.trainings).toEqual([{ course: "一次性告知与材料初审" }]);
  });

  it("files cases for applicants and follows every entrusted case with its clock", async () => {
    net.setToday("2026-03-02");
    await net.query(REGISTER, { c: "320213", i: { id: "dbr-lx-10", name: "周代办", phone: "13800003333", trainings: [{ course: "代办规范", completedOn: "2026-01-10", hours: 6 }] } }, liangxiManager);
    const first = await intake(net, { agentId: "dbr-lx-10" });
    const second = await intake(net, { agentId: "dbr-lx-10", materials: [{ name: "申请书", status: "PROVIDED" }] });
    await intake(net, {});
    const agent = { id: "dbr-lx-10", role: "AGENT" as const, centreId: "320213" };
    const mine = (await net.query(MINE, {}, agent)).body.data.myEntrustedCases;
    expect(mine.map((c: any) => c.caseNumber).sort()).toEqual([first.case.caseNumber, second.case.caseNumber].sort());
    expect(mine.find((c: any) => c.caseNumber === first.case.caseNumber).clock.deadline).toBe("2026-03-09");
    const asAgent = (await net.query(`query($id: ID!) { case(id: $id) { applicant { identifier } } }`, { id: first.case.id }, agent)).body.data.case;
    expect(asAgent.applicant.identifier).toBe("11010519491231002X");
  });

  it("refuses an unregistered or untrained agent, or one of another centre, at intake", async () => {
    net.setToday("2026-03-02");
    await net.query(REGISTER, { c: "320213", i: { id: "dbr-lx-20", name: "未培训", phone: "13800004444", trainings: [] } }, liangxiManager);
    const other = { id: "mgr-320205", role: "CENTRE_MANAGER" as const, centreId: "320205" };
    await net.query(REGISTER, { c: "320205", i: { id: "dbr-xs-01", name: "锡山代办", phone: "13800007777", trainings: [{ course: "代办规范", completedOn: "2026-01-10", hours: 6 }] } }, other);
    for (const [agentId, code] of [["nobody", "AGENT_NOT_REGISTERED"], ["dbr-lx-20", "AGENT_NOT_TRAINED"], ["dbr-xs-01", "AGENT_OF_ANOTHER_CENTRE"]]) {
      const r = await net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete, agentId } }, clerkA01);
      expect(r.body.data.intakeCase.errors[0]).toMatchObject({ code, field: "agentId" });
    }
  });
});
