import { readFileSync } from "node:fs";
import { repoRoot } from "@wuxi/federation";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intake, publishAndStation } from "./support/cases.ts";
import { databaseUrl, startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * An SMS gateway both replicas hand messages to. It yields before recording, so two replicas
 * delivering at the same moment really overlap: without claimed rows, both would send each message.
 */
const sms = {
  channel: "SMS",
  sent: [] as { recipient: string; text: string; caseNumber: string }[],
  async deliver(message: { recipient: string; text: string; caseNumber: string }) {
    await new Promise((resolve) => setImmediate(resolve));
    this.sent.push(message);
  },
};

const rows = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? result) as Record<string, unknown>[];

// Two processes on one database need a database server: PGlite is one process's embedded engine.
describe.skipIf(!databaseUrl)("two centre replicas on one PostgreSQL database, behind the gateway", () => {
  let net: TestNetwork;
  beforeAll(async () => {
    net = await startTestNetwork({ centreReplicas: 2, notificationAdapters: [sms], reminderMs: 3_600_000 });
    await publishAndStation(net);
  });
  afterAll(() => net?.close());

  it("applies every migration once although both replicas started together", async () => {
    const journal = JSON.parse(readFileSync(`${repoRoot}subgraphs/centre/drizzle/meta/_journal.json`, "utf8")) as { entries: unknown[] };
    const applied = rows(await net.centreReplicas[0]!.ownerDb.execute(sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`));
    expect(applied).toHaveLength(journal.entries.length);
    expect(applied.every((r) => r.n === 1)).toBe(true);
  });

  it("serves intakes from both replicas and delivers every notification exactly once", async () => {
    net.setToday("2026-03-02");
    const cases = [];
    for (let i = 0; i < 12; i++) cases.push((await intake(net, {})).case);
    // The balancer sent work to both replicas.
    expect(net.centreRequests.every((n) => n > 0)).toBe(true);

    // Both replicas deliver at once, several times over, as their timers would.
    const [a, b] = net.centreReplicas;
    const runs = await Promise.all([a!, b!, a!, b!, a!, b!].map((r) => r.background.deliverNow()));
    expect(runs.reduce((n, r) => n + r.delivered, 0)).toBe(cases.length);
    expect(runs.reduce((n, r) => n + r.failed, 0)).toBe(0);
    // Work was shared out, not done once by one replica and skipped by the other by luck of timing.
    expect(sms.sent).toHaveLength(cases.length);
    expect(new Set(sms.sent.map((m) => m.caseNumber))).toEqual(new Set(cases.map((c) => c.caseNumber)));

    const states = rows(await a!.db.execute(sql`select status, attempts, count(*)::int as n from notifications where channel = 'SMS' group by status, attempts`));
    expect(states).toEqual([{ status: "DELIVERED", attempts: 1, n: cases.length }]);
  });

  it("writes every staff reminder once, however many replicas sweep", async () => {
    // A week later every case of the intakes above is past its five-day promise.
    net.setToday("2026-03-16");
    const [a, b] = net.centreReplicas;
    const swept = await Promise.all([a!, b!, a!, b!].map((r) => r.background.sweepReminders()));
    const written = rows(await a!.db.execute(sql`select count(*)::int as n from staff_reminders`))[0]!.n as number;
    expect(written).toBeGreaterThanOrEqual(12);
    expect(swept.reduce((n, s) => n + s, 0)).toBe(written);
    const twice = rows(
      await a!.db.execute(sql`select case_id, part_key, kind, deadline, window_id from staff_reminders group by 1, 2, 3, 4, 5 having count(*) > 1`),
    );
    expect(twice).toEqual([]);
  });

  it("lets one replica per interval run the timed sweep: the other finds the lease taken", async () => {
    const [a, b] = net.centreReplicas;
    const first = await a!.background.reminderTick();
    expect(first.ran).toBe(true);
    const second = await b!.background.reminderTick();
    expect(second).toEqual({ ran: false, holder: a!.background.holder });
    // The holder itself may run again (its own timer, or after a restart within the interval).
    expect((await a!.background.reminderTick()).ran).toBe(true);
  });
});
