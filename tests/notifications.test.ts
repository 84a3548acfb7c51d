import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, EXTEND, intake, marketApprover, publishAndStation, STATUS, SUSPEND } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/** An SMS gateway that is down until the test says it is back. */
const sms = {
  channel: "SMS",
  up: false,
  sent: [] as { recipient: string; text: string }[],
  async deliver(message: { recipient: string; text: string }) {
    if (!this.up) throw new Error("短信网关连接超时");
    this.sent.push(message);
  },
};

const NOTIFICATIONS = `query($id: ID!) { case(id: $id) { notifications { event channel status attempts lastError message } } }`;

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ notificationAdapters: [sms] });
  await publishAndStation(net);
});
afterAll(() => net?.close());

describe("telling the applicant (提示服务)", () => {
  it("writes a notification per event and channel with the event, and shows the outbox in the status lookup", async () => {
    net.setToday("2026-03-02");
    const { case: c } = await intake(net, {});
    await net.query(SUSPEND, { id: c.id, input: { procedure: "EXPERT_REVIEW", expectedDays: 5, reason: "专家评审" } }, clerkA01);
    // Art. 42: the head of the deciding department approves the extension.
    await net.query(EXTEND, { id: c.id, input: { days: 3, reason: "需补充论证" } }, { ...marketApprover, head: true, name: "王建国" });

    const status = (await net.query(STATUS, { n: c.caseNumber, q: c.queryCode })).body.data.caseStatus;
    expect(status.messages.map((m: any) => m.text)).toEqual([
      `您申请的「测试承诺件」(办件编号${c.caseNumber})已受理,办结期限2026年3月9日。`,
      `您申请的「测试承诺件」(办件编号${c.caseNumber})进入专家评审,暂停计时,预计需要5个工作日。`,
      `您申请的「测试承诺件」(办件编号${c.caseNumber})经批准延长3个工作日。`,
    ]);
    const all = (await net.query(NOTIFICATIONS, { id: c.id }, clerkA01)).body.data.case.notifications;
    expect(all.map((n: any) => `${n.event}/${n.channel}/${n.status}`)).toEqual([
      "ACCEPTED/OUTBOX/DELIVERED", "ACCEPTED/SMS/PENDING",
      "SUSPENDED/OUTBOX/DELIVERED", "SUSPENDED/SMS/PENDING",
      "EXTENDED/OUTBOX/DELIVERED", "EXTENDED/SMS/PENDING",
    ]);
    for (const n of all) expect(n.message).not.toContain("11010519491231002X");
  });

  it("loses nothing when a delivery fails: it is retried until the channel takes it", async () => {
    net.setToday("2026-03-03");
    const { case: c } = await intake(net, {});
    const failed = await net.deliverNotifications();
    expect(failed.delivered).toBe(0);
    expect(failed.failed).toBeGreaterThan(0);
    const pending = (await net.query(NOTIFICATIONS, { id: c.id }, clerkA01)).body.data.case.notifications.filter((n: any) => n.channel === "SMS");
    expect(pending).toEqual([expect.objectContaining({ status: "PENDING", attempts: 1, lastError: "短信网关连接超时" })]);

    // Later, after the backoff, the gateway is back.
    sms.up = true;
    net.setToday("2026-03-04");
    await net.deliverNotifications();
    const delivered = (await net.query(NOTIFICATIONS, { id: c.id }, clerkA01)).body.data.case.notifications.filter((n: any) => n.channel === "SMS");
    expect(delivered).toEqual([expect.objectContaining({ status: "DELIVERED", attempts: 2 })]);
    expect(sms.sent.filter((m) => m.text.includes(c.caseNumber))).toEqual([
      { recipient: "13912345678", text: expect.stringContaining("已受理"), caseNumber: c.caseNumber },
    ]);
  });
});
