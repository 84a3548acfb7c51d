import { licenceItem } from "./items.ts";
import type { TestNetwork } from "./network.ts";

/** Operations a window console sends. */
const CASE_FIELDS = `
  id caseNumber queryCode state handling receivedOn acceptedOn deemedAccepted itemVersion { version }
  applicant { kind name identifier phone }
  clock { deadline limitDays extensionDays pausedWorkingDays suspended steps }
  materials { name status note }
  decision { number outcome decidedOn reasons }
  licenceDue licence { number issuedOn validFrom validUntil } concludedOn
  notices { kind number title issuedOn paragraphs lists { heading items } }
`;
const PAYLOAD = `case { ${CASE_FIELDS} } notice { kind number title paragraphs lists { heading items } pdfBase64 } errors { code message field }`;

export const INTAKE = `mutation($input: IntakeInput!) { intakeCase(input: $input) { ${PAYLOAD} } }`;
export const REVIEW = `mutation($id: ID!, $m: [MaterialCheckInput!]!) { reviewMaterials(caseId: $id, materials: $m) { ${PAYLOAD} } }`;
export const SUPPLEMENT = `mutation($id: ID!, $m: [MaterialCheckInput!]!) { supplementMaterials(caseId: $id, materials: $m) { ${PAYLOAD} } }`;
export const REFUSE_TO_ACCEPT = `mutation($id: ID!, $input: RefuseToAcceptInput!) { refuseToAccept(caseId: $id, input: $input) { ${PAYLOAD} } }`;
export const SUSPEND = `mutation($id: ID!, $input: SuspendInput!) { suspendClock(caseId: $id, input: $input) { ${PAYLOAD} } }`;
export const RESUME = `mutation($id: ID!) { resumeClock(caseId: $id) { ${PAYLOAD} } }`;
export const EXTEND = `mutation($id: ID!, $input: ExtendInput!) { extendDeadline(caseId: $id, input: $input) { ${PAYLOAD} } }`;
export const DECIDE = `mutation($id: ID!, $input: DecideInput!) { decideCase(caseId: $id, input: $input) { ${PAYLOAD} } }`;
export const ISSUE_LICENCE = `mutation($id: ID!, $input: LicenceTermsInput) { issueLicence(caseId: $id, input: $input) { ${PAYLOAD} } }`;
export const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} history { action fromState toState on actorId } } }`;
export const STATUS = `query($n: String!, $q: String!) { caseStatus(caseNumber: $n, queryCode: $q) { caseNumber itemName centreName state stateName receivedOn acceptedOn deadline concludedOn outcome licenceNumber milestones { on description } messages { at text } } }`;
export const QUEUE = `query($w: ID!) { windowQueue(windowId: $w) { caseNumber state clock { deadline } } }`;

/** A person who really could apply: a valid resident ID (check digit X) and a mainland mobile. */
export const zhangSan = { kind: "PERSON", name: "张三", idNumber: "11010519491231002X", phone: "13912345678" };
/** A company with a valid unified social credit code. */
export const company = { kind: "ORGANISATION", name: "无锡市梁溪示范贸易有限公司", creditCode: "91110000802100433B", phone: "0510-82701234", contactName: "李四" };

export const clerkA01 = { id: "clerk-lx-a01", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A01" };
export const clerkA02 = { id: "clerk-lx-a02", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A02" };
export const clerkA03 = { id: "clerk-lx-a03", role: "WINDOW_CLERK" as const, centreId: "320213", windowId: "320213-A03" };
export const marketApprover = { id: "approver-market-01", role: "DEPARTMENT_APPROVER" as const, departmentId: "market" };
export const liangxiManager = { id: "mgr-320213", role: "CENTRE_MANAGER" as const, centreId: "320213" };

/** A 承诺件 of market regulation, 5 working days promised, expert review stops its clock. */
export const promisedItem = licenceItem("SCJG-XK-971", {
  name: "测试承诺件",
  promisedDays: 5,
  clockStoppingProcedures: ["EXPERT_REVIEW"],
  materials: [
    { name: "申请书", required: true, form: "ORIGINAL", copies: 1, electronicAccepted: true },
    { name: "营业执照", required: true, form: "COPY", copies: 1, electronicAccepted: true },
    { name: "授权委托书", required: false, condition: "委托他人办理的", form: "ORIGINAL", copies: 1, electronicAccepted: false },
  ],
  effectiveFrom: "2025-01-01",
});
/** A 即办件: decided on the spot. */
export const immediateItem = licenceItem("SCJG-ZZ-971", { name: "测试即办件", handling: "IMMEDIATE", kind: "CERTIFICATE", promisedDays: 0, statutoryDays: 20, clockStoppingProcedures: [], effectiveFrom: "2025-01-01" });

export const complete = [
  { name: "申请书", status: "PROVIDED" },
  { name: "营业执照", status: "PROVIDED" },
  { name: "授权委托书", status: "NOT_APPLICABLE" },
];

/** Publishes the test items (effective 2025-01-01) and stations them at 梁溪区's market window, deciding there. */
export async function publishAndStation(net: TestNetwork, items: object[] = [promisedItem, immediateItem]): Promise<void> {
  const publisher = { id: "pub-market", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
  const imported = await net.query(
    `mutation($d: String!) { market { importCatalogue(document: $d) { errors { code message } } } }`,
    { d: JSON.stringify(items) },
    publisher,
  );
  if (!imported.body.data) throw new Error(JSON.stringify(imported.body));
  if (imported.body.data.market.importCatalogue.errors.length) throw new Error(JSON.stringify(imported.body.data.market.importCatalogue.errors));
  await net.syncReplica();
  for (const item of items as { code: string }[]) {
    const r = await net.query(
      `mutation($input: StationItemInput!) { stationItem(input: $input) { errors { code message } } }`,
      { input: { windowId: "320213-A01", itemCode: item.code, authority: "ACCEPT_AND_DECIDE" } },
      liangxiManager,
    );
    if (r.body.data.stationItem.errors.length) throw new Error(JSON.stringify(r.body.data.stationItem.errors));
  }
}

export async function intake(net: TestNetwork, input: Record<string, unknown>, actor = clerkA01) {
  const r = await net.query(INTAKE, { input: { windowId: "320213-A01", itemCode: promisedItem.code, applicant: zhangSan, materials: complete, ...input } }, actor);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data.intakeCase;
}
