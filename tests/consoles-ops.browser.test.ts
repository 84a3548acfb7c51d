/**
 * The charge window, the manager's second signature, the supervisor's dashboard and the citizen's
 * rating, in Chromium against the real gateway and subgraphs (helpers in tests/support/browser.ts).
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DECIDE, INTAKE, publishAndStation, zhangSan } from "./support/cases.ts";
import { type BrowserRig, decide, examineMaterials, executablePath, login, open, PHONE, requireBrowserInCi, shot, startBrowserRig } from "./support/browser.ts";
import { licenceItem } from "./support/items.ts";

// A give-up bound, not a wait: each step waits for the state it needs. A whole flow through the
// browser, the gateway and several subgraphs takes minutes when both cores are busy.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 360_000 });

requireBrowserInCi("consoles-ops browser tests");

const basis = "《无锡市行政事业性收费标准》(测试)";
/** A 承诺件 with a fixed fee that may be reduced and a per-copy fee, accepted at county and township centres. */
const feeItem = licenceItem("SCJG-XK-951", {
  name: "测试收费许可",
  acceptingTiers: ["COUNTY", "TOWNSHIP"],
  fees: [
    { code: "DJF", name: "登记费", rule: "FIXED", amountFen: 5000, legalBasis: basis, reductions: "小微企业免收登记费" },
    { code: "GBF", name: "证书工本费", rule: "PER_COPY", amountFen: 1000, unit: "本", legalBasis: basis },
    // Two standards the version declares mutually exclusive: an applicant is one or the other.
    { code: "CXF-GR", name: "档案查询费(个人)", rule: "FIXED", amountFen: 1000, legalBasis: basis, exclusiveGroup: "档案查询费" },
    { code: "CXF-DW", name: "档案查询费(单位)", rule: "FIXED", amountFen: 3000, legalBasis: basis, exclusiveGroup: "档案查询费" },
  ],
  effectiveFrom: "2025-01-01",
});
const materials = [
  { name: "申请书", status: "PROVIDED" },
  { name: "授权委托书", status: "NOT_APPLICABLE" },
];
const clerkOf = (centreId: string) => ({ id: `clerk-${centreId}-a01`, role: "WINDOW_CLERK" as const, centreId, windowId: `${centreId}-A01` });
const managerOf = (centreId: string) => ({ id: `mgr-${centreId}`, role: "CENTRE_MANAGER" as const, centreId });
const cashier = { id: "cashier-320213", role: "CHARGE_CLERK" as const, centreId: "320213", windowId: "320213-C01" };

let rig: BrowserRig;
/** The page a test is driving, shown in the output when the test fails. */
let current: Page | undefined;
afterEach(async (ctx) => {
  if (ctx.task.result?.state === "fail" && current && !current.isClosed()) console.log(`page at failure (${current.url()}):`, await current.textContent("main").catch(() => "?"));
  current = undefined;
});

beforeAll(async () => {
  if (!executablePath) return;
  rig = await startBrowserRig();
  await publishAndStation(rig.net, [feeItem]);
  // The same item at 崇安寺街道 (a township of 梁溪区) and at 锡山区, its sibling district.
  for (const [centreId, authority] of [["320213-001", "ACCEPT_ONLY"], ["320205", "ACCEPT_AND_DECIDE"]] as const) {
    const r = await rig.net.query(`mutation($input: StationItemInput!) { stationItem(input: $input) { errors { code message } } }`, { input: { windowId: `${centreId}-A01`, itemCode: feeItem.code, authority } }, managerOf(centreId));
    expect(r.body.data.stationItem.errors).toEqual([]);
  }
});
afterAll(async () => {
  rig?.net.setToday(null);
  await rig?.close();
});

async function gql(query: string, variables: Record<string, unknown>, actor: object) {
  const r = await rig.net.query(query, variables, actor as never);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data;
}

async function acceptedCase(centreId: string, name = "张三") {
  const d = await gql(INTAKE, { input: { windowId: `${centreId}-A01`, itemCode: feeItem.code, applicant: { ...zhangSan, name }, materials } }, clerkOf(centreId));
  expect(d.intakeCase.errors).toEqual([]);
  return d.intakeCase.case as { id: string; caseNumber: string };
}

describe.skipIf(!executablePath)("charge window, manager, supervisor and rating in Chromium", () => {
  it("takes a 承诺件 from intake to the bill, payment at the charge window with its receipt, the licence and the citizen's rating", { timeout: 240_000 }, async () => {
    const clerk = await open(rig);
    const { page } = clerk;
    current = page;
    await login(rig, page, "WINDOW_CLERK", { centre: "320213", window: "320213-A01" });
    await page.goto(`${rig.base}/window/intake`);
    await page.getByLabel("检索本窗口进驻的事项").fill("测试收费许可");
    await page.getByLabel("检索本窗口进驻的事项").press("Enter");
    await page.getByLabel("姓名").fill("张三");
    await page.getByLabel("居民身份证号码").fill("11010519491231002X");
    await page.getByLabel("手机号码").fill("13912345678");
    await examineMaterials(page);
    await page.getByRole("button", { name: "提交受理" }).click();
    await page.getByRole("heading", { name: "已受理" }).waitFor();
    const caseNumber = (await page.getByTestId("case-number").textContent())!;
    const queryCode = (await page.getByTestId("query-code").textContent())!;
    await page.getByRole("link", { name: "查看办件" }).click();
    await decide(page, "准予许可");

    // 准予许可: the clerk bills the fee standards of the item version; only the fixed fee may be reduced.
    const billForm = page.getByRole("form", { name: "开具缴费通知" });
    await billForm.waitFor();
    // No licence is offered before the bill is paid; the page says who acts first.
    expect(await page.getByRole("button", { name: "制证并办结" }).count()).toBe(0);
    expect(await page.getByTestId("licence-waits").textContent()).toContain("待受理窗口");
    expect(await billForm.locator('tr[data-fee="GBF"]').textContent()).toContain("无减免情形");
    // Nothing is ticked: Enter on the untouched form issues nothing.
    await page.getByRole("button", { name: "开具缴费通知" }).press("Enter");
    await expect.poll(() => billForm.getByRole("alert").first().textContent()).toContain("未选择任何收费项目");
    await page.getByLabel("收取 登记费").check();
    await page.getByLabel("收取 证书工本费").check();
    // One of an exclusive group: choosing the other un-chooses the first.
    await page.getByLabel("收取 档案查询费(个人)").check();
    await page.getByLabel("收取 档案查询费(单位)").check();
    await expect.poll(() => page.getByLabel("收取 档案查询费(个人)").isChecked()).toBe(false);
    await page.getByLabel("证书工本费 数量(本)").fill("2");
    await expect.poll(() => page.getByTestId("bill-preview").textContent()).toContain("¥100.00 元(大写:人民币壹佰元整)");
    await page.getByLabel("档案查询费:不收取").check();
    await expect.poll(() => page.getByTestId("bill-preview").textContent()).toContain("¥70.00 元(大写:人民币柒拾元整)");
    await shot(page, "window-bill");
    await page.getByLabel("证书工本费 数量(本)").fill("0");
    await page.getByRole("button", { name: "开具缴费通知" }).click();
    await expect.poll(() => billForm.locator('tr[data-fee="GBF"] .field-error').textContent()).toBeTruthy();
    await page.getByLabel("证书工本费 数量(本)").fill("2");
    await page.getByRole("button", { name: "开具缴费通知" }).click();
    await expect.poll(() => page.getByTestId("bill-total").textContent()).toBe("70.00");
    expect(await page.getByRole("button", { name: "制证并办结" }).count()).toBe(0);
    // The case page reloads after the bill component: wait for it to know the bill.
    await expect.poll(() => page.getByTestId("licence-waits").textContent()).toContain("收费窗口");

    // The charge window: the bill is waiting; an online payment needs the platform's reference.
    const till = await open(rig);
    current = till.page;
    await login(rig, till.page, "CHARGE_CLERK", { centre: "320213", window: "320213-C01" });
    await till.page.getByRole("button", { name: caseNumber }).click();
    await till.page.getByLabel("网上支付").check();
    await till.page.getByLabel("支付平台流水号").fill("WX1");
    await till.page.getByRole("button", { name: /^收款/ }).click();
    await expect.poll(() => till.page.locator(".field.invalid .field-error").first().textContent()).toContain("流水号");
    await shot(till.page, "charge-window");
    await till.page.getByLabel("支付平台流水号").fill("WX20260302000123");
    await till.page.getByRole("button", { name: /^收款/ }).click();
    const receiptNumber = (await till.page.getByTestId("receipt-number").textContent())!;
    expect(receiptNumber).toMatch(/^320213-SF\d{4}-\d{6}$/);
    const [pdf] = await Promise.all([till.page.waitForEvent("download"), till.page.getByRole("button", { name: "打印票据(PDF)" }).click()]);
    expect(pdf.suggestedFilename()).toBe(`收费票据-${receiptNumber}.pdf`);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe("%PDF-");
    await shot(till.page, "charge-receipt");
    await expect.poll(() => till.page.getByRole("button", { name: caseNumber }).count()).toBe(0);
    expect(till.errors).toEqual([]);
    await till.context.close();

    // Paid: the window issues the licence and the case concludes.
    current = page;
    await page.reload();
    await page.getByTestId("case-receipt").waitFor();
    expect(await page.getByTestId("case-receipt").textContent()).toContain(receiptNumber);
    await page.getByRole("button", { name: "制证并办结" }).click();
    await page.getByTestId("licence").waitFor();
    expect(await page.locator(".state").first().textContent()).toBe("已办结");
    expect(clerk.errors).toEqual([]);
    await clerk.context.close();

    // The applicant rates it on a phone: a wrong query code looks like an unknown case.
    const citizen = await open(rig, PHONE);
    current = citizen.page;
    await citizen.page.goto(`${rig.base}/rate`);
    await citizen.page.getByLabel("办件编号").fill(caseNumber);
    await citizen.page.getByLabel("查询码").fill("000000");
    await citizen.page.getByRole("radio", { name: "满意", exact: true }).check();
    await citizen.page.getByRole("button", { name: "提交评价" }).click();
    await expect.poll(() => citizen.page.locator(".field-error").first().textContent()).toContain("不正确");
    await citizen.page.getByLabel("查询码").fill(queryCode);
    await citizen.page.getByLabel("意见建议(可不填)").fill("窗口一次讲清楚了,收费明白");
    await shot(citizen.page, "citizen-rating");
    await citizen.page.getByRole("button", { name: "提交评价" }).click();
    await citizen.page.getByTestId("rating-done").waitFor();
    expect(await citizen.page.textContent("main")).not.toContain("11010519491231002X");
    expect(citizen.errors).toEqual([]);
    await citizen.context.close();
  });

  it("shows a 梁溪区 supervisor the red cases of its townships with who holds them, never 锡山区's", { timeout: 240_000 }, async () => {
    rig.net.setToday("2026-03-02");
    const township = await acceptedCase("320213-001", "周九");
    const sibling = await acceptedCase("320205", "吴十");
    rig.net.setToday("2026-03-20"); // both five-day deadlines are long past
    try {
      const { context, page, errors } = await open(rig);
      current = page;
      await login(rig, page, "SUPERVISOR", { centre: "320213" });
      const alerts = page.getByTestId("alerts");
      await alerts.waitFor();
      await page.locator("[data-testid=red-count]").click();
      await expect.poll(() => alerts.textContent()).toContain(township.caseNumber);
      const text = (await alerts.textContent())!;
      expect(text).not.toContain(sibling.caseNumber);
      expect(text).toContain("崇安寺街道");
      expect(text).toContain(`受理窗口 ${clerkOf("320213-001").id}`);
      const chartText = (await page.locator(".chart").first().getAttribute("aria-label"))!;
      expect(chartText).not.toContain("锡山");
      await shot(page, "supervisor-lights");
      // Narrowing to the township, then the case itself.
      await page.getByLabel("监察范围").selectOption("320213-001");
      await expect.poll(() => page.getByTestId("alerts-heading").textContent()).toContain("本范围");
      await page.getByRole("link", { name: township.caseNumber }).click();
      await expect.poll(() => page.getByTestId("case-number").textContent()).toBe(township.caseNumber);
      // Nor can the supervisor ask for 锡山区 by hand.
      const refused = await rig.net.query(`{ clockAlerts(centreId: "320205") { case { caseNumber } } }`, {}, { id: "sup-320213", role: "SUPERVISOR", centreId: "320213" } as never);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

      // A complaint recorded by phone and assigned; the year's bulletin and ranking as charts, exported.
      await page.goto(`${rig.base}/supervisor`);
      await page.getByLabel("监察范围").selectOption("320213-001");
      await page.getByRole("tab", { name: "投诉" }).click();
      await page.getByLabel("窗口编号").fill("320213-001-A01");
      await page.getByLabel("投诉内容").fill("窗口工作人员未一次性告知所需材料");
      await page.getByRole("button", { name: "登记", exact: true }).click();
      await page.getByText("已登记投诉").waitFor();
      await page.getByLabel("承办人").fill("320213-001 中心主任");
      await page.getByRole("button", { name: "交办" }).click();
      await expect.poll(() => page.getByTestId("complaints").textContent()).toContain("已交办");
      await shot(page, "supervisor-complaints");
      await page.getByLabel("监察范围").selectOption("320213");
      await page.getByRole("tab", { name: "通报与排名" }).click();
      await page.getByLabel("周期").selectOption("YEAR");
      await page.getByLabel("年").fill("2026");
      await expect.poll(() => page.getByTestId("bulletin-period").textContent()).toContain("2026");
      await page.getByTestId("bulletin").waitFor();
      expect(await page.getByTestId("bulletin").textContent()).not.toContain("锡山");
      const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出 Excel" }).click()]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      await shot(page, "supervisor-bulletin");
      // A drill-down from the bulletin: the township's name opens its red and yellow cases.
      await page.getByTestId("bulletin").getByRole("button", { name: "崇安寺街道" }).first().click();
      await expect.poll(() => page.getByTestId("alerts").textContent()).toContain(township.caseNumber);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      rig.net.setToday(null);
    }
  });

  it("requests a refund at the charge window, the manager approves it, and the day reconciles to the fen", { timeout: 240_000 }, async () => {
    const c = await acceptedCase("320213", "郑十一");
    expect((await gql(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, clerkOf("320213"))).decideCase.errors).toEqual([]);
    const billed = await gql(`mutation($id: ID!) { billCase(caseId: $id, lines: [{ feeCode: "DJF" }, { feeCode: "GBF", quantity: 3 }]) { bill { id totalFen } errors { code } } }`, { id: c.id }, clerkOf("320213"));
    const paid = await gql(`mutation($i: ChargeInput!) { chargeBill(input: $i) { receipt { number } errors { code } } }`, { i: { billId: billed.billCase.bill.id, method: "CASH", amountFen: 8000, idempotencyKey: `ops-test-${Date.now()}` } }, cashier);
    const receiptNumber = paid.chargeBill.receipt.number as string;

    const till = await open(rig);
    current = till.page;
    await login(rig, till.page, "CHARGE_CLERK", { centre: "320213", window: "320213-C01" });
    await till.page.getByRole("tab", { name: "作废与退款" }).click();
    await till.page.getByLabel("票据号").fill(receiptNumber);
    await till.page.getByRole("button", { name: "查找" }).click();
    await till.page.getByLabel("退款金额(元)").fill("100");
    await till.page.getByLabel("原因").fill("多收证书工本费一本");
    await till.page.getByRole("button", { name: "提交申请" }).click();
    await expect.poll(() => till.page.locator(".field.invalid .field-error").first().textContent()).toContain("不能超过可退金额80.00元");
    await till.page.getByLabel("退款金额(元)").fill("10");
    await till.page.getByRole("button", { name: "提交申请" }).click();
    await till.page.getByText("待中心管理员审批").waitFor();

    // The second person: the centre's manager approves; the ledger gets a linked negative entry.
    const mgr = await open(rig);
    current = mgr.page;
    await login(rig, mgr.page, "CENTRE_MANAGER", { centre: "320213" });
    await mgr.page.getByRole("tab", { name: "作废退款审批" }).click();
    const row = mgr.page.locator(`tr[data-receipt="${receiptNumber}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("10.00");
    await shot(mgr.page, "manager-refunds");
    await row.getByRole("button", { name: "批准", exact: true }).click();
    await mgr.page.getByText("已批准,已记入收费台账").waitFor();
    await expect.poll(() => mgr.page.getByTestId("by-method").locator("tr", { hasText: "现金" }).locator("td").nth(4).textContent()).toBe("10.00");
    // The centre's thresholds: a share out of range is refused next to its field.
    await mgr.page.getByRole("tab", { name: "监察设置" }).click();
    await mgr.page.getByLabel("黄灯预警方式").selectOption("share");
    await mgr.page.getByLabel("时限百分比(1-100)").fill("200");
    await mgr.page.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => mgr.page.locator(".field.invalid .field-error").first().textContent()).toContain("1至100");
    await mgr.page.getByLabel("时限百分比(1-100)").fill("30");
    await mgr.page.getByRole("button", { name: "保存" }).click();
    await mgr.page.getByText("已保存监察设置").waitFor();
    await shot(mgr.page, "manager-oversight");
    expect(mgr.errors).toEqual([]);
    await mgr.context.close();

    current = till.page;
    // The day's count: the clerk counts what the ledger expects per method, and the day balances.
    await till.page.getByRole("tab", { name: "日终对账" }).click();
    const form = till.page.getByRole("form", { name: "日终盘点" });
    await form.waitFor();
    for (const method of ["现金", "银行卡", "网上支付"]) {
      const field = form.locator(".field", { hasText: `${method}实点金额` });
      const expected = /应存 (-?[\d.]+) 元/.exec((await field.locator(".hint").textContent())!)![1]!;
      await field.locator("input").fill(expected);
    }
    await till.page.getByRole("button", { name: "登记盘点" }).click();
    await expect.poll(() => till.page.getByTestId("balanced").textContent()).toContain("已平账");
    expect(await till.page.getByTestId("reconciliation").textContent()).toContain("退款10.00");
    const [csv] = await Promise.all([till.page.waitForEvent("download"), till.page.getByRole("button", { name: "下载 CSV" }).click()]);
    expect(readFileSync((await csv.path())!, "utf8")).toContain(receiptNumber.slice(0, 6));
    const [xlsx] = await Promise.all([till.page.waitForEvent("download"), till.page.getByRole("button", { name: "下载 Excel" }).click()]);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK");
    await shot(till.page, "charge-reconciliation");
    expect(till.errors).toEqual([]);
    await till.context.close();
  });
  it("marks a deadline counted by the statutory holidays alone (暂定) in the queue and the lights, and reminds the city centre's managers to load next year", { timeout: 240_000 }, async () => {
    // Accepted Mon 2026-12-28 for 5 working days, with no 2027 arrangement loaded: 12-29, 12-30, 12-31,
    // 2027-01-01 元旦 (statutory, provisional), Mon 01-04, Tue 01-05: the deadline 2027-01-05 is provisional.
    rig.net.setToday("2026-12-28");
    try {
      const c = await acceptedCase("320213", "郑十一");
      const clerk = await open(rig);
      current = clerk.page;
      await login(rig, clerk.page, "WINDOW_CLERK", { centre: "320213", window: "320213-A01" });
      await clerk.page.goto(`${rig.base}/window/queue`);
      const row = clerk.page.getByRole("row", { name: new RegExp(c.caseNumber) });
      await expect.poll(() => row.textContent()).toContain("2027-01-05(暂定)");
      expect(clerk.errors).toEqual([]);
      await clerk.context.close();

      // 提示服务 from 1 November: the city centre's manager sees it on the home page and on 提示服务, a district's does not.
      const city = await open(rig);
      current = city.page;
      await login(rig, city.page, "CENTRE_MANAGER", { centre: "320200" });
      const banner = city.page.getByTestId("next-year-reminder");
      await expect.poll(() => banner.textContent()).toContain("2027年节假日安排尚未载入");
      await city.page.getByRole("button", { name: "前往节假日载入" }).click();
      await city.page.getByRole("heading", { name: /年节假日安排/ }).waitFor();
      await shot(city.page, "manager-next-year-reminder");
      await city.page.goto(`${rig.base}/reminders`);
      await city.page.getByRole("link", { name: "前往节假日载入" }).click();
      await city.page.waitForURL((u) => u.pathname === "/manager" && u.search === "?tab=calendar");
      expect(await city.page.getByRole("tab", { selected: true }).textContent()).toBe("节假日");
      expect(city.errors).toEqual([]);
      await city.context.close();
      const district = await open(rig);
      current = district.page;
      await login(rig, district.page, "CENTRE_MANAGER", { centre: "320213" });
      await district.page.getByRole("tab", { name: "事项进驻" }).waitFor();
      expect(await district.page.getByTestId("next-year-reminder").count()).toBe(0);
      await district.context.close();

      // Overdue on 2027-01-06: the supervisor's red list marks the provisional due date and counts it.
      rig.net.setToday("2027-01-06");
      const sup = await open(rig);
      current = sup.page;
      await login(rig, sup.page, "SUPERVISOR", { centre: "320213" });
      await sup.page.locator("[data-testid=red-count]").click();
      const alert = sup.page.getByTestId("alerts").getByRole("row", { name: new RegExp(c.caseNumber) });
      await expect.poll(() => alert.textContent()).toContain("2027-01-05(暂定)");
      await expect.poll(() => sup.page.getByTestId("provisional-count").textContent()).toMatch(/^[1-9]\d* 个办件时钟的期限/);
      expect(sup.errors).toEqual([]);
      await sup.context.close();
    } finally {
      rig.net.setToday(null);
    }
  });
});
