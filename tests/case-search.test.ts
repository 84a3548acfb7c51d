/**
 * 办件检索 and people's names, through the gateway: staff open a case by the number printed on its
 * notices, or find it by the applicant's name or mobile — only the cases they may see; the history
 * names who acted, never a login.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTAKE } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

const devClerk = { id: "dev-window_clerk-320213-A01", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A01" };
const xishanClerk = { id: "clerk-xs-a01", role: "WINDOW_CLERK" as const, centreId: "320205", windowId: "320205-A01" };
const supervisor = { id: "sup-320213", role: "SUPERVISOR" as const, centreId: "320213" };
const materials = [
  { name: "营业执照补领、换发申请表", status: "PROVIDED" },
  { name: "法定代表人(负责人、经营者)身份证件", status: "PROVIDED" },
  { name: "毁损的营业执照正本或副本", status: "NOT_APPLICABLE" },
  { name: "国家企业信用信息公示系统遗失公示截图", status: "NOT_APPLICABLE" },
  { name: "授权委托书及受托人身份证件", status: "NOT_APPLICABLE" },
];
const wangWu = { kind: "PERSON", name: "王五", idNumber: "11010519491231002X", phone: "13900001111" };
const SEARCH = `query($t: String!) { searchCases(text: $t) { caseNumber applicant { name } } }`;
const BY_NUMBER = `query($n: String!) { caseByNumber(caseNumber: $n) { caseNumber itemName clocks { kind light remainingWorkingDays yellowWithinDays } history { actorId actorName } } }`;

let net: TestNetwork;
let caseNumber: string;

beforeAll(async () => {
  net = await startTestNetwork();
  // As `npm start` does on its own schedule: the centre holds the departments' published items.
  await net.syncReplica();
  const r = await net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: "SCJG-ZZ-001", applicant: wangWu, materials } }, devClerk);
  expect(r.body.data.intakeCase.errors).toEqual([]);
  caseNumber = r.body.data.intakeCase.case.caseNumber;
});
afterAll(async () => {
  await net?.close();
});

describe("办件检索: by number, applicant name or mobile, for those who may see the case", () => {
  it("opens a case by the number printed on its notices, with the light the centre computes", async () => {
    const c = (await net.query(BY_NUMBER, { n: caseNumber }, devClerk)).body.data.caseByNumber;
    expect(c).toMatchObject({ caseNumber, itemName: "营业执照遗失补领、毁损换发" });
    // A 即办件 is due the day it is accepted: yellow at once, with the centre's default threshold.
    expect(c.clocks).toContainEqual({ kind: "DEADLINE", light: "YELLOW", remainingWorkingDays: 0, yellowWithinDays: 1 });
  });

  it("finds it by the applicant's name and by the mobile, for the window and the supervisor above", async () => {
    for (const t of ["王五", "13900001111", caseNumber]) {
      expect((await net.query(SEARCH, { t }, devClerk)).body.data.searchCases).toEqual([{ caseNumber, applicant: { name: "王五" } }]);
      expect((await net.query(SEARCH, { t }, supervisor)).body.data.searchCases.map((c: any) => c.caseNumber)).toContain(caseNumber);
    }
  });

  it("finds nothing for a sibling centre's clerk, and refuses the public and a search too short to mean anything", async () => {
    expect((await net.query(SEARCH, { t: "王五" }, xishanClerk)).body.data.searchCases).toEqual([]);
    expect((await net.query(BY_NUMBER, { n: caseNumber }, xishanClerk)).body.data.caseByNumber).toBeNull();
    expect((await net.query(SEARCH, { t: "王五" })).body.errors[0].message).toContain("检索办件");
    expect((await net.query(SEARCH, { t: "王" }, devClerk)).body.errors[0].message).toContain("至少2个字");
  });

  it("names who acted in the history: a development login gets a realistic name, never its login", async () => {
    const history = (await net.query(BY_NUMBER, { n: caseNumber }, devClerk)).body.data.caseByNumber.history;
    expect(history.length).toBeGreaterThan(0);
    for (const h of history) {
      expect(h.actorId).toBe(devClerk.id);
      expect(h.actorName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
    }
  });
});
