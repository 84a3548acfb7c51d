import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { eq } from "drizzle-orm";
import { windows } from "../tables.ts";

/**
 * A token names a centre and a window; both must agree before anything runs: a clerk of one centre
 * with another centre's window in their token would otherwise act at a window not theirs. Windows
 * never move between centres, so the answer is kept for the life of the process.
 */
export function windowOfCentre() {
  const centreOfWindow = new Map<string, string | null>();
  return async (db: Db, actor: Actor): Promise<string | null> => {
    if (!actor.windowId) return null;
    let centreId = centreOfWindow.get(actor.windowId);
    if (centreId === undefined) {
      const [row] = await db.select({ centreId: windows.centreId }).from(windows).where(eq(windows.id, actor.windowId));
      centreId = row?.centreId ?? null;
      if (row) centreOfWindow.set(actor.windowId, centreId);
    }
    if (centreId === null) return "登录凭证中的窗口不存在,请重新登录";
    if (centreId !== actor.centreId) return "登录凭证中的窗口不属于所登记的中心,请重新登录";
    return null;
  };
}
