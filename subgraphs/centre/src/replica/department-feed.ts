import { type DepartmentConfig, rootFieldOf } from "@wuxi/federation";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "@wuxi/identity";
import type { FeedChange } from "./apply-changes.ts";

/** Every field of ItemContent, so the replica holds the whole implementation list. */
const CONTENT = `code name kind handling legalBasis conditions statutoryDays promisedDays reviewDays clockStoppingProcedures
  acceptingTiers decidingTier coDepartments
  steps { order name days }
  materials { name required condition form copies electronicAccepted blankForm sampleForm }
  fees { code name rule amountFen unit legalBasis reductions departmentId exclusiveGroup }
  contacts { consultationPhone complaintPhone }
  appeal { reconsideration litigation }`;

export type FetchChanges = (after: number) => Promise<{ changes: FeedChange[]; cursor: number }>;

/**
 * Reads a department's change feed straight from its subgraph, as the platform's own service
 * (the SYSTEM actor, signed with the gateway secret the subgraphs trust).
 */
export function departmentFeed(department: DepartmentConfig, url: string, gatewaySecret: string, batchSize = 200): FetchChanges {
  const root = rootFieldOf(department);
  const query = `query Changes($after: Int!, $limit: Int) { ${root} { changes(after: $after, limit: $limit) { cursor changes { sequence kind code version effectiveFrom content { ${CONTENT} } } } } }`;
  return async (after) => {
    const token = await signGatewayToken({ id: "centre-replica", role: "SYSTEM" }, gatewaySecret);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", [GATEWAY_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, variables: { after, limit: batchSize } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await res.json()) as { data?: Record<string, { changes: { cursor: number; changes: FeedChange[] } }>; errors?: { message: string }[] };
    if (!res.ok || body.errors || !body.data) {
      throw new Error(`change feed of ${department.id} answered ${res.status}: ${body.errors?.[0]?.message ?? "no data"}`);
    }
    return body.data[root]!.changes;
  };
}
