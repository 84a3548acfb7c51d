import type { Db } from "@wuxi/db";
import type { DocumentStorage } from "@wuxi/storage";
import { SignJWT, jwtVerify } from "jose";
import { eq, isNull } from "drizzle-orm";
import type { NoticeRecord } from "../cases/case-repository.ts";
import { renderNotice } from "../cases/render-notice.ts";
import { notices } from "../tables.ts";

/** Where a notice's PDF is stored: by centre, so a centre's documents can move with its data. */
export const noticeKey = (n: Pick<NoticeRecord, "id" | "centreId">) => `notices/${n.centreId}/${n.id}.pdf`;

/** Renders a notice from its frozen content and stores it; the row remembers the key. */
export async function renderAndStore(db: Db, storage: DocumentStorage, n: NoticeRecord): Promise<Buffer> {
  const pdf = await renderNotice(n);
  const key = noticeKey(n);
  await storage.put(key, pdf, "application/pdf");
  await db.update(notices).set({ documentKey: key }).where(eq(notices.id, n.id));
  return pdf;
}

/**
 * The PDF of a notice: the stored one, rendered once when it was issued; rendered now (and
 * stored) if the renderer has not reached it yet. The same bytes either way: the content is frozen.
 */
export async function noticeDocument(db: Db, storage: DocumentStorage, n: NoticeRecord): Promise<Buffer> {
  const stored = await storage.get(n.documentKey ?? noticeKey(n));
  return stored ?? renderAndStore(db, storage, n);
}

/**
 * The background renderer: notices issued but not yet stored, a few at a time, claimed with
 * FOR UPDATE SKIP LOCKED so several centre processes never render the same notice twice.
 * Returns how many it rendered.
 */
export async function renderPendingNotices(db: Db, storage: DocumentStorage, limit = 10): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await tx.select().from(notices).where(isNull(notices.documentKey)).orderBy(notices.createdAt).limit(limit).for("update", { skipLocked: true });
    for (const n of pending) await renderAndStore(tx, storage, n);
    return pending.length;
  });
}

const AUDIENCE = "wuxi-document";
const ISSUER = "wuxi-centre";
/** A download link lives as long as a page that shows it is likely to stay open. */
const LINK_TTL = "15m";

function keyOf(secret: string) {
  // Not the gateway's actor key as such: a document link must never verify as an actor token.
  return new TextEncoder().encode(`document-link:${secret}`);
}

/**
 * The short-lived link to a notice's PDF, on the gateway's origin. Handed out only with the notice
 * itself, that is to a caller who may see the case (Case.notices, the intake's payload), so the link
 * carries that authorisation and nothing else: the notice id, and an expiry.
 */
export async function noticeUrl(n: Pick<NoticeRecord, "id">, secret: string): Promise<string> {
  const token = await new SignJWT({}).setProtectedHeader({ alg: "HS256" }).setSubject(n.id).setAudience(AUDIENCE).setIssuer(ISSUER).setIssuedAt().setExpirationTime(LINK_TTL).sign(keyOf(secret));
  return `/documents/notices/${n.id}.pdf?token=${token}`;
}

/** Whether a link grants this notice: false for an expired, forged or foreign link. */
export async function verifyNoticeLink(noticeId: string, token: string, secret: string): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { audience: AUDIENCE, issuer: ISSUER, algorithms: ["HS256"] });
    return payload.sub === noticeId;
  } catch {
    return false;
  }
}

export async function noticeById(db: Db, id: string): Promise<NoticeRecord | undefined> {
  const [row] = await db.select().from(notices).where(eq(notices.id, id));
  return row;
}
