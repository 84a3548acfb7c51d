import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CASE, clerkA01, complete, immediateItem, intake, promisedItem, publishAndStation, RESUME, REVIEW, STATUS, SUSPEND } from "./support/cases.ts";
import { licenceItem } from "./support/items.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

// Today is 2026-12-01 and no package ships the State Council's 2027 arrangement yet. Art. 32 of the
// 行政许可法 does not let the window send anyone home for that: the clock counts 2027 by the
// 《全国年节及纪念日放假办法》's statutory holidays (2027-01-01 元旦 is the only one before February)
// and says the deadline is provisional until the year is loaded.

/** A 45-working-day item (its statutory limit above 20 days, so it names its legal basis). */
const longItem = licenceItem("SCJG-XK-972", {
  name: "测试四十五日许可",
  promisedDays: 45,
  statutoryDays: 45,
  legalBasis: "《中华人民共和国行政许可法》第十二条;《测试条例》第九条",
  statutoryDaysBasis: "《测试条例》第九条:自受理之日起45个工作日内作出决定",
  materials: promisedItem.materials,
  steps: [
    { order: 1, name: "受理", days: 0 },
    { order: 2, name: "审查", days: 40 },
    { order: 3, name: "决定", days: 5 },
  ],
  effectiveFrom: "2025-01-01",
});

/** A hypothetical 2027 arrangement (not the State Council's): 春节 with a make-up Sunday 2027-01-31. */
const year2027 = {
  year: 2027,
  source: "测试数据(假设的2027年安排,非国务院通知)",
  holidays: [
    { date: "2027-01-01", name: "元旦" },
    { date: "2027-01-02", name: "元旦" },
    { date: "2027-01-03", name: "元旦" },
    ...["05", "06", "07", "08", "09", "10", "11", "12", "13"].map((d) => ({ date: `2027-02-${d}`, name: "春节" })),
  ],
  makeUpWorkdays: [
    { date: "2027-01-31", name: "春节" },
    { date: "2027-02-20", name: "春节" },
  ],
};

const cityManager = { id: "mgr-city", role: "CENTRE_MANAGER" as const, centreId: "320200" };
const LOAD = `mutation($d: String!) { loadHolidayYear(document: $d) { year recomputation { examined changed applicantsNotified } } }`;
const CLOCK = `query($id: ID!) { case(id: $id) { state clock { deadline provisional provisionalYears steps } history { action on } notices { kind paragraphs } } }`;

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net, [promisedItem, immediateItem, longItem]);
});
afterAll(() => net?.close());
beforeEach(() => net.setToday(null));

const query = (q: string, v: Record<string, unknown>, actor: object) => net.query(q, v, actor as never).then((r) => r.body);

describe("the clock never stops the counter (Art. 32) when next year's holidays are not published", () => {
  it("accepts a 45-working-day application on 2026-12-01 with a provisional deadline, and says so on the receipt", async () => {
    // 2026-12-02 … 12-31 hold 22 working days; 2027-01-01 Fri 元旦 is not counted; 01-04 … 01-29 are
    // 20 more (42); Mon 02-01 43, Tue 02-02 44, Wed 2027-02-03 45.
    net.setToday("2026-12-01");
    const { case: c, notice, errors } = await intake(net, { itemCode: longItem.code });
    expect(errors).toEqual([]);
    expect(c).toMatchObject({ state: "ACCEPTED", acceptedOn: "2026-12-01" });
    const clock = (await query(CLOCK, { id: c.id }, clerkA01)).data.case.clock;
    expect(clock).toMatchObject({ deadline: "2027-02-03", provisional: true, provisionalYears: [2027] });
    expect(clock.steps).toContain("2027-01-01 元旦假期(暂按法定节假日),不计");
    expect(clock.steps).toContain("2027年节假日安排尚未载入:期限暂按法定节假日计算,以国务院公布的节假日安排为准");
    expect(notice.kind).toBe("ACCEPTANCE_RECEIPT");
    expect(notice.paragraphs).toContain("期限暂按法定节假日计算,以国务院公布的节假日安排为准。");
    expect(Buffer.from(notice.pdfBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("gives a dated receipt on 2026-12-28, for a 承诺件 and for a 即办件", async () => {
    // 12-29 1, 12-30 2, 12-31 3, 2027-01-01 元旦, 01-04 4, Tue 2027-01-05 5.
    net.setToday("2026-12-28");
    const promised = await intake(net, {});
    expect(promised.errors).toEqual([]);
    const clock = (await query(CLOCK, { id: promised.case.id }, clerkA01)).data.case.clock;
    expect(clock).toMatchObject({ deadline: "2027-01-05", provisional: true });
    const receipt = (await query(CLOCK, { id: promised.case.id }, clerkA01)).data.case.notices.find((n: any) => n.kind === "ACCEPTANCE_RECEIPT");
    expect(receipt).toBeDefined();

    const immediate = await intake(net, { itemCode: immediateItem.code, materials: [{ name: "申请书", status: "PROVIDED" }, { name: "授权委托书", status: "NOT_APPLICABLE" }] });
    expect(immediate.errors).toEqual([]);
    expect(immediate.case.clock.deadline).toBe("2026-12-28"); // 即办件: the day itself, nothing provisional in it
    expect((await query(CLOCK, { id: immediate.case.id }, clerkA01)).data.case.clock.provisional).toBe(false);
  });

  it("registers a receipt on 2026-12-28 to be reviewed later (the Art. 32 watch runs into 2027)", async () => {
    net.setToday("2026-12-28");
    const { case: c, errors } = await intake(net, { reviewNow: false });
    expect(errors).toEqual([]);
    expect(c.state).toBe("RECEIVED");
  });

  it("resumes a suspended case across the year, with the suspension explained in the same words as its notice", async () => {
    // Accepted Mon 2026-12-14, 5 working days; suspended Tue 12-15 (that day counts: 1), resumed Wed
    // 12-30 (not counted). Paused: 12-16 … 12-18 (3), 12-21 … 12-25 (5), 12-28 … 12-30 (3) = 11.
    // Then 12-31 2, 2027-01-01 元旦, 01-04 3, 01-05 4, Wed 2027-01-06 5.
    net.setToday("2026-12-14");
    const { case: c } = await intake(net, {});
    net.setToday("2026-12-15");
    const suspended = (await query(SUSPEND, { id: c.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 10, reason: "组织专家评审" } }, clerkA01)).data.suspendClock;
    expect(suspended.errors).toEqual([]);
    expect(suspended.notice.paragraphs.join("")).toContain("本件于2026年12月15日暂停计时:暂停当日仍计入期限,自次日起暂停计时;恢复当日不计入期限,自恢复次日起继续计时");
    net.setToday("2026-12-30");
    const resumed = (await query(RESUME, { id: c.id }, clerkA01)).data.resumeClock;
    expect(resumed.errors).toEqual([]);
    expect(resumed.case.state).toBe("ACCEPTED");
    expect(resumed.case.clock.deadline).toBe("2027-01-06");
    expect(resumed.case.clock.steps).toContain(
      "暂停 2026-12-15 至 2026-12-30(专家评审),不计 11 个工作日(暂停当日计入,次日起至恢复当日不计,恢复次日起继续计时)",
    );
  });

  it("a suspension and resumption on one day explains itself and moves nothing", async () => {
    net.setToday("2026-12-14");
    const { case: c } = await intake(net, {});
    net.setToday("2026-12-15");
    await query(SUSPEND, { id: c.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 1, reason: "专家当日评审" } }, clerkA01);
    const resumed = (await query(RESUME, { id: c.id }, clerkA01)).data.resumeClock;
    // 12-15 1, 12-16 2, 12-17 3, 12-18 4, Mon 12-21 5: as if never suspended.
    expect(resumed.case.clock.deadline).toBe("2026-12-21");
    expect(resumed.case.clock.steps).toContain("暂停 2026-12-15(专家评审) 并于当日恢复,不计 0 个工作日:暂停当日计入,期限不变");
  });
});

describe("Art. 32 fairness: reviewed after the fifth working day, accepted from the day of receipt", () => {
  it("treats a complete application reviewed late like an incomplete one: both count from receipt", async () => {
    // Received Fri 2025-09-26; five working days: Sun 09-28 (make-up) 1, 09-29 2, 09-30 3, 10-01 … 10-08
    // 国庆节·中秋, Thu 10-09 4, Fri 10-10 5. Reviewed on the make-up Saturday 10-11, the sixth working day.
    // From receipt the 5-day limit ends Fri 2025-10-10; counted from the review it would end 10-17.
    net.setToday("2025-09-26");
    const { case: c } = await intake(net, { reviewNow: false });
    net.setToday("2025-10-11");
    const r = (await query(REVIEW, { id: c.id, m: complete }, clerkA01)).data.reviewMaterials;
    expect(r.errors).toEqual([]);
    expect(r.case).toMatchObject({ state: "ACCEPTED", acceptedOn: "2025-09-26", deemedAccepted: true, clock: { deadline: "2025-10-10" } });
  });
});

describe("reminded ahead: from 1 November the city centre's managers, and the supervisors' count", () => {
  const REMINDER = `{ nextHolidayYearReminder }`;
  const supervisor = { id: "sup-lx", role: "SUPERVISOR" as const, centreId: "320213" };
  const liangxiManager = { id: "mgr-320213", role: "CENTRE_MANAGER" as const, centreId: "320213" };

  it("reminds the city centre's managers from 1 November while 2027 is not loaded, nobody else, not before", async () => {
    net.setToday("2026-10-31");
    expect((await query(REMINDER, {}, cityManager)).data.nextHolidayYearReminder).toBeNull();
    net.setToday("2026-11-01");
    const reminder = (await query(REMINDER, {}, cityManager)).data.nextHolidayYearReminder;
    expect(reminder).toContain("2027年节假日安排尚未载入:跨入2027年的期限暂按法定节假日计算");
    expect((await query(REMINDER, {}, liangxiManager)).data.nextHolidayYearReminder).toBeNull();
    expect((await query(REMINDER, {}, clerkA01)).data.nextHolidayYearReminder).toBeNull();
  });

  it("sweeps the staff reminders on 2026-12-31 (it used to throw on the year end)", async () => {
    net.setToday("2026-12-31");
    // The receipt of 12-28 is due Tue 2027-01-05; the next working day after 12-31 is Mon 01-04, so
    // nothing of it is near yet, but the sweep must run and answer a count, not throw.
    await expect(net.sweepReminders()).resolves.toBeGreaterThanOrEqual(0);
    net.setToday("2027-01-04");
    expect(await net.sweepReminders()).toBeGreaterThan(0); // 01-05 is now within one working day
  });

  it("counts the provisional deadlines on the supervisors' dashboard and marks each light", async () => {
    net.setToday("2026-12-01");
    const counts = (await query(`query($c: ID!) { lightCounts(centreId: $c) { centre { id } provisional } }`, { c: "320213" }, supervisor)).data.lightCounts;
    // The open cases above with a 2027 deadline (the 45-day case, the 12-28 receipts and the resumed case).
    expect(counts.find((l: any) => l.centre.id === "320213").provisional).toBeGreaterThanOrEqual(3);
    net.setToday("2027-01-05"); // the receipt of 12-28 is due today: yellow, and its due date provisional
    const alerts = (await query(`query($c: ID!) { clockAlerts(centreId: $c) { dueOn provisional } }`, { c: "320213" }, supervisor)).data.clockAlerts;
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) expect(a.provisional).toBe(a.dueOn >= "2027-01-01");
  });
});

describe("loading the year makes every provisional deadline final (loadHolidayYear)", () => {
  it("recomputes the 45-day case on the published arrangement, records old and new, tells the applicant, and is idempotent", async () => {
    net.setToday("2026-12-01");
    const { case: c } = await intake(net, { itemCode: longItem.code });
    expect(c.clock.deadline).toBe("2027-02-03");

    // With the hypothetical 2027: 01-01 … 01-03 元旦, 01-04 … 01-29 20 working days (42 with December's
    // 22), the make-up Sunday 01-31 43, Mon 02-01 44, Tue 2027-02-02 45: one day earlier.
    net.setToday("2026-12-10");
    const loaded = (await query(LOAD, { d: JSON.stringify(year2027) }, cityManager)).data.loadHolidayYear;
    expect(loaded.year).toBe(2027);
    expect(loaded.recomputation.changed).toBeGreaterThanOrEqual(1);
    expect(loaded.recomputation.applicantsNotified).toBeGreaterThanOrEqual(1);

    const after = (await query(CLOCK, { id: c.id }, clerkA01)).data.case;
    expect(after.clock).toMatchObject({ deadline: "2027-02-02", provisional: false, provisionalYears: [] });
    expect(after.history.filter((h: any) => h.action === "RECOMPUTE_DEADLINE")).toEqual([{ action: "RECOMPUTE_DEADLINE", on: "2026-12-10" }]);
    const full = (await query(CASE, { id: c.id }, clerkA01)).data.case;
    const status = (await query(STATUS, { n: full.caseNumber, q: full.queryCode }, clerkA01)).data.caseStatus;
    expect(status.deadline).toBe("2027-02-02");
    expect(status.messages.map((m: any) => m.text).join("\n")).toContain("因国务院公布2027年节假日安排,期限重新计算,办结期限2027年2月2日(原为2027年2月3日)");

    // The same document again: nothing moves, nothing is written.
    const again = (await query(LOAD, { d: JSON.stringify(year2027) }, cityManager)).data.loadHolidayYear;
    expect(again.recomputation).toMatchObject({ changed: 0, applicantsNotified: 0 });
    const twice = (await query(CLOCK, { id: c.id }, clerkA01)).data.case;
    expect(twice.history.filter((h: any) => h.action === "RECOMPUTE_DEADLINE")).toHaveLength(1);
  });
});
