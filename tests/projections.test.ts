import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, intake, promisedItem, publishAndStation } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net, [promisedItem]);
});
afterAll(() => net?.close());

const supervisor = { id: "sup-320213", role: "SUPERVISOR" as const, centreId: "320213" };
const BULLETIN = `query($c: ID!, $p: PeriodInput!) { bulletin(centreId: $c, period: $p, by: WINDOW) { asOf rows { key figures { accepted } } } }`;
const may = { kind: "MONTH", year: 2025, number: 5 };

async function acceptedAtA01(): Promise<number> {
  const r = await net.query(BULLETIN, { c: "320213", p: may }, supervisor);
  expect(r.body.errors).toBeUndefined();
  return r.body.data.bulletin.rows.find((x: any) => x.key === "320213-A01")?.figures.accepted ?? 0;
}

async function statsRow() {
  const db = net.services.centre!.db;
  const result: any = await db.execute(sql`select coalesce(sum(accepted), 0)::int as accepted from oversight_stats where month = '2025-05-01' and window_id = '320213-A01'`);
  return (Array.isArray(result) ? result : result.rows)[0].accepted as number;
}

describe("the oversight roll-up is folded in from the case history, not written by each intake", () => {
  it("leaves the month's roll-up row alone during an intake, and counts the case once the projector has run", async () => {
    net.setToday("2025-05-06");
    const before = await statsRow();
    const { errors } = await intake(net, {}, clerkA01);
    expect(errors).toEqual([]);
    // The intake's own transaction wrote its history row, not the shared roll-up row.
    expect(await statsRow()).toBe(before);
    // A bulletin catches the projector up first, and says as of when.
    expect(await acceptedAtA01()).toBe(before + 1);
    const r = await net.query(BULLETIN, { c: "320213", p: may }, supervisor);
    expect(Date.parse(r.body.data.bulletin.asOf)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("counts every event once, however often and however many projectors run at the same time", async () => {
    net.setToday("2025-05-07");
    for (let i = 0; i < 3; i++) expect((await intake(net, {}, clerkA01)).errors).toEqual([]);
    const centre = net.services.centre!.background as unknown as { projectNow(): Promise<number> };
    // Two projectors at once (as two centre processes would): one skips the claimed cursor.
    await Promise.all([centre.projectNow(), centre.projectNow(), acceptedAtA01()]);
    const once = await statsRow();
    await centre.projectNow();
    expect(await statsRow()).toBe(once);
    expect(await acceptedAtA01()).toBe(once);
    const db = net.services.centre!.db;
    const counted: any = await db.execute(sql`select count(*)::int as n from cases where window_id = '320213-A01' and accepted_on between '2025-05-01' and '2025-05-31'`);
    expect((Array.isArray(counted) ? counted : counted.rows)[0].n).toBe(once);
  });
});
