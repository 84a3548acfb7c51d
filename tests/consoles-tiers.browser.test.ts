/**
 * 联办件, 上报件 and 提示服务 in a real browser: headless Chromium (Debian's package, driven by
 * playwright-core) against the built app served by the real gateway in front of the real subgraphs.
 * An escalated case travels township -> district -> township; a joint case is refused conclusion while
 * a part is open, both departments approve in the department console, the lead window concludes; the
 * clerk sees the reminders the sweep writes once the clock is moved. Screenshots as in
 * consoles.browser.test.ts (artifacts/screenshots/, or docs/screenshots/ with UPDATE_SCREENSHOTS=1).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@wuxi/federation";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildConsoles } from "../consoles/build.ts";
import { decide, examineMaterials, expectNoRawCodes, requireBrowserInCi } from "./support/browser.ts";
import { zhangSan } from "./support/cases.ts";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

// A give-up bound, not a wait: each step waits for the state it needs. A whole flow through the
// browser, the gateway and several subgraphs takes minutes when both cores are busy.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 360_000 });

const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
requireBrowserInCi("consoles-tiers browser tests", executablePath);
const shots = process.env.UPDATE_SCREENSHOTS ? `${repoRoot}docs/screenshots` : `${repoRoot}artifacts/screenshots`;

const TOWNSHIP_WINDOW = "320213-001-A03"; // 崇安寺街道 规划窗口
const DISTRICT_WINDOW = "320213-A03"; // 梁溪区 规划窗口
const LEAD_WINDOW = "320213-A01"; // 梁溪区 市场监管窗口
const AGENT_ID = "dbr-cas-09";

/**
 * A 联办件 of market regulation with planning, free of charge (the seeded SCJG-XK-006 has a fee, and
 * bills belong to the charge window), whose parts may stop for an expert review.
 */
const jointItem = licenceItem("SCJG-XK-984", {
  name: "测试联办件(名称变更与不动产变更)",
  handling: "JOINT",
  statutoryDays: 45,
  promisedDays: 10,
  coDepartments: ["planning"],
  clockStoppingProcedures: ["EXPERT_REVIEW"],
  effectiveFrom: "2025-01-01",
});

let net: TestNetwork;
let browser: Browser;
let base: string;
let outDir: string;

beforeAll(async () => {
  if (!executablePath) return;
  mkdirSync(shots, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), "wuxi-consoles-tiers-"));
  net = await startTestNetwork({ consolesDir: await buildConsoles(outDir) });
  const published = await net.query(`mutation($d: String!) { market { importCatalogue(document: $d) { errors { code message } } } }`, { d: JSON.stringify([jointItem]) }, { id: "pub-market", role: "CATALOGUE_PUBLISHER", departmentId: "market" } as never);
  expect(published.body.data.market.importCatalogue.errors).toEqual([]);
  await net.syncReplica();
  const stationed = await net.query(`mutation($input: StationItemInput!) { stationItem(input: $input) { errors { code message } } }`, { input: { windowId: LEAD_WINDOW, itemCode: jointItem.code, authority: "ACCEPT_AND_DECIDE" } }, { id: "mgr-320213", role: "CENTRE_MANAGER", centreId: "320213" } as never);
  expect(stationed.body.data.stationItem.errors).toEqual([]);
  // An agent of the township, who files the escalated case and follows it across the tiers.
  const training = [{ course: "代办规范与《行政许可法》", completedOn: "2026-01-10", hours: 8 }];
  const registered = await net.query(`mutation($c: ID!, $i: RegisterAgentInput!) { registerAgent(centreId: $c, input: $i) { errors { code } } }`, { c: "320213-001", i: { id: AGENT_ID, name: "钱代办", phone: "13800005555", trainings: training } }, { id: "mgr-320213-001", role: "CENTRE_MANAGER", centreId: "320213-001" } as never);
  expect(registered.body.data.registerAgent.errors).toEqual([]);
  base = net.gatewayUrl.replace(/\/graphql$/, "");
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});
afterAll(async () => {
  await browser?.close();
  await net?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A logged-in tab of its own (a fresh profile: the session lives in sessionStorage); page errors are collected. */
async function as(role: string, scope: { centre?: string; window?: string; department?: string; agentId?: string }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  // Each action waits for its element; 30 s gave up while a page was still loading on a busy machine.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}/login`);
  await page.getByLabel("角色").selectOption(role);
  if (scope.centre) await page.getByLabel("所属中心").selectOption(scope.centre);
  if (scope.window) await page.getByLabel("窗口").selectOption(scope.window);
  if (scope.department) await page.getByLabel("部门").selectOption(scope.department);
  if (scope.agentId) await page.getByLabel("代办员编号").fill(scope.agentId);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  return { page, errors, close: () => context.close() };
}
const clerkAt = (windowId: string) => as("WINDOW_CLERK", { centre: windowId.replace(/-[A-Z]\d\d$/, ""), window: windowId });
const approverOf = (department: string) => as("DEPARTMENT_APPROVER", { department });
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  await expectNoRawCodes(page, name);
}
const state = (page: Page) => page.locator("h1 .state").first().textContent();

/** The window's intake of an item for 张三, every required material provided; answers the case page's id and number. */
async function intake(page: Page, search: string, item: RegExp, agentId?: string) {
  await page.goto(`${base}/window/intake`);
  await page.getByLabel("检索本窗口进驻的事项").fill(search);
  await page.getByRole("button", { name: item }).click();
  await page.getByLabel("姓名").fill("张三");
  await page.getByLabel("居民身份证号码").fill("11010519491231002X");
  await page.getByLabel("手机号码").fill("13912345678");
  if (agentId) await page.getByLabel(/代办员编号/).fill(agentId);
  await examineMaterials(page);
  await page.getByRole("button", { name: "提交受理" }).click();
  await page.getByRole("heading", { name: "已受理" }).waitFor();
  const caseNumber = (await page.getByTestId("case-number").textContent())!;
  await page.getByRole("link", { name: "查看办件" }).click();
  const id = (await page.getByTestId("case-id").textContent())!;
  return { id, caseNumber };
}

describe.skipIf(!executablePath)("joint and escalated cases in Chromium", () => {
  it("forwards a 乡村建设规划许可 from 崇安寺街道 to 梁溪区, decides and licenses it there, and hands it over at the township", async () => {
    const township = await clerkAt(TOWNSHIP_WINDOW);
    const { id, caseNumber } = await intake(township.page, "乡村建设", /乡村建设规划许可/, AGENT_ID);
    const parts = township.page.getByTestId("parts");
    await expect.poll(() => parts.locator("tr[data-part=REVIEW]").textContent()).toContain("本级初审");
    expect(await township.page.getByTestId("holder").textContent()).toContain("崇安寺");
    // 上报 with the 初审意见.
    await township.page.getByLabel("初审意见").fill("经现场踏勘,选址符合村庄规划,同意上报");
    await township.page.getByRole("button", { name: "上报", exact: true }).click();
    await expect.poll(() => state(township.page)).toBe("已上报");
    // The case and its parts are two queries, reloaded together: poll each.
    await expect.poll(() => township.page.getByTestId("holder").textContent()).toContain("梁溪区");
    await expect.poll(() => parts.locator("tr[data-part=REVIEW]").textContent()).toContain("经现场踏勘");
    await expect.poll(() => parts.locator("tr[data-part=DECISION]").textContent()).toContain("办理中");
    // 帮助办结: the township follows the district's part.
    await expect.poll(() => township.page.getByTestId("follow-up").textContent()).toContain("梁溪区");
    await shot(township.page, "window-escalated-forwarded");

    // The district's planning window has it in its queue, decides and issues the licence, which goes back down.
    const district = await clerkAt(DISTRICT_WINDOW);
    await district.page.goto(`${base}/window/queue`);
    await district.page.getByRole("link", { name: caseNumber }).click();
    await decide(district.page, "准予许可");
    await expect.poll(() => state(district.page)).toBe("准予许可");
    await district.page.getByRole("button", { name: "制证并送回原受理窗口" }).click();
    await expect.poll(() => state(district.page)).toBe("待送达");
    await expect.poll(() => district.page.getByTestId("holder").textContent()).toContain("崇安寺");
    await shot(district.page, "window-escalated-upper-tier");

    // 送达 where the applicant came in.
    await township.page.reload();
    await township.page.getByRole("button", { name: "已向申请人送达,办结" }).click();
    await expect.poll(() => state(township.page)).toBe("已办结");
    await township.page.getByTestId("licence").waitFor();
    const history = (await township.page.locator(".timeline").textContent())!;
    for (const step of ["上报", "准予许可", "上级制发证照,待送达", "送达证照"]) expect(history).toContain(step);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // The agent follows the case with each tier's part and clock.
    const agent = await as("AGENT", { centre: "320213-001", agentId: AGENT_ID });
    await agent.page.getByRole("link", { name: caseNumber }).waitFor();
    const partRows = await agent.page.locator("tr.part-row").allTextContents();
    expect(partRows.some((r) => r.includes("本级初审") && r.includes("崇安寺"))).toBe(true);
    expect(partRows.some((r) => r.includes("上级审批决定") && r.includes("梁溪区"))).toBe(true);
    await shot(agent.page, "agent-parts");
    expect([...township.errors, ...district.errors, ...agent.errors]).toEqual([]);
    await Promise.all([township.close(), district.close(), agent.close()]);
  });

  it("refuses to conclude a joint case while a part is open; both departments approve, then the lead window concludes", async () => {
    const lead = await clerkAt(LEAD_WINDOW);
    const { caseNumber } = await intake(lead.page, "测试联办件", /测试联办件/);
    const parts = lead.page.getByTestId("parts");
    await expect.poll(() => parts.locator("tbody tr").count()).toBe(2);
    expect(await parts.locator("tr[data-part=JOINT_LEAD]").textContent()).toContain("牵头部门");
    expect(await parts.locator("tr[data-part=JOINT_CO]").textContent()).toContain("协办部门");
    // Concluding with parts open: the API's JOINT_PART_OPEN refusal, naming the departments.
    await lead.page.getByRole("button", { name: "办结(各部门均已同意)" }).click();
    const refusal = lead.page.getByRole("form", { name: "联办办结" }).getByRole("alert");
    await expect.poll(() => refusal.textContent()).toContain("尚未办结,联办件不能办结");
    expect(await refusal.textContent()).toContain("自然资源和规划");
    // 督办 the co-department's part.
    const chase = lead.page.locator("form", { hasText: "督办 · 协办部门" });
    await chase.getByLabel("督办内容").fill("请尽快出具审查意见");
    await chase.getByRole("button", { name: "发出督办" }).click();
    await chase.getByText("已督办").waitFor();
    await shot(lead.page, "window-joint-lead");

    // Planning's approver: the case is in the department's queue; a refusal without reasons is refused by the API; then the part is approved.
    const planning = await approverOf("planning");
    await planning.page.getByRole("link", { name: caseNumber }).waitFor();
    await shot(planning.page, "department-queue");
    await planning.page.getByRole("link", { name: caseNumber }).click();
    // Planning stops its own part's clock for an expert review, and resumes it.
    const coRow = planning.page.getByTestId("parts").locator("tr[data-part=JOINT_CO]");
    const suspend = planning.page.locator("form", { hasText: "暂停计时 · 协办部门" });
    await suspend.getByLabel("原因(告知申请人)").fill("规划专家论证");
    await suspend.getByRole("button", { name: "开始特别程序" }).click();
    await expect.poll(() => coRow.textContent()).toContain("暂停计时");
    expect(await planning.page.getByTestId("parts").locator("tr[data-part=JOINT_LEAD]").textContent()).toContain("办理中");
    await shot(planning.page, "department-part-suspended");
    await planning.page.locator("form", { hasText: "恢复计时 · 协办部门" }).getByRole("button", { name: "特别程序结束,恢复计时" }).click();
    await expect.poll(() => coRow.textContent()).toContain("办理中");
    const decide = planning.page.locator("form", { hasText: "环节决定 · 协办部门" });
    await decide.getByLabel("本部门意见").selectOption("REFUSED");
    await decide.getByLabel("不同意的理由").fill("   ");
    await decide.getByRole("button", { name: "作出环节决定" }).click();
    await expect.poll(() => decide.locator(".field-error").textContent()).toContain("理由");
    await decide.getByLabel("本部门意见").selectOption("APPROVED");
    await decide.getByLabel("说明(可选)").fill("");
    await decide.getByRole("button", { name: "作出环节决定" }).click();
    await expect.poll(() => coRow.locator(".part-state").textContent()).toBe("同意");
    await shot(planning.page, "department-part-decision");
    await planning.page.goto(`${base}/department/cases`);
    await planning.page.getByText(/暂无待决定|待决定办件/).first().waitFor();
    await expect.poll(() => planning.page.getByRole("link", { name: caseNumber }).count()).toBe(0);

    const market = await approverOf("market");
    await market.page.getByRole("link", { name: caseNumber }).click();
    await market.page.locator("form", { hasText: "环节决定 · 牵头部门" }).getByRole("button", { name: "作出环节决定" }).click();
    await expect.poll(() => market.page.getByTestId("parts").locator("tr[data-part=JOINT_LEAD] .part-state").textContent()).toBe("同意");

    await lead.page.reload();
    await lead.page.getByText("各部门均已同意,可以办结。").waitFor();
    await lead.page.getByRole("button", { name: "办结(各部门均已同意)" }).click();
    await expect.poll(() => state(lead.page)).toBe("已办结");
    await lead.page.getByTestId("licence").waitFor();
    await shot(lead.page, "window-joint-concluded");
    expect([...lead.errors, ...planning.errors, ...market.errors]).toEqual([]);
    await Promise.all([lead.close(), planning.close(), market.close()]);
  });

  it("shows the clerk the reminders the sweep writes: 临近期限, then 已超期, each linking to its case", async () => {
    // A 食品经营许可 accepted today (filed through the API: intake has its own browser test).
    const materials = (await net.query(`query { guide(centreId: "320213", itemCode: "SCJG-XK-003") { item { content { materials { name required } } } } }`, {})).body.data.guide.item.content.materials.map(
      (m: { name: string; required: boolean }) => ({ name: m.name, status: m.required ? "PROVIDED" : "NOT_APPLICABLE" }),
    );
    const clerk = { id: "clerk-lx-a01", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: LEAD_WINDOW };
    const filed = await net.query(`mutation($input: IntakeInput!) { intakeCase(input: $input) { case { id caseNumber clock { deadline } } errors { code } } }`, { input: { windowId: LEAD_WINDOW, itemCode: "SCJG-XK-003", applicant: zhangSan, materials } }, clerk);
    const accepted = filed.body.data.intakeCase.case as { id: string; caseNumber: string; clock: { deadline: string } };
    const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    try {
      // On the deadline day the sweep writes 临近期限; logged in after moving the clock (the token is minted "now").
      net.setToday(accepted.clock.deadline);
      await net.sweepReminders();
      const window = await clerkAt(LEAD_WINDOW);
      await window.page.getByTestId("reminder-badge").waitFor();
      await window.page.getByRole("link", { name: /提示服务/ }).click();
      const row = window.page.getByTestId("reminders").locator("tr", { hasText: accepted.caseNumber });
      await expect.poll(() => row.first().textContent()).toContain("临近期限");
      // Three days later it is overdue.
      net.setToday(dayAfter(accepted.clock.deadline, 3));
      await net.sweepReminders();
      await window.page.getByRole("button", { name: "刷新" }).click();
      await expect.poll(() => row.locator("[data-kind]").count().catch(() => 0)).toBe(0);
      await expect.poll(() => window.page.locator(`tr[data-kind=OVERDUE]`, { hasText: accepted.caseNumber }).count()).toBe(1);
      expect(await window.page.locator(`tr[data-kind=APPROACHING]`, { hasText: accepted.caseNumber }).count()).toBe(1);
      await shot(window.page, "window-reminders");
      await window.page.locator(`tr[data-kind=OVERDUE]`, { hasText: accepted.caseNumber }).getByRole("link", { name: accepted.caseNumber }).click();
      await expect.poll(() => window.page.getByTestId("case-number").textContent()).toBe(accepted.caseNumber);
      expect(window.errors).toEqual([]);
      await window.close();
    } finally {
      net.setToday(null);
    }
  });
});
