/**
 * The consoles in a real browser: headless Chromium (Debian's package, driven by playwright-core)
 * against the built app served by the real gateway in front of the real subgraphs. Each console's
 * screenshot is written to artifacts/screenshots/, and with UPDATE_SCREENSHOTS=1 to the committed
 * docs/screenshots/ shown in the README.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@wuxi/federation";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildConsoles } from "../consoles/build.ts";
import { decide, examineMaterials, expectNoRawCodes, requireBrowserInCi } from "./support/browser.ts";
import { publishAndStation } from "./support/cases.ts";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

// A give-up bound, not a wait: each step waits for the state it needs. A whole flow through the
// browser, the gateway and several subgraphs takes minutes when both cores are busy.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 360_000 });

const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
requireBrowserInCi("consoles browser tests", executablePath);
/** Test artefacts; the committed copies in docs/screenshots/ are refreshed with UPDATE_SCREENSHOTS=1. */
const shots = process.env.UPDATE_SCREENSHOTS ? `${repoRoot}docs/screenshots` : `${repoRoot}artifacts/screenshots`;
const COUNTER = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let net: TestNetwork;
let browser: Browser;
let base: string;
let outDir: string;

beforeAll(async () => {
  if (!executablePath) return;
  mkdirSync(shots, { recursive: true });
  outDir = mkdtempSync(join(tmpdir(), "wuxi-consoles-"));
  net = await startTestNetwork({ consolesDir: await buildConsoles(outDir) });
  // 测试承诺件 (expert review stops its clock) and 测试即办件, stationed at 梁溪区 A01, deciding there.
  await publishAndStation(net);
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

/** A fresh browser profile (no session) at a screen size; page errors fail the test. */
async function open(viewport = COUNTER): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true });
  // Each action waits for its element; 30 s gave up while a page was still loading on a busy machine.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

async function login(page: Page, role: string, scope: { centre?: string; window?: string; department?: string; agentId?: string; head?: string } = {}) {
  await page.goto(`${base}/login`);
  await page.getByLabel("角色").selectOption(role);
  if (scope.centre) await page.getByLabel("所属中心").selectOption(scope.centre);
  if (scope.window) await page.getByLabel("窗口").selectOption(scope.window);
  if (scope.department) await page.getByLabel("部门").selectOption(scope.department);
  if (scope.agentId) await page.getByLabel("代办员编号").fill(scope.agentId);
  if (scope.head) {
    await page.getByLabel("本机关负责人").check();
    await page.getByLabel("负责人姓名").fill(scope.head);
  }
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  await expectNoRawCodes(page, name);
}

/** Intake of 食品经营许可 (a 承诺件 of 梁溪区, decided there) for 张三, with the given material left out. */
async function intakeFoodLicence(page: Page, { missing }: { missing?: string } = {}) {
  await page.goto(`${base}/window/intake`);
  await page.getByLabel("检索本窗口进驻的事项").fill("食品经营");
  await page.getByRole("button", { name: /食品经营许可/ }).click();
  await page.getByLabel("姓名").fill("张三");
  await page.getByLabel("居民身份证号码").fill("11010519491231002X");
  await page.getByLabel("手机号码").fill("13912345678");
  await examineMaterials(page, missing ? { [missing]: { status: "MISSING", note: "申请人未带" } } : {});
  await page.getByRole("button", { name: "提交受理" }).click();
}

describe.skipIf(!executablePath)("consoles in Chromium", () => {
  it("takes a 承诺件 from intake to the acceptance receipt, the approver's decision and the licence; the citizen looks it up", async () => {
    const { context, page, errors } = await open();
    await login(page, "WINDOW_CLERK", { centre: "320213", window: "320213-A01" });
    await page.goto(`${base}/window/intake`);
    await page.getByLabel("检索本窗口进驻的事项").fill("食品经营");
    await page.getByRole("button", { name: /食品经营许可/ }).click();
    // The ID number is checked as typed, with the validators the server uses.
    await page.getByLabel("居民身份证号码").fill("110105194912310021");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("校验");
    await expect(page.getByRole("button", { name: "提交受理" }).isDisabled()).resolves.toBe(true);
    await page.getByLabel("居民身份证号码").fill("11010519491231002X");
    await page.getByLabel("姓名").fill("张三");
    await page.getByLabel("手机号码").fill("13912345678");
    // Nothing is presumed: Enter on the untouched checklist accepts nothing and names what is unexamined.
    await page.getByLabel("手机号码").press("Enter");
    await expect.poll(() => page.getByRole("group", { name: /申报材料核验/ }).getByRole("alert").last().textContent()).toContain("项材料未核验");
    expect(await page.getByRole("heading", { name: "已受理" }).count()).toBe(0);
    await examineMaterials(page);
    await shot(page, "window-intake");
    await page.getByRole("button", { name: "提交受理" }).click();
    await page.getByRole("heading", { name: "已受理" }).waitFor();
    const notice = page.getByTestId("notice");
    await expect(notice.getByRole("heading").first().textContent()).resolves.toBe("受理通知书");
    const caseNumber = (await page.getByTestId("case-number").textContent())!;
    const queryCode = (await page.getByTestId("query-code").textContent())!;
    expect(caseNumber).toMatch(/^320213-\d{4}-\d{6}$/);
    // The receipt's PDF comes from the API and downloads (or opens) as a real PDF.
    const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: /PDF/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^受理通知书-.*\.pdf$/);
    await shot(page, "window-receipt");

    await page.goto(`${base}/window/queue`);
    await page.getByRole("link", { name: caseNumber }).waitFor();
    await shot(page, "window-queue");
    await page.getByRole("link", { name: caseNumber }).click();
    await context.close();

    // The market department's approver decides and issues the licence.
    const approver = await open();
    await login(approver.page, "DEPARTMENT_APPROVER", { department: "market" });
    // Opened by the number printed on the notices, never an internal id.
    await approver.page.getByLabel("办件编号、申请人姓名或手机号码").fill(caseNumber);
    await approver.page.getByRole("button", { name: "打开办件" }).click();
    // No outcome is preselected: 作出决定 alone decides nothing.
    await approver.page.getByRole("button", { name: "作出决定" }).click();
    await expect.poll(() => approver.page.getByRole("form", { name: "审批决定" }).getByRole("alert").first().textContent()).toContain("请先选择");
    await decide(approver.page, "准予许可");
    await approver.page.getByRole("button", { name: "制证并办结" }).click();
    await approver.page.getByTestId("licence").waitFor();
    const licence = (await approver.page.getByTestId("licence").textContent())!;
    expect(await approver.page.locator(".state").first().textContent()).toBe("已办结");
    await shot(approver.page, "department-decision");
    expect(approver.errors).toEqual([]);
    await approver.context.close();

    // The applicant, on a phone, without logging in.
    const citizen = await open(PHONE);
    await citizen.page.goto(`${base}/status`);
    await citizen.page.getByLabel("办件编号").fill(caseNumber);
    await citizen.page.getByLabel("查询码").fill("000000");
    await citizen.page.getByRole("button", { name: "查询" }).click();
    await citizen.page.getByText("未找到该办件").waitFor();
    await citizen.page.getByLabel("查询码").fill(queryCode);
    await citizen.page.getByLabel("查询码").press("Enter");
    const status = citizen.page.getByTestId("case-status");
    await status.waitFor();
    const text = (await status.textContent())!;
    expect(text).toContain("已办结");
    expect(text).toContain(licence.split(" ")[0]!);
    expect(text).not.toContain("张三");
    expect(text).not.toContain("11010519491231002X");
    await shot(citizen.page, "citizen-status");
    expect([...errors, ...citizen.errors]).toEqual([]);
    await citizen.context.close();
  });

  it("gives a 一次性告知书 listing everything missing at once", async () => {
    const { context, page, errors } = await open();
    await login(page, "WINDOW_CLERK", { centre: "320213", window: "320213-A01" });
    await intakeFoodLicence(page, { missing: "营业执照或者其他主体资格证明文件" });
    await page.getByRole("heading", { name: "已出具一次性告知书" }).waitFor();
    const notice = (await page.getByTestId("notice").textContent())!;
    expect(notice).toContain("一次性告知书");
    expect(notice).toContain("营业执照或者其他主体资格证明文件");
    await shot(page, "window-one-time-notice");

    // The applicant brings the missing material: the clerk records the supplement and the case is accepted.
    await page.getByRole("link", { name: "查看办件" }).click();
    // Nothing is presumed supplemented: the clerk ticks what was handed in.
    await page.getByRole("button", { name: "登记补正并受理" }).click();
    await expect.poll(() => page.getByRole("form", { name: "补正材料" }).textContent()).toContain("请勾选");
    await page.getByLabel("营业执照或者其他主体资格证明文件 已补正").check();
    await page.getByRole("button", { name: "登记补正并受理" }).click();
    await expect.poll(() => page.locator(".state").first().textContent()).toBe("已受理");
    const caseNumber = (await page.getByTestId("case-number").textContent())!;
    const deadline = (await page.getByTestId("deadline").textContent())!;

    // 不予受理: an application outside the body's competence, naming the competent body.
    await page.goto(`${base}/window/intake`);
    await page.getByLabel("检索本窗口进驻的事项").fill("食品经营");
    await page.getByRole("button", { name: /食品经营许可/ }).click();
    // A company: the unified social credit code is checked as typed.
    await page.getByLabel("单位", { exact: true }).check();
    await page.getByLabel("单位名称").fill("无锡市梁溪示范贸易有限公司");
    await page.getByLabel("统一社会信用代码").fill("91110000802100433A");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("校验位");
    await page.getByLabel("统一社会信用代码").fill("91110000802100433B");
    await expect.poll(() => page.locator(".hint", { hasText: "代码有效" }).count()).toBe(1);
    await page.getByLabel("联系电话").fill("0510-82701234");
    await page.getByLabel("联系人").fill("李四");
    await page.getByLabel("不予受理").check();
    await page.getByLabel("理由").fill("申请经营场所位于宜兴市,不属于本中心管辖");
    await page.getByLabel("有权机关").fill("宜兴市行政审批局");
    await page.getByRole("button", { name: "出具不予受理通知书" }).click();
    await page.getByRole("heading", { name: "已出具不予受理通知书" }).waitFor();
    expect(await page.getByTestId("notice").textContent()).toContain("宜兴市行政审批局");
    expect(errors).toEqual([]);
    await context.close();

    // Art. 42: the centre's manager cannot extend a single-department case; the tab says who can.
    const manager = await open();
    await login(manager.page, "CENTRE_MANAGER", { centre: "320213" });
    await manager.page.getByRole("tab", { name: "联办件延期" }).click();
    await manager.page.getByText("由该部门的本行政机关负责人在部门审批端批准").waitFor();
    await manager.page.getByLabel("办件编号、申请人姓名或手机号码").fill(caseNumber);
    await manager.page.getByRole("button", { name: "打开办件" }).click();
    await manager.page.getByTestId("deadline").waitFor();
    expect(await manager.page.getByRole("button", { name: "批准延期" }).count()).toBe(0);
    expect(manager.errors).toEqual([]);
    await manager.context.close();

    // An ordinary approver of the deciding department is not offered the extension either.
    const ordinary = await open();
    await login(ordinary.page, "DEPARTMENT_APPROVER", { department: "market" });
    await ordinary.page.getByLabel("办件编号、申请人姓名或手机号码").fill(caseNumber);
    await ordinary.page.getByRole("button", { name: "打开办件" }).click();
    await ordinary.page.getByTestId("deadline").waitFor();
    expect(await ordinary.page.getByRole("button", { name: "批准延期" }).count()).toBe(0);
    await ordinary.context.close();

    // The head of the licensing authority approves the extension; the deadline moves.
    const head = await open();
    await login(head.page, "DEPARTMENT_APPROVER", { department: "market", head: "王建国" });
    await head.page.getByLabel("办件编号、申请人姓名或手机号码").fill(caseNumber);
    await head.page.getByRole("button", { name: "打开办件" }).click();
    await head.page.getByLabel("延期理由(告知申请人)").fill("需现场核查经营场所");
    await head.page.getByLabel("延长工作日").fill("0");
    await head.page.getByRole("button", { name: "批准延期" }).click();
    await head.page.locator(".action .error-box, .action .field-error").first().waitFor();
    await head.page.getByLabel("延长工作日").fill("5");
    await head.page.getByRole("button", { name: "批准延期" }).click();
    await expect.poll(() => head.page.getByTestId("deadline").textContent()).not.toBe(deadline);
    // The history names the head who approved, as the notice does; extended once, the form is gone.
    expect(await head.page.locator(".timeline li").last().textContent()).toContain("王建国");
    expect(await head.page.getByRole("button", { name: "批准延期" }).count()).toBe(0);
    await shot(head.page, "department-extension");
    expect(head.errors).toEqual([]);
    await head.context.close();
  });

  it("rejects a catalogue file and shows every error by item and field; a draft shows its difference", async () => {
    const { context, page, errors } = await open();
    await login(page, "CATALOGUE_PUBLISHER", { department: "market" });
    const file = [licenceItem("SCJG-XK-981", { promisedDays: 30 }), licenceItem("SCJG-XK-982", { name: "" }), licenceItem("SCJG-XK-983")];
    await page.getByLabel(/目录文件/).setInputFiles({ name: "catalogue.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole("button", { name: "导入", exact: true }).click();
    const table = page.getByTestId("import-errors");
    await table.waitFor();
    const rows = await table.locator("tbody tr").allTextContents();
    expect(rows.some((r) => r.startsWith("1SCJG-XK-981promisedDays"))).toBe(true);
    expect(rows.some((r) => r.startsWith("2SCJG-XK-982name"))).toBe(true);
    await shot(page, "department-import-errors");

    // Edit a published item: the draft and its difference from the version in force.
    await page.getByRole("button", { name: /食品经营许可/ }).click();
    const draft = page.getByLabel(/草稿/);
    await draft.waitFor();
    const json = JSON.parse(await draft.inputValue()) as Record<string, unknown>;
    await draft.fill(JSON.stringify({ ...json, promisedDays: 4 }, null, 2));
    await page.getByRole("button", { name: "保存草稿" }).click();
    await page.getByTestId("diff").waitFor();
    expect(await page.getByTestId("diff").textContent()).toContain("承诺期限");
    await shot(page, "department-catalogue");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the public guide on a phone, the manager's console and the agent's cases", async () => {
    const citizen = await open(PHONE);
    await citizen.page.goto(`${base}/guide?centre=320213&q=${encodeURIComponent("食品")}`);
    await citizen.page.getByRole("link", { name: "食品经营许可" }).click();
    await citizen.page.getByRole("heading", { name: "申报材料" }).waitFor();
    expect(await citizen.page.textContent("main")).toContain("承诺期限");
    await shot(citizen.page, "citizen-guide");
    expect(citizen.errors).toEqual([]);
    await citizen.context.close();

    const { context, page, errors } = await open();
    await page.goto(`${base}/login`);
    await page.getByLabel("角色").selectOption("WINDOW_CLERK");
    await page.getByLabel("窗口").selectOption("320213-A01");
    await shot(page, "login");
    await login(page, "CENTRE_MANAGER", { centre: "320213" });
    await page.locator(`tr[data-item="SCJG-XK-003"]`).waitFor();
    // The API's refusal is shown next to the field it names.
    await page.getByLabel("事项", { exact: true }).selectOption("SCJG-XK-004");
    await page.getByLabel("授权").selectOption("ACCEPT_AND_DECIDE");
    await page.getByRole("button", { name: "进驻", exact: true }).click();
    const refusal = page.locator(".field.invalid", { has: page.getByLabel("授权") }).locator(".field-error");
    await expect.poll(() => refusal.textContent()).toContain("只能受理");
    await shot(page, "manager-stationing");
    await page.getByLabel("授权").selectOption("ACCEPT_ONLY");
    await page.getByRole("button", { name: "进驻", exact: true }).click();
    await page.getByText("已进驻").waitFor();
    await page.getByRole("tab", { name: "代办员" }).click();
    await page.getByLabel("代办员编号").fill("agent-lx-01");
    await page.getByLabel("姓名").fill("王代办");
    await page.getByLabel("手机号码").fill("13800001111");
    await page.getByRole("button", { name: "登记" }).click();
    await page.getByText("已登记代办员").waitFor();
    await page.getByRole("tab", { name: "节假日" }).click();
    await page.getByText("法定节假日").waitFor();
    await shot(page, "manager-calendar");
    await context.close();

    // A clerk files a case brought by the agent; the agent sees it with its clock.
    const clerk = await open();
    await login(clerk.page, "WINDOW_CLERK", { centre: "320213", window: "320213-A01" });
    await clerk.page.goto(`${base}/window/intake`);
    await clerk.page.getByLabel("检索本窗口进驻的事项").fill("食品经营");
    await clerk.page.getByRole("button", { name: /食品经营许可/ }).click();
    await clerk.page.getByLabel("姓名").fill("赵六");
    await clerk.page.getByLabel("居民身份证号码").fill("11010519491231002X");
    await clerk.page.getByLabel("手机号码").fill("13912345678");
    await clerk.page.getByLabel(/代办员编号/).fill("agent-lx-01");
    await examineMaterials(clerk.page);
    await clerk.page.getByRole("button", { name: "提交受理" }).click();
    await clerk.page.getByRole("heading", { name: "已受理" }).waitFor();
    await clerk.context.close();

    const agent = await open();
    await login(agent.page, "AGENT", { centre: "320213", agentId: "agent-lx-01" });
    await agent.page.getByRole("cell", { name: "赵六" }).waitFor();
    await shot(agent.page, "agent-cases");
    expect([...errors, ...clerk.errors, ...agent.errors]).toEqual([]);
    await agent.context.close();
  });

  it("suspends and resumes a case's clock, and decides a 即办件 at the window that decides", async () => {
    const { context, page, errors } = await open();
    await login(page, "WINDOW_CLERK", { centre: "320213", window: "320213-A01" });
    await page.goto(`${base}/window/intake`);
    await page.getByLabel("检索本窗口进驻的事项").fill("测试承诺件");
    // Enter takes the first match once the window's items have loaded.
    await page.getByRole("button", { name: /测试承诺件/ }).waitFor();
    await page.getByLabel("检索本窗口进驻的事项").press("Enter");
    await page.getByLabel("姓名").fill("钱七");
    await page.getByLabel("居民身份证号码").fill("11010519491231002X");
    await page.getByLabel("手机号码").fill("13912345678");
    await examineMaterials(page);
    await page.getByRole("button", { name: "提交受理" }).click();
    await page.getByRole("link", { name: "查看办件" }).click();
    await page.getByLabel("原因(告知申请人)").fill("组织专家评审");
    await page.getByRole("button", { name: "开始特别程序" }).click();
    await expect.poll(() => page.getByTestId("deadline").textContent()).toContain("暂停计时");
    await shot(page, "window-suspended");
    await page.getByRole("button", { name: "特别程序结束,恢复计时" }).click();
    await expect.poll(() => page.locator(".state").first().textContent()).toBe("已受理");

    await page.goto(`${base}/window/intake`);
    await page.getByLabel("检索本窗口进驻的事项").fill("测试即办件");
    // Enter takes the first match once the window's items have loaded.
    await page.getByRole("button", { name: /测试即办件/ }).waitFor();
    await page.getByLabel("检索本窗口进驻的事项").press("Enter");
    await page.getByLabel("姓名").fill("孙八");
    await page.getByLabel("居民身份证号码").fill("11010519491231002X");
    await page.getByLabel("手机号码").fill("13912345678");
    await examineMaterials(page);
    await page.getByRole("button", { name: "提交受理" }).click();
    await page.getByRole("link", { name: "查看办件" }).click();
    await decide(page, "准予许可");
    await page.getByRole("button", { name: "制证并办结" }).click();
    await page.getByTestId("licence").waitFor();
    expect(await page.locator(".state").first().textContent()).toBe("已办结");
    expect(errors).toEqual([]);
    await context.close();
  });
});
