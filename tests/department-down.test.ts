import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, publishAndStation } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

/**
 * One department down (issue 14, failure 6, Must 6 "degrade, don't blank"): the window view still
 * answers the centre, its windows and the other departments' items; only the down department's items
 * are missing, each with an error on its own path; no error shows the department's address, port or a
 * stack.
 */
let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork({ persistent: true });
  await publishAndStation(net);
});
afterAll(() => net?.close());

describe("a department subgraph is down", () => {
  it("answers in Chinese with a correlation id, without the department's address", async () => {
    const port = net.services.market!.port;
    await net.stop("market");
    try {
      const r = await net.query(`{ centre(id: "320213") { id name windows { id number items { code name } } } }`, {}, clerkA01);
      const raw = JSON.stringify(r.body);
      expect(r.body.errors.length).toBeGreaterThan(0);
      // Contained: a Chinese message and a correlation id, whatever failed.
      for (const e of r.body.errors) {
        expect(["SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]).toContain(e.extensions.code);
        expect(e.message).toMatch(/[\u4e00-\u9fff]/);
        expect(e.extensions.correlationId).toMatch(/^[0-9a-f]{16}$/);
      }
      expect(raw).not.toContain(String(port));
      expect(raw).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|\bat .*\.(ts|js):\d+/);
    } finally {
      await net.restart("market");
    }
  });

  it("keeps the centre, its windows and the other departments' items; only the down department's are missing", async () => {
    const WINDOW_VIEW = `{ centre(id: "320213") { id name windows { id number department { id } items { __typename code name } } } }`;
    const before = await net.query(WINDOW_VIEW, {}, clerkA01);
    expect(before.body.errors).toBeUndefined();
    const windowsBefore = before.body.data.centre.windows as { id: string; department: { id: string } | null; items: { code: string; name: string }[] }[];
    const marketCodes = windowsBefore.filter((w) => w.department?.id === "market").flatMap((w) => w.items.map((i) => i.code));
    const othersBefore = windowsBefore.filter((w) => w.department && w.department.id !== "market").flatMap((w) => w.items);
    expect(marketCodes.length).toBeGreaterThan(0);
    expect(othersBefore.length).toBeGreaterThan(0);

    const port = net.services.market!.port;
    await net.stop("market");
    try {
      const r = await net.query(WINDOW_VIEW, {}, clerkA01);
      const centre = r.body.data?.centre;
      // The centre and every window answer as before.
      expect(centre).toMatchObject({ id: "320213", name: "梁溪区行政服务中心" });
      expect(centre.windows.map((w: { id: string }) => w.id)).toEqual(windowsBefore.map((w) => w.id));
      // The other departments' items, names and all, are still there.
      const others = centre.windows.filter((w: any) => w.department && w.department.id !== "market").flatMap((w: any) => w.items);
      expect(others).toEqual(othersBefore);
      // The market window keeps one place per stationed item, each empty, each with its own error.
      const marketIndex = centre.windows.findIndex((w: any) => w.department?.id === "market");
      const marketItems = centre.windows[marketIndex].items;
      expect(marketItems).toHaveLength(marketCodes.length);
      expect(marketItems.every((i: unknown) => i === null)).toBe(true);
      const errorPaths = r.body.errors.map((e: any) => e.path?.slice(0, 5).join("."));
      marketItems.forEach((_: unknown, i: number) => expect(errorPaths).toContain(`centre.windows.${marketIndex}.items.${i}`));
      // Errors only on the missing fields: nothing above the items is touched.
      for (const e of r.body.errors) {
        expect(e.path.slice(0, 4)).toEqual(["centre", "windows", marketIndex, "items"]);
        expect(e.extensions.code).toBe("SERVICE_UNAVAILABLE");
        expect(e.message).toMatch(/部门服务暂时不可用/);
      }
      const raw = JSON.stringify(r.body);
      expect(raw).not.toContain(String(port));
      expect(raw).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|\bat .*\.(ts|js):\d+/);
    } finally {
      await net.restart("market");
    }
  });
});
