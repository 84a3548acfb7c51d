import type { Db } from "@wuxi/db";
import { eq } from "drizzle-orm";
import { type DecisionRow, decisions, type LicenceRow, licences } from "./decision-tables.ts";

export class DecisionRepository {
  constructor(private readonly db: Db) {}

  async byCase(caseId: string): Promise<DecisionRow | undefined> {
    const [row] = await this.db.select().from(decisions).where(eq(decisions.caseId, caseId));
    return row;
  }

  async licenceOf(caseId: string): Promise<LicenceRow | undefined> {
    const [row] = await this.db.select().from(licences).where(eq(licences.caseId, caseId));
    return row;
  }
}
