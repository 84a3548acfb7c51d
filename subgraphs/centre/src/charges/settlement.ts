import type { ItemDocument } from "@wuxi/catalogue";
import type { Db } from "@wuxi/db";
import { DomainError } from "@wuxi/service-kit";
import type { CaseRecord } from "../cases/case-repository.ts";
import { ChargeRepository } from "./charge-repository.ts";
import { yuan } from "./money.ts";

/**
 * 先缴费后办结: a case whose item version publishes fee standards is concluded only with its bill
 * paid (or wholly exempt). Called by every conclusion, inside its transaction (only `tx` is used).
 */
export async function requireBillSettled(tx: Db, c: CaseRecord, version: ItemDocument): Promise<void> {
  if (version.fees.length === 0) return;
  const [bill] = await new ChargeRepository(tx).openBillsOfCases([c.id]);
  if (!bill) throw new DomainError("BILL_NOT_ISSUED", `事项「${c.itemName}」有收费标准,须先开具缴费通知并缴清费用方可办结`, "caseId");
  if (bill.status === "UNPAID") throw new DomainError("BILL_UNPAID", `办件 ${c.caseNumber} 的缴费通知(应缴${yuan(bill.totalFen)}元)尚未缴清,不能办结`, "caseId");
}
