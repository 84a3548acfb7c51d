/**
 * Helpers of the browser suites: Debian's Chromium through playwright-core against the built consoles
 * served by a real test network. The same helpers as in tests/consoles.browser.test.ts (which keeps its
 * own copy for now, so that the two branches merge without touching it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@wuxi/federation";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { buildConsoles } from "../../consoles/build.ts";
import { startTestNetwork, type TestNetwork } from "./network.ts";

export const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
  (p): p is string => Boolean(p && existsSync(p)),
);
/**
 * Without Chromium a developer's run skips the browser suites with a message; CI must not pass
 * without them, so there the missing browser is a failure (`.ci/run` installs chromium).
 */
export function requireBrowserInCi(suite: string, path: string | undefined = executablePath) {
  if (path) return;
  const message = `${suite}: no chromium executable (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${message}; CI runs every browser suite and fails without one`);
  console.warn(`${message}; SKIPPED outside CI`);
}

/** Test artefacts; the committed copies in docs/screenshots/ are refreshed with UPDATE_SCREENSHOTS=1. */
export const shots = process.env.UPDATE_SCREENSHOTS ? `${repoRoot}docs/screenshots` : `${repoRoot}artifacts/screenshots`;
export const COUNTER = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export interface BrowserRig {
  net: TestNetwork;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the consoles, starts the network serving them, and launches Chromium. */
export async function startBrowserRig(): Promise<BrowserRig> {
  mkdirSync(shots, { recursive: true });
  const outDir = mkdtempSync(join(tmpdir(), "wuxi-consoles-"));
  const net = await startTestNetwork({ consolesDir: await buildConsoles(outDir) });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    net,
    browser,
    base: net.gatewayUrl.replace(/\/graphql$/, ""),
    async close() {
      await browser.close();
      await net.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser profile (no session) at a screen size; page errors are collected for the test to check. */
export async function open(rig: BrowserRig, viewport = COUNTER): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await rig.browser.newContext({ viewport, locale: "zh-CN", acceptDownloads: true });
  // Each action waits for its element; 30 s gave up while a page was still loading on a busy machine.
  context.setDefaultTimeout(90_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

export async function login(rig: BrowserRig, page: Page, role: string, scope: { centre?: string; window?: string; department?: string } = {}) {
  await page.goto(`${rig.base}/login`);
  await page.getByLabel("角色").selectOption(role);
  if (scope.centre) await page.getByLabel("所属中心").selectOption(scope.centre);
  if (scope.window) await page.getByLabel("窗口").selectOption(scope.window);
  if (scope.department) await page.getByLabel("部门").selectOption(scope.department);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  await expectNoRawCodes(page, name);
}

/**
 * The clerk examines every material of the intake checklist (nothing starts examined): 已提交 unless
 * `verdicts` says otherwise, with the note a lacking material needs. Waits for the checklist first.
 */
export async function examineMaterials(page: Page, verdicts: Record<string, { status: "MISSING" | "DEFECTIVE" | "NOT_APPLICABLE"; note?: string }> = {}) {
  await page.getByRole("group", { name: /申报材料核验/ }).waitFor();
  const selects = page.locator('select[aria-label$=" 核验结果"]');
  const count = await selects.count();
  for (let i = 0; i < count; i++) {
    const select = selects.nth(i);
    const name = (await select.getAttribute("aria-label"))!.replace(/ 核验结果$/, "");
    const verdict = verdicts[name];
    await select.selectOption(verdict?.status ?? "PROVIDED");
    if (verdict?.note) await page.getByLabel(`${name} 说明`).fill(verdict.note);
  }
}

/** 作出决定 as an approver does it: choose the outcome, read what it will do, confirm. */
export async function decide(page: Page, outcome: "准予许可" | "不予许可" = "准予许可", reasons?: string) {
  const form = page.getByRole("form", { name: "审批决定" });
  await form.getByLabel(outcome === "准予许可" ? "准予许可" : /不予许可/).check();
  if (reasons) await form.getByLabel(/理由|说明/).fill(reasons);
  await form.getByRole("button", { name: "作出决定" }).click();
  await form.getByRole("alertdialog", { name: "确认审批决定" }).waitFor();
  await form.getByRole("button", { name: "确认作出决定" }).click();
}

/** What must never reach a person's screen: internal ids, development logins, English error text. */
export const RAW_CODE_PATTERNS: [string, RegExp][] = [
  ["UUID", /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i],
  ["development login", /\bdev-[a-z_]+/],
  ["English error text", /\b(Error|Exception|failed|undefined|NaN|Cannot read|Unexpected token|Internal server|not found)\b/i],
  ["API field path", /[(（](?:[a-z]+(?:[A-Z][a-z]+)+|[a-z]+\.\d+(?:\.[a-zA-Z]+)?)[)）]/],
];

/** The raw codes in a text, each with its kind and a little context. */
export function rawCodesIn(text: string): string[] {
  return RAW_CODE_PATTERNS.flatMap(([kind, pattern]) => {
    const m = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    return [...text.matchAll(m)].map((hit) => `${kind}: …${text.slice(Math.max(0, hit.index! - 20), hit.index! + hit[0].length + 20)}…`);
  });
}

/** The visible text of a page (not hidden machine data such as data-testid="case-id"). */
export const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/**
 * Every page a browser test photographs is also read: a raw id, UUID, `dev-` login or English error
 * text on it fails the test, naming the page. So the scan covers every screen the suites render.
 */
export async function expectNoRawCodes(page: Page, where: string) {
  const found = rawCodesIn(await visibleText(page));
  if (found.length) throw new Error(`raw codes on ${where} (${page.url()}):\n${found.join("\n")}`);
}
