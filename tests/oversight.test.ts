import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clerkA01, DECIDE, intake, ISSUE_LICENCE, liangxiManager, marketApprover, promisedItem, publishAndStation } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

let net: TestNetwork;

/** 锡山区, a sibling district of 梁溪区: its cases must never show at 梁溪. */
const xishanManager = { id: "mgr-320205", role: "CENTRE_MANAGER" as const, centreId: "320205" };
const xishanClerk = { id: "clerk-xs-a01", role: "WINDOW_CLERK" as const, centreId: "320205", windowId: "320205-A01" };
const xishanSupervisor = { id: "sup-320205", role: "SUPERVISOR" as const, centreId: "320205" };
const liangxiSupervisor = { id: "sup-320213", role: "SUPERVISOR" as const, centreId: "320213" };
const citySupervisor = { id: "sup-320200", role: "SUPERVISOR" as const, centreId: "320200" };
const chonganSupervisor = { id: "sup-320213-001", role: "SUPERVISOR" as const, centreId: "320213-001" };
const civilApprover = { id: "approver-civil-01", role: "DEPARTMENT_APPROVER" as const, departmentId: "civil-affairs" };

beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net, [promisedItem]);
  const r = await net.query(
    `mutation($input: StationItemInput!) { stationItem(input: $input) { errors { code message } } }`,
    { input: { windowId: "320205-A01", itemCode: promisedItem.code, authority: "ACCEPT_AND_DECIDE" } },
    xishanManager,
  );
  expect(r.body.data.stationItem.errors).toEqual([]);
});
afterAll(() => net?.close());
beforeEach(() => net.setToday(null));

const query = (q: string, v: Record<string, unknown>, actor?: object) => net.query(q, v, actor as never).then((r) => r.body);

const ALERTS = `query($c: ID!, $d: ID, $w: ID, $l: [Light!]) { clockAlerts(centreId: $c, departmentId: $d, windowId: $w, lights: $l, first: 200) {
  kind dueOn limitDays light remainingWorkingDays part departmentId centre { id } window { id } holder { kind id } case { id caseNumber state } } }`;
const COUNTS = `query($c: ID!, $d: ID, $w: ID) { lightCounts(centreId: $c, departmentId: $d, windowId: $w) { centre { id } yellow red } }`;
const SETTINGS = `mutation($c: ID!, $i: OversightSettingsInput!) { setOversightSettings(centreId: $c, input: $i) { settings { yellowDays yellowSharePercent complaintDays rectifyDays scoring { onTime } } errors { code message field } } }`;
const VIOLATIONS = `query($c: ID!, $k: String) { violations(centreId: $c, kind: $k) { id kind actorId actorRole centre { id } case { caseNumber } evidence } }`;
const FIGURES = `accepted notAccepted concluded onTime late onTimeRate averageUsedDays averagePromisedDays licenceLate violations complaints satisfactionRate
  ratings { verySatisfied satisfied basicallySatisfied unsatisfied veryUnsatisfied } byHandling { handling accepted concluded }`;
const BULLETIN = `query($c: ID!, $p: PeriodInput!, $by: BulletinLevel!) { bulletin(centreId: $c, period: $p, by: $by) { period from to by rows { key name centreId figures { ${FIGURES} } rolledUp { ${FIGURES} } } total { ${FIGURES} } } }`;
const RANKING = `query($c: ID!, $p: PeriodInput!, $by: BulletinLevel!) { ranking(centreId: $c, period: $p, by: $by) { rank key name score parts { onTime satisfaction speed standard } figures { concluded } } }`;
const EXPORT = `query($c: ID!, $p: PeriodInput!, $by: BulletinLevel!, $f: ExportFormat!) { bulletinExport(centreId: $c, period: $p, by: $by, format: $f) { filename contentType base64 } }`;
const COMPLAINT = `id state channel against windowId person dueOn light reply repliedOn feedback closedOn complainantName case { caseNumber } centre { id }`;
const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { complaint { ${COMPLAINT} } errors { code message field } } }`;
const ASSIGN = `mutation($id: ID!, $a: String!, $d: Int) { assignComplaint(complaintId: $id, assignee: $a, handlingDays: $d) { complaint { ${COMPLAINT} } errors { code message } } }`;
const REPLY = `mutation($id: ID!, $r: String!) { replyToComplaint(complaintId: $id, reply: $r) { complaint { ${COMPLAINT} } errors { code message } } }`;
const CLOSE = `mutation($id: ID!, $f: ComplaintFeedback!, $n: String) { closeComplaint(complaintId: $id, feedback: $f, note: $n) { complaint { ${COMPLAINT} } errors { code message } } }`;
const COMPLAINTS = `query($c: ID!) { complaints(centreId: $c) { ${COMPLAINT} } }`;
const RATING = `id level comment ratedOn rectifyDue light followUp followedBy rectifiedOn windowId case { caseNumber }`;
const RATE = `mutation($n: String!, $q: String!, $l: RatingLevel!, $c: String) { rateCase(caseNumber: $n, queryCode: $q, level: $l, comment: $c) { rating { ${RATING} } errors { code message field } } }`;
const FOLLOW_UP = `mutation($id: ID!, $f: String!, $r: Boolean!) { followUpRating(ratingId: $id, followUp: $f, rectified: $r) { rating { ${RATING} } errors { code message } } }`;
const RATINGS = `query($c: ID!, $u: Boolean) { ratings(centreId: $c, unsatisfiedOnly: $u) { ${RATING} } }`;
const ASSESS = `mutation($c: ID!, $i: StandardAssessmentInput!) { assessTownshipCentre(centreId: $c, input: $i) { assessment { id centre { id } assessedByCentre { id } assessedOn officeAreaM2 shareMet compliant criteria { code name met evidence } } errors { code message field } } }`;

async function alertsFor(actor: object, centreId: string, caseNumber: string, extra: Record<string, unknown> = {}) {
  const r = await query(ALERTS, { c: centreId, ...extra }, actor);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.clockAlerts.filter((a: any) => a.case.caseNumber === caseNumber);
}

/** Accepts a 承诺件 (5 working days) at 梁溪区 320213-A01 on `day`. */
async function acceptAt(day: string, actor = clerkA01, windowId = "320213-A01") {
  net.setToday(day);
  const { case: c, errors } = await intake(net, { windowId }, actor);
  expect(errors).toEqual([]);
  return c;
}

async function decide(caseId: string, day: string, actor: object = clerkA01, input: object = { outcome: "APPROVED", licence: {} }) {
  net.setToday(day);
  const r = await query(DECIDE, { id: caseId, input }, actor);
  expect(r.data.decideCase.errors).toEqual([]);
  return r.data.decideCase.case;
}

describe("warn and alarm on the clock (效能电子监察红黄灯)", () => {
  it("turns a case yellow one working day before its deadline and red after it, naming who holds it", async () => {
    // Accepted Fri 2025-01-24: deadline Fri 2025-02-07 (see tests/case-engine.test.ts).
    const c = await acceptAt("2025-01-24");
    net.setToday("2025-02-05");
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([]);
    net.setToday("2025-02-06");
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([
      expect.objectContaining({ kind: "DEADLINE", dueOn: "2025-02-07", light: "YELLOW", remainingWorkingDays: 1, limitDays: 5, part: "", departmentId: "market", centre: { id: "320213" }, window: { id: "320213-A01" }, holder: { kind: "WINDOW", id: clerkA01.id } }),
    ]);
    const own = (await query(`query($id: ID!) { case(id: $id) { clocks { kind dueOn light remainingWorkingDays } } }`, { id: c.id }, clerkA01)).data.case;
    expect(own.clocks).toEqual([{ kind: "DEADLINE", dueOn: "2025-02-07", light: "YELLOW", remainingWorkingDays: 1 }]);
    net.setToday("2025-02-10"); // Sat 02-08 was a make-up working day: two working days overdue
    const [red] = await alertsFor(liangxiSupervisor, "320213", c.caseNumber);
    expect(red).toMatchObject({ light: "RED", remainingWorkingDays: -2 });
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber, { l: ["YELLOW"] })).toEqual([]);
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber, { w: "320213-A02" })).toEqual([]);
    const counts = (await query(COUNTS, { c: "320213" }, liangxiSupervisor)).data.lightCounts;
    expect(counts.find((x: any) => x.centre.id === "320213").red).toBeGreaterThanOrEqual(1);
    expect(counts.map((x: any) => x.centre.id)).toEqual(["320213", "320213-001", "320213-002", "320213-003"]);
    const redAt = async (v: object) => (await query(COUNTS, { c: "320213", ...v }, liangxiSupervisor)).data.lightCounts[0].red;
    expect(await redAt({ w: "320213-A01" })).toBe(counts[0].red);
    expect(await redAt({ d: "market" })).toBe(counts[0].red);
    expect(await redAt({ w: "320213-A02" })).toBe(0);
    expect(await redAt({ d: "civil-affairs" })).toBe(0);
    // Decided: the clock stops and the light goes out.
    await decide(c.id, "2025-02-10");
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([]);
  });

  it("uses the centre manager's threshold, as working days or as a share of the limit", async () => {
    const c = await acceptAt("2025-01-24");
    net.setToday("2025-02-05"); // two working days left after today (02-06, 02-07): green by default
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([]);
    const refused = await query(SETTINGS, { c: "320213", i: { yellowDays: 2 } }, liangxiSupervisor);
    expect(refused.errors[0].message).toContain("中心管理员");
    const both = (await query(SETTINGS, { c: "320213", i: { yellowDays: 2, yellowSharePercent: 40 } }, liangxiManager)).data.setOversightSettings;
    expect(both.errors[0]).toMatchObject({ code: "ONE_THRESHOLD" });
    const set = (await query(SETTINGS, { c: "320213", i: { yellowSharePercent: 40 } }, liangxiManager)).data.setOversightSettings;
    expect(set).toMatchObject({ errors: [], settings: { yellowDays: null, yellowSharePercent: 40, complaintDays: 10, rectifyDays: 5 } });
    // 40% of 5 working days = 2: on Wed 02-05 two working days are left, so yellow.
    expect((await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).map((a: any) => a.light)).toEqual(["YELLOW"]);
    net.setToday("2025-02-04"); // the last day of the holiday: three left, green
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([]);
    await query(SETTINGS, { c: "320213", i: { yellowDays: 3 } }, liangxiManager);
    expect((await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).map((a: any) => a.light)).toEqual(["YELLOW"]);
    await query(SETTINGS, { c: "320213", i: { yellowDays: 1 } }, liangxiManager);
    await decide(c.id, "2025-02-05");
  });

  it("watches the five-working-day one-time notice of a received case (Art. 32)", async () => {
    // Received Fri 2025-09-26: the notice is due Fri 2025-10-10 (National Day in between).
    net.setToday("2025-09-26");
    const { case: c } = await intake(net, { reviewNow: false });
    net.setToday("2025-10-09");
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([expect.objectContaining({ kind: "NOTICE", dueOn: "2025-10-10", light: "YELLOW", limitDays: 5 })]);
    net.setToday("2025-10-11");
    expect((await alertsFor(liangxiSupervisor, "320213", c.caseNumber))[0]).toMatchObject({ kind: "NOTICE", light: "RED" });
  });

  it("watches the licence due within ten working days of the decision (Art. 44), held by the department", async () => {
    const c = await acceptAt("2025-03-03");
    await decide(c.id, "2025-03-04", marketApprover, { outcome: "APPROVED" });
    // Decided Tue 03-04: the licence is due ten working days later, Tue 03-18.
    net.setToday("2025-03-17");
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([
      expect.objectContaining({ kind: "LICENCE", dueOn: "2025-03-18", light: "YELLOW", limitDays: 10, holder: { kind: "DEPARTMENT", id: "market" } }),
    ]);
    net.setToday("2025-03-19");
    const issued = (await query(ISSUE_LICENCE, { id: c.id, input: {} }, marketApprover)).data.issueLicence;
    expect(issued.case.state).toBe("CONCLUDED");
    expect(await alertsFor(liangxiSupervisor, "320213", c.caseNumber)).toEqual([]);
  });
});

describe("see down, never sideways (分级监察)", () => {
  it("shows a 锡山 case to the city and to 锡山 and to its department, never to 梁溪 or a township", async () => {
    const xishan = await acceptAt("2025-05-06", xishanClerk, "320205-A01");
    const liangxi = await acceptAt("2025-05-06");
    net.setToday("2025-06-02"); // both long overdue
    expect(await alertsFor(citySupervisor, "320200", xishan.caseNumber)).toHaveLength(1);
    expect(await alertsFor(citySupervisor, "320200", liangxi.caseNumber)).toHaveLength(1);
    expect(await alertsFor(xishanSupervisor, "320205", xishan.caseNumber)).toHaveLength(1);
    expect(await alertsFor(xishanSupervisor, "320205", liangxi.caseNumber)).toEqual([]);
    expect(await alertsFor(liangxiSupervisor, "320213", xishan.caseNumber)).toEqual([]);
    // Asking about the sibling, the parent, or from a township about its district is refused.
    for (const [actor, centre] of [[liangxiSupervisor, "320205"], [liangxiSupervisor, "320200"], [chonganSupervisor, "320213"], [clerkA01, "320213"]] as const) {
      const r = await query(ALERTS, { c: centre }, actor);
      expect(r.errors?.[0]?.message, `${actor.id} → ${centre}`).toContain("只能查看本中心及下级中心");
      const v = await query(VIOLATIONS, { c: centre }, actor);
      expect(v.errors?.[0]?.message).toContain("只能查看本中心及下级中心");
    }
    // A department approver sees its own department's cases in every centre, and nothing else.
    expect(await alertsFor(marketApprover, "320200", xishan.caseNumber)).toHaveLength(1);
    expect(await alertsFor(marketApprover, "320200", liangxi.caseNumber)).toHaveLength(1);
    expect(await alertsFor(civilApprover, "320200", xishan.caseNumber)).toEqual([]);
    const cityCounts = (await query(COUNTS, { c: "320200" }, citySupervisor)).data.lightCounts;
    expect(cityCounts.find((x: any) => x.centre.id === "320205").red).toBeGreaterThanOrEqual(1);
    const liangxiCounts = (await query(COUNTS, { c: "320213" }, liangxiSupervisor)).data.lightCounts;
    expect(liangxiCounts.some((x: any) => x.centre.id === "320205")).toBe(false);
    await decide(xishan.id, "2025-06-02", xishanClerk);
    await decide(liangxi.id, "2025-06-02");
    // The late decisions are violations of their own centres: 梁溪 never sees 锡山's.
    const xishanViolations = (await query(VIOLATIONS, { c: "320205", k: "CONCLUDED_LATE" }, xishanSupervisor)).data.violations;
    expect(xishanViolations.map((v: any) => v.case.caseNumber)).toContain(xishan.caseNumber);
    const liangxiViolations = (await query(VIOLATIONS, { c: "320213" }, liangxiSupervisor)).data.violations;
    expect(liangxiViolations.map((v: any) => v.case?.caseNumber)).not.toContain(xishan.caseNumber);
    expect(liangxiViolations.every((v: any) => v.centre.id.startsWith("320213"))).toBe(true);
  });
});

describe("record a late conclusion (超期办结, 责任追究)", () => {
  it("records a decision past the deadline once, with the case, the people and the evidence", async () => {
    const c = await acceptAt("2025-01-24"); // deadline 2025-02-07
    await decide(c.id, "2025-02-11"); // Sat 02-08 (make-up), Mon 02-10, Tue 02-11: three working days late
    const found = (await query(VIOLATIONS, { c: "320213", k: "CONCLUDED_LATE" }, liangxiSupervisor)).data.violations.filter((v: any) => v.case?.caseNumber === c.caseNumber);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "CONCLUDED_LATE", actorId: clerkA01.id, centre: { id: "320213" } });
    expect(JSON.parse(found[0].evidence)).toMatchObject({ deadline: "2025-02-07", decidedOn: "2025-02-11", overdueWorkingDays: 3, people: [clerkA01.id] });
    // The city's supervision point sees it too.
    const city = (await query(VIOLATIONS, { c: "320200", k: "CONCLUDED_LATE" }, citySupervisor)).data.violations;
    expect(city.filter((v: any) => v.case?.caseNumber === c.caseNumber)).toHaveLength(1);
  });

  it("records a refusal attempted without reasons (Art. 38) and writes no decision", async () => {
    const c = await acceptAt("2025-03-10");
    net.setToday("2025-03-11");
    const bare = (await query(DECIDE, { id: c.id, input: { outcome: "REFUSED", reasons: " " } }, clerkA01)).data.decideCase;
    expect(bare.errors[0]).toMatchObject({ code: "REASONS_REQUIRED" });
    const found = (await query(VIOLATIONS, { c: "320213", k: "REFUSAL_WITHOUT_REASONS" }, liangxiSupervisor)).data.violations.filter((v: any) => v.case?.caseNumber === c.caseNumber);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actorId: clerkA01.id, actorRole: "WINDOW_CLERK" });
    const still = (await query(`query($id: ID!) { case(id: $id) { state } }`, { id: c.id }, clerkA01)).data.case;
    expect(still.state).toBe("ACCEPTED");
    await decide(c.id, "2025-03-11");
  });

  it("records no violation for a decision on the deadline", async () => {
    const c = await acceptAt("2025-01-24");
    await decide(c.id, "2025-02-07");
    const found = (await query(VIOLATIONS, { c: "320213" }, liangxiSupervisor)).data.violations.filter((v: any) => v.case?.caseNumber === c.caseNumber);
    expect(found).toEqual([]);
  });
});

describe("handle a complaint (投诉处理)", () => {
  it("records, assigns with a deadline, turns red when overdue, replies and closes with the feedback", async () => {
    net.setToday("2025-03-03");
    const filed = (await query(FILE, { i: { centreId: "320213", channel: "PHONE", against: "WINDOW", windowId: "320213-A01", content: "窗口人员态度生硬", complainantName: "王五", complainantPhone: "13900001111" } }, liangxiSupervisor)).data.fileComplaint;
    expect(filed).toMatchObject({ errors: [], complaint: { state: "RECEIVED", channel: "PHONE", against: "WINDOW", windowId: "320213-A01", light: null, complainantName: "王五" } });
    const id = filed.complaint.id;
    // Mon 03-03 + 2 working days = Wed 03-05.
    const assigned = (await query(ASSIGN, { id, a: "staff-lx-007", d: 2 }, liangxiSupervisor)).data.assignComplaint;
    expect(assigned.complaint).toMatchObject({ state: "ASSIGNED", dueOn: "2025-03-05", light: "GREEN" });
    net.setToday("2025-03-06");
    const listed = (await query(COMPLAINTS, { c: "320213" }, liangxiSupervisor)).data.complaints.find((x: any) => x.id === id);
    expect(listed).toMatchObject({ light: "RED" });
    // The city sees the complaint, without the complainant's name.
    const atCity = (await query(COMPLAINTS, { c: "320200" }, citySupervisor)).data.complaints.find((x: any) => x.id === id);
    expect(atCity).toMatchObject({ light: "RED", complainantName: null });
    expect((await query(CLOSE, { id, f: "SATISFIED" }, liangxiSupervisor)).data.closeComplaint.errors[0].code).toBe("WRONG_STATE");
    const replied = (await query(REPLY, { id, r: "已批评教育并向投诉人致歉" }, { id: "staff-lx-007", role: "WINDOW_CLERK", centreId: "320213", windowId: "320213-A01" })).data.replyToComplaint;
    expect(replied.complaint).toMatchObject({ state: "REPLIED", repliedOn: "2025-03-06", light: null });
    const closed = (await query(CLOSE, { id, f: "SATISFIED", n: "投诉人表示认可" }, liangxiSupervisor)).data.closeComplaint;
    expect(closed.complaint).toMatchObject({ state: "CLOSED", feedback: "SATISFIED", closedOn: "2025-03-06" });
  });

  it("takes a complaint online from anyone, but a phone complaint only from the supervision point", async () => {
    net.setToday("2025-03-03");
    const online = (await query(FILE, { i: { centreId: "320213", channel: "ONLINE", against: "PERSON", person: "工号007", content: "让我跑了三次" } })).data.fileComplaint;
    expect(online).toMatchObject({ errors: [], complaint: { state: "RECEIVED", person: "工号007" } });
    const phone = await query(FILE, { i: { centreId: "320213", channel: "PHONE", against: "PERSON", person: "工号007", content: "x" } });
    expect(phone.errors[0].message).toContain("监察人员");
    const sideways = await query(FILE, { i: { centreId: "320213", channel: "PHONE", against: "PERSON", person: "工号007", content: "x" } }, xishanSupervisor);
    expect(sideways.errors[0].message).toContain("监察人员");
    const wrongWindow = (await query(FILE, { i: { centreId: "320213", channel: "BOX", against: "WINDOW", windowId: "320205-A01", content: "x" } }, liangxiSupervisor)).data.fileComplaint;
    expect(wrongWindow.errors[0]).toMatchObject({ code: "WINDOW_NOT_FOUND", field: "windowId" });
  });
});

describe("rate a concluded case (好差评)", () => {
  it("rates once by case number and query code, and follows up an unsatisfied rating within the rectification days", async () => {
    const c = await acceptAt("2025-07-01");
    net.setToday("2025-07-01");
    const early = (await query(RATE, { n: c.caseNumber, q: c.queryCode, l: "SATISFIED" })).data.rateCase;
    expect(early.errors[0].code).toBe("NOT_CONCLUDED");
    await decide(c.id, "2025-07-02");
    net.setToday("2025-07-03");
    const wrong = (await query(RATE, { n: c.caseNumber, q: "000000" === c.queryCode ? "111111" : "000000", l: "SATISFIED" })).data.rateCase;
    expect(wrong.errors[0].code).toBe("CASE_NOT_FOUND");
    const rated = (await query(RATE, { n: c.caseNumber, q: c.queryCode, l: "UNSATISFIED", c: "等候时间太长" })).data.rateCase;
    // Thu 07-03 + 5 working days = Thu 07-10.
    expect(rated).toMatchObject({ errors: [], rating: { level: "UNSATISFIED", comment: "等候时间太长", ratedOn: "2025-07-03", rectifyDue: "2025-07-10", light: "GREEN", windowId: "320213-A01" } });
    const again = (await query(RATE, { n: c.caseNumber, q: c.queryCode, l: "VERY_SATISFIED" })).data.rateCase;
    expect(again.errors[0].code).toBe("ALREADY_RATED");
    net.setToday("2025-07-11");
    const listed = (await query(RATINGS, { c: "320213", u: true }, liangxiSupervisor)).data.ratings.find((r: any) => r.id === rated.rating.id);
    expect(listed).toMatchObject({ light: "RED" });
    expect((await query(FOLLOW_UP, { id: rated.rating.id, f: "x", r: true }, xishanSupervisor)).errors[0].message).toContain("监察人员");
    const followed = (await query(FOLLOW_UP, { id: rated.rating.id, f: "电话回访,已增设取号机并优化排队", r: true }, liangxiSupervisor)).data.followUpRating;
    expect(followed.rating).toMatchObject({ followUp: "电话回访,已增设取号机并优化排队", followedBy: liangxiSupervisor.id, rectifiedOn: "2025-07-11", light: null });
  });
});

describe("compile the bulletin and rank (办件通报、考核评比)", () => {
  const april = { kind: "MONTH", year: 2025, number: 4 };

  it("counts a month from the roll-ups, the same as a scan of the cases, and rolls the district up to the city", async () => {
    // April 2025 at 梁溪: three accepted; one decided on time, one late, one refused on time; one rated.
    // Accepted Tue 04-01: 04-02 (1), 04-03 (2), 04-04..04-06 Qingming, 04-07 (3), 04-08 (4), Wed 04-09 (5).
    const [a, b, r] = [await acceptAt("2025-04-01"), await acceptAt("2025-04-01"), await acceptAt("2025-04-01")];
    expect(a.clock.deadline).toBe("2025-04-09");
    await decide(a.id, "2025-04-03");
    await decide(b.id, "2025-04-14");
    await decide(r.id, "2025-04-09", clerkA01, { outcome: "REFUSED", reasons: "不符合法定条件" });
    net.setToday("2025-04-15");
    await query(RATE, { n: a.caseNumber, q: a.queryCode, l: "VERY_SATISFIED" });
    await query(FILE, { i: { centreId: "320213", channel: "BOX", against: "CASE", caseNumber: b.caseNumber, content: "办理超期" } }, liangxiSupervisor);
    const bulletin = (await query(BULLETIN, { c: "320213", p: april, by: "CENTRE" }, liangxiSupervisor)).data.bulletin;
    expect(bulletin).toMatchObject({ period: "2025年4月", from: "2025-04-01", to: "2025-04-30", by: "CENTRE" });
    const own = bulletin.rows.find((x: any) => x.key === "320213");
    // a: 2 of 5 days used (04-02, 04-03); b: 5 + 3 late (04-10, 04-11, 04-14) = 8; r: 5.
    expect(own.figures).toMatchObject({
      accepted: 3, concluded: 3, onTime: 2, late: 1, onTimeRate: 0.6667, averageUsedDays: 5, averagePromisedDays: 5, violations: 1, complaints: 1,
      ratings: { verySatisfied: 1, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0, veryUnsatisfied: 0 }, satisfactionRate: 1,
      byHandling: [{ handling: "PROMISED", accepted: 3, concluded: 3 }],
    });
    expect(own.rolledUp).toMatchObject({ accepted: 3, concluded: 3 });
    const city = (await query(BULLETIN, { c: "320200", p: april, by: "CENTRE" }, citySupervisor)).data.bulletin;
    expect(city.rows.find((x: any) => x.key === "320213").rolledUp).toMatchObject({ accepted: 3, late: 1 });
    expect(city.rows.find((x: any) => x.key === "320200").rolledUp.accepted).toBe(city.total.accepted);
    // The roll-up agrees with a plain count of the cases table.
    const { cases } = await import("../subgraphs/centre/src/tables.ts");
    const { and, between, eq } = await import("drizzle-orm");
    const scanned = await net.services.centre!.db.select().from(cases).where(and(eq(cases.centreId, "320213"), between(cases.acceptedOn, "2025-04-01", "2025-04-30")));
    expect(scanned).toHaveLength(own.figures.accepted);
    // By department and window, and for the year.
    const byDept = (await query(BULLETIN, { c: "320213", p: april, by: "DEPARTMENT" }, liangxiSupervisor)).data.bulletin.rows;
    expect(byDept.find((x: any) => x.key === "market").figures).toMatchObject({ accepted: 3, late: 1 });
    const byWindow = (await query(BULLETIN, { c: "320213", p: april, by: "WINDOW" }, liangxiSupervisor)).data.bulletin.rows;
    expect(byWindow.find((x: any) => x.key === "320213-A01")).toMatchObject({ name: "梁溪区行政服务中心 A01 市场监管窗口", figures: { accepted: 3 } });
    const year = (await query(BULLETIN, { c: "320213", p: { kind: "YEAR", year: 2025 }, by: "CENTRE" }, liangxiSupervisor)).data.bulletin;
    expect(year.rows[0].figures.accepted).toBeGreaterThan(3);
    const quarter = (await query(BULLETIN, { c: "320213", p: { kind: "QUARTER", year: 2025, number: 2 }, by: "CENTRE" }, liangxiSupervisor)).data.bulletin;
    expect(quarter.from).toBe("2025-04-01");
    expect(quarter.to).toBe("2025-06-30");
    // 锡山 sees none of it; a market approver sees only market's figures.
    expect((await query(BULLETIN, { c: "320213", p: april, by: "CENTRE" }, xishanSupervisor)).errors[0].message).toContain("只能查看");
    const civil = (await query(BULLETIN, { c: "320200", p: april, by: "CENTRE" }, civilApprover)).data.bulletin;
    expect(civil.total.accepted).toBe(0);
  });

  it("exports the bulletin as CSV and as a spreadsheet", async () => {
    const csv = (await query(EXPORT, { c: "320213", p: april, by: "CENTRE", f: "CSV" }, liangxiSupervisor)).data.bulletinExport;
    expect(csv).toMatchObject({ filename: "bulletin-320213-2025-04-2025-04-centre.csv", contentType: "text/csv; charset=utf-8" });
    const text = Buffer.from(csv.base64, "base64").toString("utf8");
    expect(text.startsWith("\uFEFF2025年4月办件通报")).toBe(true);
    const lines = text.trim().split("\r\n");
    expect(lines[1]).toContain("编码,名称,受理件数");
    // The export prints what the screen prints: the same lines (本级, then each township with its own
    // tiers), the same shares as percentages, and lines that add up to the total (no roll-up beside
    // the centres it sums).
    expect(lines.find((l) => l.startsWith("320213,"))).toMatch(/^320213,梁溪区行政服务中心\(本级\),3,0,3,2,1,66\.7%,/);
    const screen = (await query(`query($c: ID!, $p: PeriodInput!) { bulletin(centreId: $c, period: $p, by: CENTRE) { lines { key name figures { accepted onTimeRate } } total { accepted } } }`, { c: "320213", p: april }, liangxiSupervisor)).data.bulletin;
    const printed = lines.slice(2, -1).map((l) => l.split(","));
    expect(printed.map((cells) => [cells[0], cells[1], Number(cells[2]), cells[7]])).toEqual(
      screen.lines.map((l: any) => [l.key, l.name, l.figures.accepted, l.figures.onTimeRate === null ? "—" : `${(l.figures.onTimeRate * 100).toFixed(1)}%`]),
    );
    expect(screen.lines.reduce((sum: number, l: any) => sum + l.figures.accepted, 0)).toBe(screen.total.accepted);
    const xlsx = (await query(EXPORT, { c: "320213", p: april, by: "WINDOW", f: "XLSX" }, liangxiSupervisor)).data.bulletinExport;
    expect(xlsx.filename.endsWith(".xlsx")).toBe(true);
    const bytes = Buffer.from(xlsx.base64, "base64");
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(2).getCell(3).value).toBe("受理件数");
    expect(sheet.getRow(3).getCell(1).value).toBe("320213-A01");
    expect(sheet.getRow(3).getCell(3).value).toBe(3);
  });

  it("ranks the districts for the city by the documented formula", async () => {
    const ranking = (await query(RANKING, { c: "320200", p: april, by: "CENTRE" }, citySupervisor)).data.ranking;
    expect(ranking.map((e: any) => e.key).sort()).toEqual(["320205", "320206", "320211", "320213", "320214", "320281", "320282"].sort());
    const liangxi = ranking.find((e: any) => e.key === "320213");
    // on time 2/3, satisfaction 1, speed 1 − 15/15 = 0; (50·0.6667 + 30·1 + 10·0)/90 × 100 = 70.4; − 2 (violation) − 1 (complaint)
    expect(liangxi.parts).toMatchObject({ onTime: 2 / 3, satisfaction: 1, speed: 0, standard: null });
    expect(liangxi.score).toBe(67.4);
    // No work is not perfect work: districts without a case in the period get no score (无办件) and
    // are listed after the ranked ones, unranked; 梁溪 is first.
    expect(ranking[0]).toMatchObject({ key: "320213", rank: 1, score: 67.4 });
    expect(ranking.slice(1).map((e: any) => [e.rank, e.score, e.parts])).toEqual(Array(6).fill([null, null, null]));
  });
});

describe("assess a township centre against the standard (附件)", () => {
  const criteria = ["OPEN_WINDOWS", "SIGNS", "WINDOW_INSTRUCTIONS", "NOTICE_BOARD", "COMPLAINT_BOX", "STAFF_BADGES", "FUNDS", "LEADING_GROUP", "DIRECTOR_RANK", "RULES_IN_FORCE", "STAFF_TRAINED"]
    .map((code) => ({ code, met: code !== "DIRECTOR_RANK", evidence: code !== "DIRECTOR_RANK" ? `现场检查照片 ${code}.jpg` : null }));

  it("is recorded by the tier above with evidence and dates, and counts in the district's ranking", async () => {
    net.setToday("2025-04-20");
    const self = await query(ASSESS, { c: "320213-001", i: { assessedOn: "2025-04-18", officeAreaM2: 120, criteria } }, chonganSupervisor);
    expect(self.errors[0].message).toContain("上级中心");
    const sideways = await query(ASSESS, { c: "320213-001", i: { assessedOn: "2025-04-18", officeAreaM2: 120, criteria } }, xishanSupervisor);
    expect(sideways.errors[0].message).toContain("上级中心");
    const incomplete = (await query(ASSESS, { c: "320213-001", i: { assessedOn: "2025-04-18", officeAreaM2: 120, criteria: criteria.slice(1) } }, liangxiSupervisor)).data.assessTownshipCentre;
    expect(incomplete.errors[0]).toMatchObject({ code: "CRITERIA_MISSING", field: "criteria" });
    const noEvidence = (await query(ASSESS, { c: "320213-001", i: { assessedOn: "2025-04-18", officeAreaM2: 120, criteria: [{ ...criteria[0], evidence: null }, ...criteria.slice(1)] } }, liangxiSupervisor)).data.assessTownshipCentre;
    expect(noEvidence.errors[0]).toMatchObject({ code: "EVIDENCE_REQUIRED", field: "criteria.0.evidence" });
    const small = (await query(ASSESS, { c: "320213-002", i: { assessedOn: "2025-04-18", officeAreaM2: 60, criteria: criteria.map((c) => ({ ...c, met: true, evidence: "照片" })) } }, liangxiSupervisor)).data.assessTownshipCentre;
    expect(small.assessment).toMatchObject({ compliant: false, officeAreaM2: 60 });
    expect(small.assessment.criteria.find((c: any) => c.code === "OFFICE_AREA")).toMatchObject({ met: false, name: "办公面积不少于80平方米" });
    const ok = (await query(ASSESS, { c: "320213-001", i: { assessedOn: "2025-04-18", officeAreaM2: 120, criteria, note: "主任为股级干部" } }, liangxiSupervisor)).data.assessTownshipCentre;
    expect(ok).toMatchObject({ errors: [], assessment: { centre: { id: "320213-001" }, assessedByCentre: { id: "320213" }, assessedOn: "2025-04-18", compliant: false } });
    expect(ok.assessment.shareMet).toBeCloseTo(11 / 12, 4);
    const ranking = (await query(RANKING, { c: "320213", p: { kind: "MONTH", year: 2025, number: 4 }, by: "CENTRE" }, liangxiSupervisor)).data.ranking;
    expect(ranking.map((e: any) => e.key)).toEqual(["320213-001", "320213-002", "320213-003"]);
    const listed = (await query(`query($c: ID!) { standardAssessments(centreId: $c) { assessedOn shareMet } }`, { c: "320213-001" }, chonganSupervisor)).data.standardAssessments;
    expect(listed).toEqual([{ assessedOn: "2025-04-18", shareMet: ok.assessment.shareMet }]);
    // None of the three townships had a case in April: an assessment alone earns no ranking score
    // (无办件); the standard's share counts in once a township has cases (scoring.test.ts).
    expect(ranking.map((e: any) => [e.rank, e.score])).toEqual([[null, null], [null, null], [null, null]]);
  });
});
