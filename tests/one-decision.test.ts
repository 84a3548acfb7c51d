import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "@wuxi/identity";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CASE, DECIDE, intake, marketApprover, publishAndStation } from "./support/cases.ts";
import { startTestNetwork, TEST_GATEWAY_SECRET, type TestNetwork } from "./support/network.ts";

// One decision on record: the department's record of a decision and the case's outcome always agree.
// The failure seen in review: the centre failed after the market department had recorded an approval,
// the case stayed ACCEPTED, and a later refusal produced a 不予行政许可决定书 beside
// "SCJG决〔2026〕00001号 APPROVED" for the same case.

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net);
});
afterAll(() => net?.close());
beforeEach(() => net.setToday(null));

const query = (q: string, v: Record<string, unknown>, actor: object) => net.query(q, v, actor as never).then((r) => r.body);

/**
 * What the centre's first attempt did before it failed: the department recorded its decision, the
 * centre never stored it. (The centre calls the department as the platform's own service.)
 */
async function departmentRecordsWithoutTheCentre(c: { id: string; caseNumber: string }, outcome: "APPROVED" | "REFUSED", decidedOn: string) {
  const token = await signGatewayToken({ id: "centre-case-engine", role: "SYSTEM" }, TEST_GATEWAY_SECRET);
  const res = await fetch(net.services.market!.url, {
    method: "POST",
    headers: { "content-type": "application/json", [GATEWAY_TOKEN_HEADER]: token },
    body: JSON.stringify({
      query: `mutation($input: DecisionInput!) { market { recordDecision(input: $input) { number outcome } } }`,
      variables: { input: { caseId: c.id, caseNumber: c.caseNumber, centreId: "320213", itemCode: "SCJG-XK-971", itemVersion: 1, outcome, reasons: null, decidedBy: marketApprover.id, decidedOn } },
    }),
  });
  const body = (await res.json()) as { data: { market: { recordDecision: { number: string; outcome: string } } } };
  return body.data.market.recordDecision;
}

describe("one decision on record (the department's record and the case agree)", () => {
  it("refuses a refusal after the department recorded an approval the centre never stored, then heals with the same decision", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    const recorded = await departmentRecordsWithoutTheCentre(c, "APPROVED", "2026-03-02");
    expect(recorded.outcome).toBe("APPROVED");

    // The opposite decision is refused by the department's record; nothing is written at the centre.
    net.setToday("2026-03-03");
    const refusal = (await query(DECIDE, { id: c.id, input: { outcome: "REFUSED", reasons: "经营场所不符合要求。" } }, marketApprover)).data.decideCase;
    expect(refusal.errors[0]).toMatchObject({ code: "DECISION_ALREADY_RECORDED", field: "outcome" });
    expect(refusal.errors[0].message).toContain(`已对该办件作出准予行政许可决定(${recorded.number},2026-03-02)`);
    const untouched = (await query(CASE, { id: c.id }, marketApprover)).data.case;
    expect(untouched).toMatchObject({ state: "ACCEPTED", decision: null });
    expect(untouched.notices.map((n: any) => n.kind)).not.toContain("REFUSAL_DECISION");

    // Deciding again as recorded takes the department's decision: one number, one outcome, one date.
    const approval = (await query(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, marketApprover)).data.decideCase;
    expect(approval.errors).toEqual([]);
    expect(approval.case).toMatchObject({ state: "APPROVED", decision: { number: recorded.number, outcome: "APPROVED", decidedOn: "2026-03-02" } });
  });

  it("a decision repeated after it was stored changes nothing and writes no second history entry", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    const first = (await query(DECIDE, { id: c.id, input: { outcome: "REFUSED", reasons: "经营场所不符合要求。" } }, marketApprover)).data.decideCase;
    expect(first.case.state).toBe("REFUSED");
    const again = (await query(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, marketApprover)).data.decideCase;
    // The case is no longer open: refused by its state, before the department is asked.
    expect(again.errors[0]).toMatchObject({ code: "WRONG_STATE" });
    const after = (await query(CASE, { id: c.id }, marketApprover)).data.case;
    expect(after.history.filter((h: any) => h.action === "REFUSE")).toHaveLength(1);
    expect(after.decision).toMatchObject({ number: first.case.decision.number, outcome: "REFUSED" });
  });

  it("asks nothing of the department when the case cannot be decided (everything checked first)", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    await net.stop("market");
    try {
      // A refusal without reasons is refused at the centre: the department being down does not matter.
      const bare = (await query(DECIDE, { id: c.id, input: { outcome: "REFUSED", reasons: " " } }, marketApprover)).data.decideCase;
      expect(bare.errors[0]).toMatchObject({ code: "REASONS_REQUIRED" });
      // With the department down the decision cannot be recorded, and the case is left as it was.
      const down = (await query(DECIDE, { id: c.id, input: { outcome: "APPROVED" } }, marketApprover)).data.decideCase;
      expect(down.errors[0]).toMatchObject({ code: "DEPARTMENT_UNAVAILABLE" });
      expect((await query(CASE, { id: c.id }, marketApprover)).data.case).toMatchObject({ state: "ACCEPTED", decision: null });
    } finally {
      await net.restart("market");
    }
  });
});
