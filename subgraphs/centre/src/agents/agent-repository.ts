import type { Db } from "@wuxi/db";
import { asc, eq } from "drizzle-orm";
import { agents } from "../tables.ts";

export type AgentRecord = typeof agents.$inferSelect;

export class AgentRepository {
  constructor(private readonly db: Db) {}

  async byId(id: string): Promise<AgentRecord | undefined> {
    const [row] = await this.db.select().from(agents).where(eq(agents.id, id));
    return row;
  }

  async ofCentre(centreId: string): Promise<AgentRecord[]> {
    return this.db.select().from(agents).where(eq(agents.centreId, centreId)).orderBy(asc(agents.id));
  }
}
