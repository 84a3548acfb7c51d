import type { IssueLicenceInput, RecordDecisionInput } from "@wuxi/catalogue";
import { type DepartmentConfig, rootFieldOf } from "@wuxi/federation";
import { GATEWAY_TOKEN_HEADER, signGatewayToken } from "@wuxi/identity";
import { DomainError } from "@wuxi/service-kit";
import type { CaseDecision, CaseLicence } from "../tables.ts";

/** The departments' own input types are the contract of these calls. */
export type DecisionRequest = RecordDecisionInput;
export type LicenceRequest = IssueLicenceInput;

/** The departments' write API as the case engine uses it: decisions and licences are theirs. */
export interface DepartmentsApi {
  recordDecision(departmentId: string, request: DecisionRequest): Promise<CaseDecision>;
  issueLicence(departmentId: string, request: LicenceRequest): Promise<CaseLicence>;
}

/**
 * Calls a department subgraph directly as the platform's own service. Both calls are idempotent by
 * case, so a retry after a failure on our side finds the record already made.
 */
export function departmentsApi(departments: DepartmentConfig[], urls: Record<string, string>, gatewaySecret: string): DepartmentsApi {
  async function call<T>(departmentId: string, field: string, input: object, selection: string): Promise<T> {
    const department = departments.find((d) => d.id === departmentId);
    const url = urls[departmentId];
    if (!department || !url) throw new Error(`no subgraph for department ${departmentId}`);
    const root = rootFieldOf(department);
    const inputType = field === "recordDecision" ? "DecisionInput" : "LicenceInput";
    const query = `mutation($input: ${inputType}!) { ${root} { ${field}(input: $input) { ${selection} } } }`;
    const token = await signGatewayToken({ id: "centre-case-engine", role: "SYSTEM" }, gatewaySecret);
    let res: Response;
    try {
      res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", [GATEWAY_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables: { input } }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new DomainError("DEPARTMENT_UNAVAILABLE", `${department.name}审批系统暂时无法连接,请稍后重试`);
    }
    const body = (await res.json()) as { data?: Record<string, Record<string, T>>; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
    const error = body.errors?.[0];
    if (error) throw new DomainError(error.extensions?.code ?? "DEPARTMENT_REFUSED", error.message, error.extensions?.field);
    return body.data![root]![field]!;
  }

  return {
    async recordDecision(departmentId, request) {
      const d = await call<{ number: string; outcome: "APPROVED" | "REFUSED"; decidedOn: string; decidedBy: string; reasons: string | null; legalBasis: string }>(
        departmentId,
        "recordDecision",
        request,
        "number outcome decidedOn decidedBy reasons legalBasis",
      );
      return { number: d.number, outcome: d.outcome, decidedOn: d.decidedOn, decidedBy: d.decidedBy, reasons: d.reasons, legalBasis: d.legalBasis };
    },
    async issueLicence(departmentId, request) {
      return call<CaseLicence>(departmentId, "issueLicence", request, "number issuedOn validFrom validUntil");
    },
  };
}
