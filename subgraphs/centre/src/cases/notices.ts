import { randomUUID } from "node:crypto";
import { PROVISIONAL_NOTE_ZH, SUSPENSION_RULE_ZH } from "@wuxi/calendar";
import type { ItemDocument } from "@wuxi/catalogue";
import type { Db } from "@wuxi/db";
import { type DocumentSpec, formatChineseDate as cn } from "@wuxi/documents";
import { maskResidentId } from "@wuxi/validators";
import type { CentreRecord } from "../centres/centre-repository.ts";
import { notices, type MaterialCheck } from "../tables.ts";
import type { CaseRecord, NoticeRecord } from "./case-repository.ts";
import { nextNoticeNumber } from "./case-numbers.ts";

export type NoticeKind = "ACCEPTANCE_RECEIPT" | "ONE_TIME_NOTICE" | "NON_ACCEPTANCE" | "SUSPENSION" | "EXTENSION" | "REFUSAL_DECISION";

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  ACCEPTANCE_RECEIPT: "受理通知书",
  ONE_TIME_NOTICE: "一次性告知书",
  NON_ACCEPTANCE: "不予受理通知书",
  SUSPENSION: "特别程序告知书",
  EXTENSION: "延长审批期限告知书",
  REFUSAL_DECISION: "不予行政许可决定书",
};

const STATUS_WORDS: Record<string, string> = { MISSING: "未提交", DEFECTIVE: "需补正", PROVIDED: "已提交" };

/** What every notice of a case says about the case and where it can be followed. */
function caseFields(c: CaseRecord, version: ItemDocument): { label: string; value: string }[] {
  const identifier = c.applicantKind === "PERSON" ? maskResidentId(c.applicantIdentifier) : c.applicantIdentifier;
  return [
    { label: "办件编号", value: c.caseNumber },
    { label: "事项名称", value: `${c.itemName}(${c.itemCode},第${c.itemVersion}版)` },
    { label: "申请人", value: `${c.applicantName}(${identifier})` },
    { label: "承诺时限", value: c.limitDays === 0 ? "即办件,当场或当日办结" : `${c.limitDays}个工作日(法定${version.statutoryDays}个工作日)` },
  ];
}

function footnotes(centre: CentreRecord, version: ItemDocument, queryCode?: string): string[] {
  return [
    ...(queryCode ? [`凭办件编号和查询码(${queryCode})可在网上或窗口查询办理进度。`] : []),
    `咨询电话:${version.contacts.consultationPhone};${centre.name}电话:${centre.phone};投诉电话:${version.contacts.complaintPhone}。`,
  ];
}

function appealParagraph(version: ItemDocument): string {
  return `如不服本决定,可以自收到本决定书之日起六十日内向${version.appeal.reconsideration}申请行政复议,或者自收到本决定书之日起六个月内向${version.appeal.litigation}提起行政诉讼。`;
}

/** A date the notice promises, marked when it rests on a year whose holidays are not published yet. */
const promised = (deadline: string, provisional: boolean) => `${cn(deadline)}${provisional ? "(暂定)" : ""}`;
/** Printed with every provisional date: the law first (Art. 32), the State Council's notice decides. */
const provisionalNote = (provisional: boolean) => (provisional ? [`${PROVISIONAL_NOTE_ZH}。`] : []);

const materialLines = (materials: MaterialCheck[]) =>
  materials.map((m) => `${m.name}:${STATUS_WORDS[m.status]}${m.note ? `(${m.note})` : ""}`);

export const noticeBuilders = {
  ACCEPTANCE_RECEIPT: (c: CaseRecord, centre: CentreRecord, version: ItemDocument, extra: { deadline: string | null; provisional?: boolean }) => ({
    paragraphs: [
      c.deemedAccepted
        ? `你(单位)于${cn(c.receivedOn)}提交的「${c.itemName}」申请,本机关未在收到申请材料之日起五个工作日内一次性告知需要补正的内容,根据《中华人民共和国行政许可法》第三十二条的规定,自收到申请材料之日起即为受理。`
        : `你(单位)于${cn(c.receivedOn)}提交的「${c.itemName}」申请,经审查,申请材料齐全、符合法定形式,根据《中华人民共和国行政许可法》第三十二条的规定,决定予以受理。`,
      ...provisionalNote(extra.provisional ?? false),
    ],
    fields: [
      ...caseFields(c, version),
      { label: "查询码", value: c.queryCode },
      { label: "受理日期", value: cn(c.acceptedOn!) },
      { label: "承诺办结日期", value: extra.deadline ? promised(extra.deadline, extra.provisional ?? false) : "暂停计时中" },
    ],
    lists: [{ heading: "已收取的申请材料", items: materialLines(c.materials.filter((m) => m.status === "PROVIDED")) }],
    footnotes: footnotes(centre, version, c.queryCode),
  }),
  ONE_TIME_NOTICE: (c: CaseRecord, centre: CentreRecord, version: ItemDocument, extra: { lacking: MaterialCheck[] }) => ({
    paragraphs: [
      `你(单位)于${cn(c.receivedOn)}提交的「${c.itemName}」申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条的规定,现一次性告知需要补正的全部内容如下,请补正后提交。补正材料齐全、符合法定形式的,予以受理。`,
    ],
    fields: [...caseFields(c, version), { label: "查询码", value: c.queryCode }],
    lists: [{ heading: "需要补正的全部材料", items: materialLines(extra.lacking) }],
    closing: ["请一次性补齐上列全部材料。补正材料齐全、符合法定形式的,本机关当即予以受理。"],
    footnotes: footnotes(centre, version, c.queryCode),
  }),
  NON_ACCEPTANCE: (c: CaseRecord, centre: CentreRecord, version: ItemDocument, extra: { reason: string; competentBody: string | null }) => ({
    paragraphs: [
      `你(单位)于${cn(c.receivedOn)}提交的「${c.itemName}」申请,${extra.reason}根据《中华人民共和国行政许可法》第三十二条的规定,决定不予受理。`,
      ...(extra.competentBody ? [`该申请事项依法不属于本机关职权范围,请向${extra.competentBody}申请。`] : []),
    ],
    fields: caseFields(c, version),
    closing: [`如不服本决定,可以自收到本通知书之日起六十日内向${version.appeal.reconsideration}申请行政复议,或者六个月内向${version.appeal.litigation}提起行政诉讼。`],
    footnotes: footnotes(centre, version),
  }),
  SUSPENSION: (c: CaseRecord, centre: CentreRecord, version: ItemDocument, extra: { procedure: string; expectedDays: number; from: string; reason: string }) => ({
    paragraphs: [
      `你(单位)申请的「${c.itemName}」,依法需要进行${extra.procedure}(${extra.reason})。根据《中华人民共和国行政许可法》第四十五条的规定,${extra.procedure}所需时间不计算在办理期限内。`,
      // The same rule, in the same words, as the clock's steps, the console's date fields and docs/cases.md.
      `本件于${cn(extra.from)}暂停计时:${SUSPENSION_RULE_ZH}。${extra.procedure}预计需要${extra.expectedDays}个工作日,结束后恢复计时,届时另行告知办结日期。`,
    ],
    fields: [...caseFields(c, version), { label: "查询码", value: c.queryCode }],
    footnotes: footnotes(centre, version, c.queryCode),
  }),
  EXTENSION: (c: CaseRecord, centre: CentreRecord, version: ItemDocument, extra: { days: number; reason: string; approver: string; deadline: string | null; provisional?: boolean }) => ({
    paragraphs: [
      `你(单位)申请的「${c.itemName}」,因${extra.reason},不能在规定期限内作出决定。根据《中华人民共和国行政许可法》第四十二条的规定,经${extra.approver}批准,办理期限延长${extra.days}个工作日。`,
      ...provisionalNote(extra.provisional ?? false),
    ],
    fields: [...caseFields(c, version), { label: "延长后办结日期", value: extra.deadline ? promised(extra.deadline, extra.provisional ?? false) : "暂停计时中,恢复后计算" }],
    footnotes: footnotes(centre, version, c.queryCode),
  }),
  REFUSAL_DECISION: (c: CaseRecord, centre: CentreRecord, version: ItemDocument, extra: { decisionNumber: string; reasons: string; legalBasis: string; decidedOn: string }) => ({
    paragraphs: [
      `你(单位)于${cn(c.receivedOn)}提出的「${c.itemName}」申请,本机关于${cn(c.acceptedOn!)}受理。经审查,${extra.reasons}`,
      `根据${extra.legalBasis}及《中华人民共和国行政许可法》第三十八条第二款的规定,决定不予行政许可。`,
    ],
    fields: [...caseFields(c, version), { label: "决定文号", value: extra.decisionNumber }, { label: "决定日期", value: cn(extra.decidedOn) }],
    closing: [appealParagraph(version)],
    footnotes: footnotes(centre, version),
  }),
};

/** Numbers, dates and stores a written notice in the caller's transaction; its PDF is rendered from it. */
export async function issueNotice(
  tx: Db,
  c: CaseRecord,
  centre: CentreRecord,
  kind: NoticeKind,
  body: Omit<DocumentSpec, "title" | "number" | "date" | "issuer">,
  issuedOn: string,
): Promise<NoticeRecord> {
  const number = await nextNoticeNumber(tx, c.centreId, Number(issuedOn.slice(0, 4)));
  const content: DocumentSpec = {
    title: NOTICE_TITLES[kind],
    number,
    date: issuedOn,
    issuer: centre.name,
    addressee: `${c.applicantName}:`,
    seal: `${centre.name}(盖章)`,
    ...body,
  };
  const [row] = await tx
    .insert(notices)
    .values({ id: randomUUID(), caseId: c.id, centreId: c.centreId, kind, number, issuedOn, content: content as never })
    .returning();
  return row!;
}
