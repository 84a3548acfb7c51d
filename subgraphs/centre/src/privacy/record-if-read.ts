import type { Db } from "@wuxi/db";
import type { Actor } from "@wuxi/identity";
import { type GraphQLResolveInfo, Kind } from "graphql";
import type { CaseRecord } from "../cases/case-repository.ts";
import { recordPersonalDataRead } from "./record-personal-data-read.ts";

/** The applicant's fields that are personal data shown in full to those who need them. */
const PERSONAL_FIELDS: Record<string, string> = { identifier: "证件号码", phone: "联系电话" };

/**
 * Records a reading only when the operation asked for the identifier or the phone: a queue that
 * shows the applicant's name reads no personal data in full.
 */
export async function recordIfRead(db: Db, actor: Actor, c: CaseRecord, info: GraphQLResolveInfo): Promise<void> {
  const asked = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const s of node.selectionSet?.selections ?? []) if (s.kind === Kind.FIELD && PERSONAL_FIELDS[s.name.value]) asked.add(s.name.value);
  }
  // An organisation's credit code is public (GB 32100); its contact phone is still personal data.
  if (c.applicantKind === "ORGANISATION") asked.delete("identifier");
  if (asked.size === 0) return;
  await recordPersonalDataRead(db, actor, c, [...asked].map((f) => PERSONAL_FIELDS[f]!));
}
