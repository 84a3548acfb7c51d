import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clerkA01, INTAKE, complete, promisedItem, publishAndStation, zhangSan } from "./support/cases.ts";
import { startTestNetwork, type TestNetwork } from "./support/network.ts";

let net: TestNetwork;
beforeAll(async () => {
  net = await startTestNetwork();
  await publishAndStation(net, [promisedItem]);
});
afterAll(() => net?.close());

const WITH_URL = `mutation($input: IntakeInput!) { intakeCase(input: $input) { case { id state notices { number url } } notice { number url } errors { code } } }`;
const PDF = `query($id: ID!) { case(id: $id) { notices { pdfBase64 } } }`;

const origin = () => new URL(net.gatewayUrl).origin;

describe("a notice is rendered once when issued, stored, and served by a short-lived link (Notice.url)", () => {
  it("hands the clerk a link on the gateway's origin to the receipt, rendered by the background renderer", async () => {
    const r = await net.query(WITH_URL, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA01);
    const { case: c, notice } = r.body.data.intakeCase;
    expect(c.state).toBe("ACCEPTED");
    expect(notice.url).toMatch(/^\/documents\/notices\/[0-9a-f-]{36}\.pdf\?token=/);
    const centre = net.services.centre!.background as unknown as { renderNow(): Promise<number> };
    expect(await centre.renderNow()).toBeGreaterThanOrEqual(1);
    expect(await centre.renderNow()).toBe(0); // rendered once: nothing left to render
    const id = notice.url.match(/notices\/([0-9a-f-]{36})\.pdf/)[1];
    const stored: any = await net.services.centre!.db.execute(sql`select document_key from notices where id = ${id}`);
    expect((Array.isArray(stored) ? stored : stored.rows)[0].document_key).toBe(`notices/320213/${id}.pdf`);

    const download = await fetch(origin() + notice.url);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // pdfBase64 still works, and gives the stored document, byte for byte.
    const old = await net.query(PDF, { id: c.id }, clerkA01);
    expect(Buffer.from(old.body.data.case.notices.at(-1).pdfBase64, "base64").equals(bytes)).toBe(true);
  });

  it("refuses a link that was tampered with or points at another notice, in Chinese and without the document", async () => {
    const r = await net.query(WITH_URL, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA01);
    const url: string = r.body.data.intakeCase.notice.url;
    const forged = url.replace(/token=.{10}/, "token=AAAAAAAAAA");
    const refused = await fetch(origin() + forged);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ code: "DOCUMENT_LINK_INVALID", message: "下载链接无效或已过期,请重新打开办件查看文书" });
    const other = r.body.data.intakeCase.case.notices[0].url.replace(/notices\/[0-9a-f-]{36}/, "notices/00000000-0000-0000-0000-000000000000");
    expect((await fetch(origin() + other)).status).toBe(403);
  });

  it("renders a notice the renderer has not reached yet when it is first downloaded, and stores it", async () => {
    const r = await net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete } }, clerkA01);
    const pdf = Buffer.from(r.body.data.intakeCase.notice.pdfBase64, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
