import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import type { CaseRecord } from "../cases/case-repository.ts";
import { personalDataReads } from "./tables.ts";

/**
 * Records that `actor` was shown `fields` of the case's applicant in full. Called before the data
 * is returned: a reading that could not be recorded is not served (the insert's failure is a fault).
 */
export async function recordPersonalDataRead(db: Db, actor: Actor, c: CaseRecord, fields: string[]): Promise<void> {
  await db.insert(personalDataReads).values({
    caseId: c.id,
    caseNumber: c.caseNumber,
    centreId: c.centreId,
    actorId: actor.id,
    actorRole: actor.role,
    windowId: actor.windowId ?? null,
    departmentId: actor.departmentId ?? null,
    fields,
  });
}
