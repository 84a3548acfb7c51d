import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CentreRecord, WindowRecord } from '../centres/centre-repository.ts';
import type { StationingRecord } from '../stationing/stationing-repository.ts';
import type { ItemReference } from '../stationing/item-reference.ts';
import type { PersonalDataReadRecord } from '../privacy/list-personal-data-reads.ts';
import type { DepartmentConfig } from '@wuxi/federation';
import type { StaffRecord } from '../staff/staff-repository.ts';
import type { ReplicatedVersion } from '../replica/replica-repository.ts';
import type { ItemDocument } from '@wuxi/catalogue';
import type { GuideRecord, UpperTierRecord } from '../guide/guide.ts';
import type { CaseRecord, CaseEventRecord, SuspensionRecord, NoticeRecord, NotificationRecord } from '../cases/case-repository.ts';
import type { CaseClockView } from '../cases/case-clock.ts';
import type { CaseStatusView } from '../cases/look-up-status.ts';
import type { YearCalendar } from '@wuxi/calendar';
import type { AgentRecord } from '../agents/agent-repository.ts';
import type { PartRecord, HolderRecord } from '../cases/case-parts.ts';
import type { ReminderRecord } from '../reminders/reminder-repository.ts';
import type { BillRecord, BillLineRecord, LedgerRecord, AdjustmentRecord } from '../charges/charge-repository.ts';
import type { ReconciliationView, CentreDay, DayTotals } from '../charges/reconcile-day.ts';
import type { AlertView } from '../oversight/list-clock-alerts.ts';
import type { CentreLightsView } from '../oversight/count-lights.ts';
import type { SettingsView } from '../oversight/settings.ts';
import type { ViolationRecord } from '../oversight/list-violations.ts';
import type { ComplaintView } from '../oversight/complaint-repository.ts';
import type { RatingView } from '../oversight/rating-repository.ts';
import type { BulletinView, BulletinRowView, BulletinFiguresView } from '../oversight/compile-bulletin.ts';
import type { RankingEntryView } from '../oversight/rank.ts';
import type { AssessmentRecord } from '../oversight/assess-township-centre.ts';
import type { CentreContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 以分计的金额合计,可超过32位整数(JSON数字,最大2^53-1) / a sum of money in integer fen that may exceed a 32-bit Int (a JSON number up to 2^53-1). Single amounts are Int. */
  Fen: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** 经网关核验的调用者 / the actor the gateway verified. */
export type Actor = {
  __typename?: 'Actor';
  /** 所在中心 / centre */
  centreId?: Maybe<Scalars['ID']['output']>;
  /** 所属部门 / department */
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** 用户标识 / subject */
  id: Scalars['ID']['output'];
  /** 角色 / role */
  role: Role;
  /** 所在窗口 / window */
  windowId?: Maybe<Scalars['ID']['output']>;
};

/** 作废或退款申请(输入) / a void or refund request. */
export type AdjustmentInput = {
  /** 退款金额(分),缺省为可退全额;作废不填 / refund amount in fen, default all that is left; none for a void */
  amountFen?: InputMaybe<Scalars['Int']['input']>;
  /** 作废或退款 / void or refund */
  kind: AdjustmentKind;
  /** 原因 / reason */
  reason: Scalars['String']['input'];
  /** 票据号 / receipt number */
  receiptNumber: Scalars['String']['input'];
};

/** 作废或退款 / a void or a refund. */
export type AdjustmentKind =
  /** 退款 / refund */
  | 'REFUND'
  /** 作废 / void */
  | 'VOID';

/** 作废或退款操作结果 / result of a void or refund request or decision. */
export type AdjustmentPayload = {
  __typename?: 'AdjustmentPayload';
  /** 申请 / the request */
  adjustment?: Maybe<ChargeAdjustment>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
};

/** 作废或退款申请的状态 / state of a void or refund request. */
export type AdjustmentStatus =
  /** 已批准(已记账) / approved and entered in the ledger */
  | 'APPROVED'
  /** 待审批 / awaiting the manager */
  | 'PENDING'
  /** 不予批准 / rejected */
  | 'REJECTED';

/** 代办员 / a centre's agent: files and follows cases for applicants, free of charge (委托代理、无偿服务、全程服务). */
export type Agent = {
  __typename?: 'Agent';
  /** 是否在岗 / active */
  active: Scalars['Boolean']['output'];
  /** 登记中心 / centre */
  centre: Centre;
  /** 编号 / id */
  id: Scalars['ID']['output'];
  /** 姓名 / name */
  name: Scalars['String']['output'];
  /** 手机(脱敏) / mobile, masked */
  phone: Scalars['String']['output'];
  /** 培训记录 / training records */
  trainings: Array<AgentTraining>;
};

/** 代办员操作结果 / result of an agent registration. */
export type AgentPayload = {
  __typename?: 'AgentPayload';
  /** 代办员 / the agent */
  agent?: Maybe<Agent>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
};

/** 代办员培训记录 / one training course an agent completed. */
export type AgentTraining = {
  __typename?: 'AgentTraining';
  /** 完成日期 / completed on */
  completedOn: Scalars['String']['output'];
  /** 课程 / course */
  course: Scalars['String']['output'];
  /** 学时 / hours */
  hours: Scalars['Int']['output'];
};

/** 代办员培训(输入) / a training record, as input. */
export type AgentTrainingInput = {
  completedOn: Scalars['String']['input'];
  course: Scalars['String']['input'];
  hours: Scalars['Int']['input'];
};

/** 救济途径 / appeal routes (行政复议、行政诉讼). */
export type AppealRoutes = {
  __typename?: 'AppealRoutes';
  /** 行政诉讼法院 / court for administrative litigation */
  litigation: Scalars['String']['output'];
  /** 行政复议机关 / body for administrative reconsideration */
  reconsideration: Scalars['String']['output'];
};

/** 申请人 / the applicant. Identifiers and phones are masked for anyone who does not need them. */
export type Applicant = {
  __typename?: 'Applicant';
  /** 联系人(单位) / contact person of an organisation */
  contactName?: Maybe<Scalars['String']['output']>;
  /** 身份证号码或统一社会信用代码 / resident ID or credit code (masked unless needed) */
  identifier: Scalars['String']['output'];
  /** 类别 / kind */
  kind: ApplicantKind;
  /** 姓名或名称 / name */
  name: Scalars['String']['output'];
  /** 联系电话 / phone (masked unless needed) */
  phone: Scalars['String']['output'];
};

/** 申请人(输入) / applicant, as input. */
export type ApplicantInput = {
  /** 单位联系人 / contact person */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 单位的统一社会信用代码 / an organisation's credit code */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 自然人的身份证号码 / a person's resident ID number */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  kind: ApplicantKind;
  name: Scalars['String']['input'];
  /** 手机或联系电话 / mobile or phone */
  phone: Scalars['String']['input'];
};

/** 申请人类别 / kind of applicant. */
export type ApplicantKind =
  /** 法人或其他组织 / an organisation */
  | 'ORGANISATION'
  /** 自然人 / a person */
  | 'PERSON';

/** 发给申请人的消息 / a message to the applicant. */
export type ApplicantMessage = {
  __typename?: 'ApplicantMessage';
  /** 时间 / when */
  at: Scalars['String']['output'];
  /** 内容 / text */
  text: Scalars['String']['output'];
};

/** 进驻授权 / authority delegated to the window for a stationed item. */
export type Authority =
  /** 既受又理 / accept and decide at the window */
  | 'ACCEPT_AND_DECIDE'
  /** 只受理 / accept only; the department decides elsewhere */
  | 'ACCEPT_ONLY'
  /** 只审批上报件 / decide the escalated cases forwarded from the tiers below; not accepted here */
  | 'DECIDE_ONLY';

/** 缴费通知 / the bill of a case, computed by the centre from the fee standards of the item version the case is handled under. */
export type Bill = {
  __typename?: 'Bill';
  /** 办件 / the case */
  case: Case;
  /** 办件编号 / case number */
  caseNumber: Scalars['String']['output'];
  /** 受理中心 / centre */
  centre: Centre;
  /** 台账记录(收款、作废、退款) / ledger entries: payment, voids, refunds */
  entries: Array<LedgerEntry>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 开具日期 / issued on */
  issuedOn: Scalars['String']['output'];
  /** 事项版本 / item version the fees come from */
  itemVersion: Scalars['Int']['output'];
  /** 收费明细 / lines */
  lines: Array<BillLine>;
  /** 缴款人 / payer */
  payerName: Scalars['String']['output'];
  /** 收款(含票据) / the payment, with its receipt */
  receipt?: Maybe<Receipt>;
  /** 状态 / status */
  status: BillStatus;
  /** 应缴合计(分) / total due, in fen */
  totalFen: Scalars['Int']['output'];
};

/** 收费明细 / one line of a bill: one published fee standard. */
export type BillLine = {
  __typename?: 'BillLine';
  /** 实收(分) / amount due in fen */
  amountFen: Scalars['Int']['output'];
  /** 收费部门 / department the fee belongs to */
  department: Department;
  /** 收费项目编码 / fee standard code */
  feeCode: Scalars['String']['output'];
  /** 收费项目名称 / fee standard name */
  feeName: Scalars['String']['output'];
  /** 应收(分) / gross amount in fen */
  grossFen: Scalars['Int']['output'];
  /** 收费依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 序号 / line number */
  lineNo: Scalars['Int']['output'];
  /** 数量 / quantity */
  quantity: Scalars['Int']['output'];
  /** 减免(分) / reduction in fen */
  reductionFen: Scalars['Int']['output'];
  /** 减免情形 / reason of the reduction */
  reductionReason?: Maybe<Scalars['String']['output']>;
  /** 计算方式 / rule */
  rule: FeeRule;
  /** 计量单位 / unit */
  unit?: Maybe<Scalars['String']['output']>;
  /** 单价(分) / unit amount in fen */
  unitFen: Scalars['Int']['output'];
};

/** 收费明细(输入):只能选用事项版本公布的收费标准 / a bill line, as input: a fee standard the item version publishes. */
export type BillLineInput = {
  /** 收费项目编码 / fee standard code */
  feeCode: Scalars['String']['input'];
  /** 数量(按件、按面积时;固定金额为1) / quantity, for per-copy and per-area rules; 1 for a fixed fee */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** 减免金额(分,仅限收费标准规定的减免情形) / reduction in fen, only where the standard defines reductions */
  reductionFen?: InputMaybe<Scalars['Int']['input']>;
  /** 减免情形 / reason of the reduction */
  reductionReason?: InputMaybe<Scalars['String']['input']>;
};

/** 缴费通知操作结果 / result of issuing a bill. */
export type BillPayload = {
  __typename?: 'BillPayload';
  /** 缴费通知 / the bill */
  bill?: Maybe<Bill>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
};

/** 缴费通知状态 / state of a bill. */
export type BillStatus =
  /** 全额减免 / wholly exempt, nothing to pay */
  | 'EXEMPT'
  /** 已缴清 / paid */
  | 'PAID'
  /** 已全额退款 / fully refunded */
  | 'REFUNDED'
  /** 待缴费 / unpaid */
  | 'UNPAID'
  /** 票据已作废(可重新开具) / receipt voided; a new bill may be issued */
  | 'VOIDED';

/** 办件通报 / a bulletin of one period. */
export type Bulletin = {
  __typename?: 'Bulletin';
  /** 统计截至(办件统计由办件记录汇总,可能滞后数秒) / the figures include every transition up to this instant (ISO 8601); the roll-up is folded in from the case history and may lag by seconds */
  asOf?: Maybe<Scalars['String']['output']>;
  /** 层级 / what the rows are */
  by: BulletinLevel;
  /** 起始日 / first day */
  from: Scalars['String']['output'];
  /** 通报所印各行(屏幕、图表与导出一致):按中心时为本级及直属下级(含其下级合计),合计不与其所含中心并列 / the lines as printed on screen, chart and export alike: by centre, the asking centre's own work and each centre directly below with its tiers rolled up; a roll-up never stands beside the centres it sums */
  lines: Array<BulletinRow>;
  /** 周期 / period, e.g. 2025年第1季度 */
  period: Scalars['String']['output'];
  /** 各行 / rows */
  rows: Array<BulletinRow>;
  /** 截止日 / last day */
  to: Scalars['String']['output'];
  /** 合计 / total of the scope */
  total: BulletinFigures;
};

/** 通报指标 / the figures of a bulletin row. */
export type BulletinFigures = {
  __typename?: 'BulletinFigures';
  /** 受理件数 / accepted */
  accepted: Scalars['Int']['output'];
  /** 平均承诺时限(工作日) / average working days promised */
  averagePromisedDays?: Maybe<Scalars['Float']['output']>;
  /** 平均实际用时(工作日) / average working days used */
  averageUsedDays?: Maybe<Scalars['Float']['output']>;
  /** 按办理类型 / by handling regime */
  byHandling: Array<HandlingFigures>;
  /** 投诉 / complaints */
  complaints: Scalars['Int']['output'];
  /** 办结件数 / concluded (decided) */
  concluded: Scalars['Int']['output'];
  /** 超期办结 / concluded late */
  late: Scalars['Int']['output'];
  /** 证照超期送达 / licences delivered late */
  licenceLate: Scalars['Int']['output'];
  /** 不予受理件数 / not accepted */
  notAccepted: Scalars['Int']['output'];
  /** 按时办结 / concluded on time */
  onTime: Scalars['Int']['output'];
  /** 按时办结率(无办结为空) / on-time rate, null when nothing was concluded */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 评价构成 / ratings */
  ratings: RatingMix;
  /** 满意率(满意及以上) / share of ratings satisfied or better */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** 违规 / violations */
  violations: Scalars['Int']['output'];
};

/** 通报的统计对象层级 / what a bulletin's rows are. */
export type BulletinLevel =
  /** 中心(含下级汇总) / centres, with the tiers below rolled up */
  | 'CENTRE'
  /** 部门 / departments */
  | 'DEPARTMENT'
  /** 窗口 / windows */
  | 'WINDOW';

/** 通报的一行 / one row of a bulletin: a centre, department or window. */
export type BulletinRow = {
  __typename?: 'BulletinRow';
  /** 所在中心(中心、窗口行) / the centre (centre and window rows) */
  centreId?: Maybe<Scalars['ID']['output']>;
  /** 本级指标 / its own figures */
  figures: BulletinFigures;
  /** 对象标识 / id of the centre, department or window */
  key: Scalars['ID']['output'];
  /** 名称 / name */
  name: Scalars['String']['output'];
  /** 含下级中心的汇总(中心行) / with every centre below it rolled up (centre rows) */
  rolledUp?: Maybe<BulletinFigures>;
};

/** 办件 / a case: one application for one item by one applicant, from intake to conclusion. */
export type Case = {
  __typename?: 'Case';
  /** 受理日期 / accepted on */
  acceptedOn?: Maybe<Scalars['String']['output']>;
  /** 代办员 / agent acting for the applicant */
  agentId?: Maybe<Scalars['String']['output']>;
  /** 申请人 / applicant */
  applicant: Applicant;
  /** 缴费通知(当前有效的一张) / the case's open bill */
  bill?: Maybe<Bill>;
  /** 办件编号 / case number */
  caseNumber: Scalars['String']['output'];
  /** 受理中心 / centre */
  centre: Centre;
  /** 时钟 / clock */
  clock: CaseClock;
  /** 监察时钟及其红黄绿灯(办结期限、一次性告知、证照送达) / the case's running clocks with their lights: deadline, one-time notice, licence */
  clocks: Array<ClockAlert>;
  /** 办结日期 / concluded on */
  concludedOn?: Maybe<Scalars['String']['output']>;
  /** 审批决定 / decision */
  decision?: Maybe<CaseDecisionInfo>;
  /** 是否视为受理(第三十二条) / deemed accepted for want of a timely notice (Art. 32) */
  deemedAccepted: Scalars['Boolean']['output'];
  /** 办理类型 / handling regime */
  handling: HandlingType;
  /** 办件历史 / history */
  history: Array<CaseEvent>;
  /** 当前办理窗口 / the window holding the case now */
  holder: HoldingWindow;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 事项(现行目录) / the item in the catalogue */
  item: Item;
  /** 事项名称 / item name */
  itemName: Scalars['String']['output'];
  /** 受理时适用的事项版本 / the exact item version the case is handled under */
  itemVersion: ItemVersionSnapshot;
  /** 证照 / licence */
  licence?: Maybe<LicenceInfo>;
  /** 证照应发日期(第四十四条) / licence due by (Art. 44) */
  licenceDue?: Maybe<Scalars['String']['output']>;
  /** 材料核验 / materials checklist */
  materials: Array<MaterialCheck>;
  /** 书面通知 / notices */
  notices: Array<Notice>;
  /** 提醒通知(各渠道) / the applicant's notifications on every channel */
  notifications: Array<Notification>;
  /** 办件环节(联办各部门、上报各层级) / the parts: each joint department, each tier of an escalated case */
  parts: Array<CasePart>;
  /** 查询码(工作人员可见) / query code printed on the receipt (staff only) */
  queryCode?: Maybe<Scalars['String']['output']>;
  /** 收件日期 / materials received on */
  receivedOn: Scalars['String']['output'];
  /** 状态 / state */
  state: CaseState;
  /** 特别程序 / suspensions */
  suspensions: Array<Suspension>;
  /** 受理窗口 / window */
  window: Window;
};

/** 办件时钟 / the case's statutory clock, and how its deadline was reached. */
export type CaseClock = {
  __typename?: 'CaseClock';
  /** 办结期限(暂停计时中为空) / deadline; empty while suspended */
  deadline?: Maybe<Scalars['String']['output']>;
  /** 延长的工作日 / working days of the extension */
  extensionDays: Scalars['Int']['output'];
  /** 时限(工作日),即办件为0 / limit in working days; 0 for an immediate case */
  limitDays: Scalars['Int']['output'];
  /** 特别程序不计入的工作日 / working days not counted for special procedures */
  pausedWorkingDays: Scalars['Int']['output'];
  /**
   * 期限暂定:期限所跨年份的国务院节假日安排尚未载入,暂按《全国年节及纪念日放假办法》的法定节假日计算,
   * 载入后重新计算 / provisional: the deadline runs through a year whose State Council arrangement is not
   * loaded yet; it is counted by the statutory holidays and recomputed when the year is loaded
   */
  provisional: Scalars['Boolean']['output'];
  /** 暂按法定节假日计算的年份 / the years counted provisionally */
  provisionalYears: Array<Scalars['Int']['output']>;
  /** 法定期限(工作日) / statutory limit */
  statutoryDays: Scalars['Int']['output'];
  /** 期限的计算过程 / how the deadline was reached, step by step */
  steps: Array<Scalars['String']['output']>;
  /** 是否暂停计时中 / whether the clock is stopped */
  suspended: Scalars['Boolean']['output'];
};

/** 审批决定(部门作出) / the department's decision. */
export type CaseDecisionInfo = {
  __typename?: 'CaseDecisionInfo';
  /** 决定日期 / date */
  decidedOn: Scalars['String']['output'];
  /** 法律依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 决定文号 / number */
  number: Scalars['String']['output'];
  /** 结果 / outcome */
  outcome: DecisionOutcome;
  /** 理由 / reasons */
  reasons?: Maybe<Scalars['String']['output']>;
};

/** 办件历史 / one transition of a case. */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** 操作 / action, e.g. ACCEPT, NOTIFY_ONCE, SUSPEND */
  action: Scalars['String']['output'];
  /** 操作人 / actor id */
  actorId: Scalars['String']['output'];
  /** 操作人姓名(取自人员登记;开发环境登录显示固定的化名) / who acted, by name from the staff register (development logins get a fixed realistic name) */
  actorName: Scalars['String']['output'];
  /** 操作人角色 / actor role */
  actorRole: Scalars['String']['output'];
  /** 时间 / instant */
  at: Scalars['String']['output'];
  /** 原状态 / from */
  fromState?: Maybe<CaseState>;
  /** 日期 / civil date it counts on */
  on: Scalars['String']['output'];
  /** 理由 / reason */
  reason?: Maybe<Scalars['String']['output']>;
  /** 新状态 / to */
  toState: CaseState;
  /** 窗口 / window */
  windowId?: Maybe<Scalars['String']['output']>;
};

/** 当前经办 / who holds a case now. */
export type CaseHolder = {
  __typename?: 'CaseHolder';
  /** 经办人工号(联办或上报环节为窗口编号)或部门标识 / the clerk's id (the window's id for a joint or tier part) or the department's id */
  id: Scalars['ID']['output'];
  /** 类别 / kind */
  kind: HolderKind;
};

/** 办件环节 / one department's part of a joint case, or one tier's part of an escalated case, with its own handler, clock and outcome. */
export type CasePart = {
  __typename?: 'CasePart';
  /** 办理中心 / centre handling the part */
  centre: Centre;
  /** 环节时钟 / the part's clock */
  clock: CaseClock;
  /** 办结日期 / concluded on */
  concludedOn?: Maybe<Scalars['String']['output']>;
  /** 部门决定 / the department's decision on the part */
  decision?: Maybe<CaseDecisionInfo>;
  /** 办理部门 / department */
  department: Department;
  /** 经办人 / who concluded it */
  handlerId?: Maybe<Scalars['String']['output']>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 类别 / kind */
  kind: PartKind;
  /** 是否超期办结 / concluded after its deadline */
  late: Scalars['Boolean']['output'];
  /** 初审意见或决定理由 / review opinion or decision reasons */
  opinion?: Maybe<Scalars['String']['output']>;
  /** 序号 / order */
  seq: Scalars['Int']['output'];
  /** 起算日 / the part's clock starts the day after */
  startedOn: Scalars['String']['output'];
  /** 状态 / state */
  state: PartState;
  /** 办理窗口 / window handling the part, where the centre has one for the department */
  window?: Maybe<Window>;
};

/** 办件操作的结果 / result of a case transition. */
export type CasePayload = {
  __typename?: 'CasePayload';
  /** 办件 / the case */
  case?: Maybe<Case>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 本次生成的书面通知 / the notice this step produced */
  notice?: Maybe<Notice>;
};

/** 办件状态 / state of a case. */
export type CaseState =
  /** 已受理,办理中 / accepted, in progress */
  | 'ACCEPTED'
  /** 准予许可,待制证 / approved, licence to be issued */
  | 'APPROVED'
  /** 证照已由上级制发,待原受理窗口送达 / licence issued upstairs, to be handed over at the accepting window */
  | 'AWAITING_HANDOVER'
  /** 已一次性告知,待补正 / one-time notice given, waiting for the supplements */
  | 'AWAITING_SUPPLEMENT'
  /** 已办结 / concluded */
  | 'CONCLUDED'
  /** 已上报,上级中心审批中(上报件) / forwarded to the competent tier above, which decides (escalated case) */
  | 'FORWARDED'
  /** 不予受理 / not accepted */
  | 'NOT_ACCEPTED'
  /** 已接收材料,待审查 / materials received, not yet reviewed */
  | 'RECEIVED'
  /** 不予许可(答复件) / refused with a written decision */
  | 'REFUSED'
  /** 特别程序中,暂停计时 / suspended for a special procedure; the clock stops */
  | 'SUSPENDED';

/** 办件进度(公众查询,不含个人信息) / status of a case for the applicant; no personal data. */
export type CaseStatus = {
  __typename?: 'CaseStatus';
  /** 受理日期 / accepted on */
  acceptedOn?: Maybe<Scalars['String']['output']>;
  /** 办件编号 / case number */
  caseNumber: Scalars['String']['output'];
  /** 受理中心 / centre */
  centreName: Scalars['String']['output'];
  /** 办结日期 / concluded on */
  concludedOn?: Maybe<Scalars['String']['output']>;
  /** 办结期限 / deadline */
  deadline?: Maybe<Scalars['String']['output']>;
  /** 事项名称 / item */
  itemName: Scalars['String']['output'];
  /** 证照编号 / licence number */
  licenceNumber?: Maybe<Scalars['String']['output']>;
  /** 中心发给申请人的消息 / messages the centre sent the applicant (its outbox) */
  messages: Array<ApplicantMessage>;
  /** 办理进程 / milestones */
  milestones: Array<StatusMilestone>;
  /** 审批结果 / outcome */
  outcome?: Maybe<DecisionOutcome>;
  /** 收件日期 / received on */
  receivedOn: Scalars['String']['output'];
  /** 状态 / state */
  state: CaseState;
  /** 状态说明 / state in words */
  stateName: Scalars['String']['output'];
};

/** 行政服务中心 / a service centre of the three-tier network. */
export type Centre = {
  __typename?: 'Centre';
  /** 地址 / address */
  address: Scalars['String']['output'];
  /** 是否提供免费全程代办服务 / whether agents (代办员) offer free full-process agency */
  agentServiceAvailable: Scalars['Boolean']['output'];
  /** 下级中心 / centres one tier down */
  children: Array<Centre>;
  /** 行政区划类别 / division type */
  divisionType: DivisionType;
  /** 办公时间 / opening hours */
  hours: Scalars['String']['output'];
  /** 中心编码(行政区划代码) / id, the division code */
  id: Scalars['ID']['output'];
  /** 中心名称 / name */
  name: Scalars['String']['output'];
  /** 上级中心 / parent centre, one tier up */
  parent?: Maybe<Centre>;
  /** 咨询电话 / phone */
  phone: Scalars['String']['output'];
  /** 持证工作人员 / certified staff */
  staff: Array<StaffMember>;
  /** 层级 / tier */
  tier: Tier;
  /** 窗口 / windows */
  windows: Array<Window>;
};

/** 一个中心一日的收费 / one centre's day at its charge window. */
export type CentreChargeDay = {
  __typename?: 'CentreChargeDay';
  /** 中心 / centre */
  centre: Centre;
  /** 合计 / totals */
  totals: ChargeDayTotals;
  /** 收费窗口 / its charge window */
  window?: Maybe<Window>;
};

/** 某中心的红黄灯数 / the yellow and red lights of one centre. */
export type CentreLights = {
  __typename?: 'CentreLights';
  /** 中心 / centre */
  centre: Centre;
  /** 期限暂定的办件时钟数(所跨年份节假日安排尚未载入) / running clocks whose due date is provisional (its year's holidays not loaded) */
  provisional: Scalars['Int']['output'];
  /** 红灯数 / red lights */
  red: Scalars['Int']['output'];
  /** 黄灯数 / yellow lights */
  yellow: Scalars['Int']['output'];
};

/** 作废或退款申请 / a request to void a receipt or refund a payment. */
export type ChargeAdjustment = {
  __typename?: 'ChargeAdjustment';
  /** 金额(分) / amount in fen to give back */
  amountFen: Scalars['Int']['output'];
  /** 审批人 / decided by */
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** 审批人姓名 / who decided it, by name */
  decidedByName?: Maybe<Scalars['String']['output']>;
  /** 不予批准的理由 / the manager's note on a rejection */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** 批准后写入的台账记录 / the ledger entry written on approval */
  entry?: Maybe<LedgerEntry>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 类别 / kind */
  kind: AdjustmentKind;
  /** 原因 / reason */
  reason: Scalars['String']['output'];
  /** 所针对的票据号 / receipt number */
  receiptNumber: Scalars['String']['output'];
  /** 申请人 / requested by */
  requestedBy: Scalars['String']['output'];
  /** 申请人姓名(收费窗口工作人员) / who asked for the void or refund, by name */
  requestedByName: Scalars['String']['output'];
  /** 状态 / status */
  status: AdjustmentStatus;
};

/** 一日收费合计 / the totals of a day. */
export type ChargeDayTotals = {
  __typename?: 'ChargeDayTotals';
  /** 是否平账:应收等于实收,且每种支付方式盘点等于应存 / balanced: billed equals collected, and every method's count equals what is expected in hand */
  balanced: Scalars['Boolean']['output'];
  /** 缴费通知应收:当日所缴缴费通知的应缴合计(分) / billed: what the bills paid that day call for, in fen */
  billedFen: Scalars['Fen']['output'];
  /** 按支付方式 / by payment method */
  byMethod: Array<MethodTotals>;
  /** 实收:当日收款记录合计(分) / collected: the day's payments in the ledger, in fen */
  collectedFen: Scalars['Fen']['output'];
  /** 是否已盘点(当日无收费视为已盘点) / whether every centre counted (a centre without charges that day needs no count) */
  counted: Scalars['Boolean']['output'];
  /** 盘点合计(分) / counted, in fen */
  countedFen: Scalars['Fen']['output'];
  /** 差额:盘点减应存(分) / counted less expected, in fen */
  differenceFen: Scalars['Fen']['output'];
  /** 应存:实收减作废、退款(分) / expected in hand: collected less voids and refunds, in fen */
  netFen: Scalars['Fen']['output'];
  /** 收款笔数 / payments */
  payments: Scalars['Int']['output'];
  /** 当日开具的票据号 / receipts issued that day */
  receiptsIssued: Array<Scalars['String']['output']>;
  /** 当日作废的票据号 / receipts voided that day */
  receiptsVoided: Array<Scalars['String']['output']>;
  /** 退款(分) / refunded, in fen */
  refundedFen: Scalars['Fen']['output'];
  /** 退款笔数 / refunds */
  refunds: Scalars['Int']['output'];
  /** 作废(分) / voided, in fen */
  voidedFen: Scalars['Fen']['output'];
  /** 作废笔数 / voids */
  voids: Scalars['Int']['output'];
};

/** 收款(输入) / a payment at the charge window. */
export type ChargeInput = {
  /** 实收金额(分),须等于应缴合计 / amount taken in fen; must equal the bill's total */
  amountFen: Scalars['Int']['input'];
  /** 缴费通知 / bill */
  billId: Scalars['ID']['input'];
  /** 幂等键:重试返回首次结果 / idempotency key: a retry returns the first result */
  idempotencyKey: Scalars['String']['input'];
  /** 支付方式 / method */
  method: PaymentMethod;
  /** 网上支付流水号 / online payment reference */
  paymentReference?: InputMaybe<Scalars['String']['input']>;
};

/** 收款结果 / result of a payment. */
export type ChargePayload = {
  __typename?: 'ChargePayload';
  /** 缴费通知 / the bill */
  bill?: Maybe<Bill>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 票据 / the receipt */
  receipt?: Maybe<Receipt>;
};

/** 日终对账(本中心及下级中心) / the daily reconciliation of a centre and every centre below it. */
export type ChargeReconciliation = {
  __typename?: 'ChargeReconciliation';
  /** 中心 / centre */
  centre: Centre;
  /** 本中心及各下级中心 / the centre and each centre below it */
  centres: Array<CentreChargeDay>;
  /** 导出 CSV(UTF-8) / the report as CSV, UTF-8 with a byte-order mark */
  csv: Scalars['String']['output'];
  /** 对账日期 / date */
  date: Scalars['String']['output'];
  /** 汇总(本中心及下级) / roll-up: the centre and every centre below it */
  total: ChargeDayTotals;
  /** 导出 Excel(xlsx, base64) / the report as an xlsx workbook, base64 */
  xlsxBase64: Scalars['String']['output'];
};

/** 民政局的事项(由 civil-affairs 子图提供内容) / item of civil-affairs, content resolved by its own subgraph */
export type CivilAffairsItem = Item & {
  __typename?: 'CivilAffairsItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
};

/** 监察时钟预警 / one running clock of an open case, with its light. */
export type ClockAlert = {
  __typename?: 'ClockAlert';
  /** 办件 / the case */
  case: Case;
  /** 所在中心 / centre */
  centre: Centre;
  /** 部门标识 / department id */
  departmentId: Scalars['ID']['output'];
  /** 期限 / due on */
  dueOn: Scalars['String']['output'];
  /** 当前经办 / who holds the case now */
  holder: CaseHolder;
  /** 时限类别 / the duty watched */
  kind: ClockKind;
  /** 灯 / light */
  light: Light;
  /** 时限总工作日 / working days the clock gives */
  limitDays: Scalars['Int']['output'];
  /** 联办或上报分段(本件为空) / the joint or tier part, empty for the case itself */
  part: Scalars['String']['output'];
  /** 期限暂定(所在年份节假日安排尚未载入) / the due date is provisional (its year's holidays are not loaded) */
  provisional: Scalars['Boolean']['output'];
  /** 剩余工作日(超期为负) / working days left after today; negative once overdue */
  remainingWorkingDays: Scalars['Int']['output'];
  /** 受理窗口 / window */
  window: Window;
  /** 黄灯阈值:到期前多少个工作日内亮黄灯(按本中心监察设置计算) / the yellow threshold: working days before the due date from which the light is yellow, from the centre's oversight settings */
  yellowWithinDays: Scalars['Int']['output'];
};

/** 受监察的时限 / which duty a clock watches. */
export type ClockKind =
  /** 办结期限(第四十二条) / the case's deadline (Art. 42) */
  | 'DEADLINE'
  /** 上报件本级初审并上报(第四十三条) / an escalated case's preliminary review and forward (Art. 43) */
  | 'FORWARD'
  /** 证照10个工作日内送达(第四十四条) / the licence within 10 working days of the decision (Art. 44) */
  | 'LICENCE'
  /** 一次性告知5个工作日(第三十二条) / the one-time notice within 5 working days of receipt (Art. 32) */
  | 'NOTICE';

/** 投诉 / a complaint. */
export type Complaint = {
  __typename?: 'Complaint';
  /** 投诉对象 / against */
  against: ComplaintTarget;
  /** 承办人 / assigned to */
  assignedTo?: Maybe<Scalars['String']['output']>;
  /** 办件 / case complained about */
  case?: Maybe<Case>;
  /** 中心 / centre */
  centre: Centre;
  /** 渠道 / channel */
  channel: ComplaintChannel;
  /** 办结日期 / closed on */
  closedOn?: Maybe<Scalars['String']['output']>;
  /** 投诉人(本中心监察人员可见) / complainant's name (the centre's supervisors only) */
  complainantName?: Maybe<Scalars['String']['output']>;
  /** 内容 / content */
  content: Scalars['String']['output'];
  /** 办理期限 / handling due on */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** 投诉人反馈 / feedback */
  feedback?: Maybe<ComplaintFeedback>;
  /** 反馈说明 / feedback note */
  feedbackNote?: Maybe<Scalars['String']['output']>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 灯(未答复时) / light while unanswered */
  light?: Maybe<Light>;
  /** 工作人员 / person complained about */
  person?: Maybe<Scalars['String']['output']>;
  /** 登记日期 / received on */
  receivedOn: Scalars['String']['output'];
  /** 答复日期 / replied on */
  repliedOn?: Maybe<Scalars['String']['output']>;
  /** 答复 / reply */
  reply?: Maybe<Scalars['String']['output']>;
  /** 状态 / state */
  state: ComplaintState;
  /** 窗口 / window complained about */
  windowId?: Maybe<Scalars['String']['output']>;
};

/** 投诉渠道 / where a complaint came in. */
export type ComplaintChannel =
  /** 投诉箱 / the complaint box */
  | 'BOX'
  /** 当面投诉 / in person */
  | 'IN_PERSON'
  /** 网上投诉 / online */
  | 'ONLINE'
  /** 投诉电话 / the complaint phone line */
  | 'PHONE';

/** 投诉人反馈 / the complainant's feedback on the reply. */
export type ComplaintFeedback =
  /** 满意 / satisfied */
  | 'SATISFIED'
  /** 不满意 / unsatisfied */
  | 'UNSATISFIED';

/** 投诉操作结果 / result of a complaint step. */
export type ComplaintPayload = {
  __typename?: 'ComplaintPayload';
  /** 投诉 / the complaint */
  complaint?: Maybe<Complaint>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
};

/** 投诉办理状态 / state of a complaint. */
export type ComplaintState =
  /** 已交办 / assigned */
  | 'ASSIGNED'
  /** 已办结(含投诉人反馈) / closed with the complainant's feedback */
  | 'CLOSED'
  /** 已登记 / recorded */
  | 'RECEIVED'
  /** 已答复 / replied */
  | 'REPLIED';

/** 投诉对象 / what a complaint is against. */
export type ComplaintTarget =
  /** 办件 / a case */
  | 'CASE'
  /** 工作人员 / a member of staff */
  | 'PERSON'
  /** 窗口 / a window */
  | 'WINDOW';

/** 咨询投诉 / consultation and complaint contacts. */
export type Contacts = {
  __typename?: 'Contacts';
  /** 投诉电话 / complaint phone */
  complaintPhone: Scalars['String']['output'];
  /** 咨询电话 / consultation phone */
  consultationPhone: Scalars['String']['output'];
};

/** 盘点金额(输入) / what was counted for one payment method. */
export type CountInput = {
  /** 盘点金额(分) / counted, in fen */
  countedFen: Scalars['Int']['input'];
  /** 支付方式 / method */
  method: PaymentMethod;
};

/** 盘点结果 / result of recording a count: the day's reconciliation of the clerk's centre. */
export type CountPayload = {
  __typename?: 'CountPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 对账 / the reconciliation after the count */
  reconciliation?: Maybe<ChargeReconciliation>;
};

/** 载入节假日安排后重新计算期限的结果 / what loading a year's arrangement recomputed. */
export type DeadlineRecomputation = {
  __typename?: 'DeadlineRecomputation';
  /** 已告知申请人的办件数(办结期限或证照送达期限变动) / cases whose applicant was told (their own deadline or licence date moved) */
  applicantsNotified: Scalars['Int']['output'];
  /** 期限有变动的办件数(均已记入办件历史) / cases with a date moved (each has a history entry) */
  changed: Scalars['Int']['output'];
  /** 期限跨入该年的在办件数 / open cases whose clocks run into the year */
  examined: Scalars['Int']['output'];
};

/** 审批决定(输入) / decision, as input. */
export type DecideInput = {
  /** 同时制发证照 / issue the licence with the approval */
  licence?: InputMaybe<LicenceTermsInput>;
  outcome: DecisionOutcome;
  /** 理由(不予许可时必填) / reasons; required for a refusal */
  reasons?: InputMaybe<Scalars['String']['input']>;
};

/** 审批结果 / outcome of a decision. */
export type DecisionOutcome =
  /** 准予许可 / approved */
  | 'APPROVED'
  /** 不予许可 / refused, with reasons */
  | 'REFUSED';

/** 进驻部门 / an entering department. */
export type Department = {
  __typename?: 'Department';
  /** 事项编码前缀 / prefix of its item codes */
  codePrefix: Scalars['String']['output'];
  /** 部门标识 / id, as in config/departments.json */
  id: Scalars['ID']['output'];
  /** 部门名称 / name */
  name: Scalars['String']['output'];
  /** 简称 / short name */
  short: Scalars['String']['output'];
};

/** 行政区划类别 / kind of administrative division the centre serves. */
export type DivisionType =
  /** 设区的市 / prefecture-level city */
  | 'CITY'
  /** 县级市 / county-level city */
  | 'COUNTY_CITY'
  /** 市辖区 / district */
  | 'DISTRICT'
  /** 街道 / street */
  | 'STREET'
  /** 镇 / town */
  | 'TOWN';

/** 导出文件 / an exported file. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** 内容(base64) / content, base64 */
  base64: Scalars['String']['output'];
  /** MIME 类型 / content type */
  contentType: Scalars['String']['output'];
  /** 文件名 / file name */
  filename: Scalars['String']['output'];
};

/** 导出格式 / export format. */
export type ExportFormat =
  /** CSV(UTF-8,含BOM) / CSV, UTF-8 with BOM */
  | 'CSV'
  /** Excel 工作簿 / spreadsheet (xlsx) */
  | 'XLSX';

/** 延长期限(输入) / extension, as input. */
export type ExtendInput = {
  /** 延长的工作日 / working days */
  days: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

/** 收费计算方式 / how a fee standard is computed. */
export type FeeRule =
  /** 固定金额 / fixed amount */
  | 'FIXED'
  /** 按面积(平方米) / per square metre */
  | 'PER_AREA'
  /** 按件(份) / per copy */
  | 'PER_COPY';

/** 收费标准 / a fee standard, with its legal basis (《行政许可法》第五十八、五十九条). */
export type FeeStandard = {
  __typename?: 'FeeStandard';
  /** 单价,单位:分 / unit amount in fen */
  amountFen: Scalars['Int']['output'];
  /** 收费项目编码 / code of the fee standard within the item */
  code: Scalars['String']['output'];
  /** 收费部门(联办事项的协办部门;为空即本事项所属部门) / department the fee belongs to in a joint item; empty means the item's own department */
  departmentId?: Maybe<Scalars['String']['output']>;
  /** 互斥组:同组的收费标准只能收取其一(如住宅类与非住宅类登记费) / exclusivity group: at most one standard of a group goes on a bill */
  exclusiveGroup?: Maybe<Scalars['String']['output']>;
  /** 收费依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 收费项目名称 / name */
  name: Scalars['String']['output'];
  /** 减免规定(如有) / reductions or exemptions the standard defines */
  reductions?: Maybe<Scalars['String']['output']>;
  /** 计算方式 / rule */
  rule: FeeRule;
  /** 计量单位(按件、按平方米时) / unit for per-copy and per-area rules */
  unit?: Maybe<Scalars['String']['output']>;
};

/** 输入错误 / a refusal of input, naming the field; nothing was written. */
export type FieldError = {
  __typename?: 'FieldError';
  /** 稳定的错误代码 / stable code, e.g. PROMISED_EXCEEDS_STATUTORY */
  code: Scalars['String']['output'];
  /** 字段路径 / path of the field, e.g. fees.0.amountFen */
  field?: Maybe<Scalars['String']['output']>;
  /** 在导入文件中的位置(从0起) / position in the imported file, from 0 */
  index?: Maybe<Scalars['Int']['output']>;
  /** 涉及的事项编码(批量导入时) / item code, in a bulk import */
  itemCode?: Maybe<Scalars['String']['output']>;
  /** 中文说明 / message in Chinese naming the field */
  message: Scalars['String']['output'];
};

/** 登记投诉(输入) / recording a complaint. */
export type FileComplaintInput = {
  /** 投诉对象 / against */
  against: ComplaintTarget;
  /** 办件编号 / case number (against CASE) */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** 中心 / centre */
  centreId: Scalars['ID']['input'];
  /** 渠道 / channel */
  channel: ComplaintChannel;
  /** 投诉人 / complainant's name */
  complainantName?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 / complainant's phone */
  complainantPhone?: InputMaybe<Scalars['String']['input']>;
  /** 内容 / content */
  content: Scalars['String']['input'];
  /** 工作人员 / person (against PERSON) */
  person?: InputMaybe<Scalars['String']['input']>;
  /** 窗口 / window (against WINDOW) */
  windowId?: InputMaybe<Scalars['ID']['input']>;
};

/** 上报(输入) / forwarding, as input. */
export type ForwardInput = {
  /** 初审意见 / the preliminary review's opinion */
  opinion: Scalars['String']['input'];
};

/** 办事指南 / the public guide of an item at a centre: everything a person needs before coming. */
export type Guide = {
  __typename?: 'Guide';
  /** 是否提供代办 / agency available */
  agentServiceAvailable: Scalars['Boolean']['output'];
  /** 是否可预约 / appointments available */
  appointmentAvailable: Scalars['Boolean']['output'];
  /** 窗口授权 / authority of the windows here */
  authority: Authority;
  /** 办理中心 / the centre */
  centre: Centre;
  /** 决定机关所在中心(上报件) / the centre that decides, for an escalated item */
  decidedAt?: Maybe<Centre>;
  /** 上报件:本中心受理、初审,上级中心决定 / escalated: accepted here, decided at a higher tier */
  escalated: Scalars['Boolean']['output'];
  /** 现行有效的版本 / the version in force */
  item: ItemVersionSnapshot;
  /** 受理窗口 / windows that accept it */
  windows: Array<Window>;
};

/** 办事指南的一页 / a page of guides. */
export type GuideConnection = {
  __typename?: 'GuideConnection';
  /** 本页 / this page */
  nodes: Array<Guide>;
  /** 分页 / paging */
  pageInfo: PageInfo;
  /** 符合条件的总数 / total matches */
  totalCount: Scalars['Int']['output'];
};

/** 按办理类型的件数 / cases by handling regime. */
export type HandlingFigures = {
  __typename?: 'HandlingFigures';
  /** 受理 / accepted */
  accepted: Scalars['Int']['output'];
  /** 办结 / concluded */
  concluded: Scalars['Int']['output'];
  /** 办理类型 / regime */
  handling: HandlingType;
};

/** 办理类型(六制) / handling regime. */
export type HandlingType =
  /** 上报件(上报办理制) / escalated: accepted here, decided at a higher tier */
  | 'ESCALATED'
  /** 即办件(直接办理制) / immediate: decided on the spot or the same working day */
  | 'IMMEDIATE'
  /** 联办件(联合办理制) / joint: two or more departments under one lead window */
  | 'JOINT'
  /** 承诺件(承诺办理制) / promised: concluded within the promised working days */
  | 'PROMISED';

/** 办件当前在谁手中 / who holds the case now. */
export type HolderKind =
  /** 审批部门 / the deciding department's approvers */
  | 'DEPARTMENT'
  /** 受理窗口(经办人) / the accepting window and its clerk */
  | 'WINDOW';

/** 办件当前由谁办理 / who holds the case now. */
export type HoldingWindow = {
  __typename?: 'HoldingWindow';
  /** 中心 / centre */
  centre: Centre;
  /** 窗口 / window */
  window: Window;
};

/** 节假日安排(某年) / the holiday arrangement of one year. */
export type HolidayYear = {
  __typename?: 'HolidayYear';
  /** 法定节假日 / holidays */
  holidays: Array<Scalars['String']['output']>;
  /** 调休上班日 / make-up working days */
  makeUpWorkdays: Array<Scalars['String']['output']>;
  /** 载入后重新计算的结果(仅载入时返回) / what loading it recomputed (only in loadHolidayYear's answer) */
  recomputation?: Maybe<DeadlineRecomputation>;
  /** 来源(国务院办公厅通知) / source: the State Council notice */
  source: Scalars['String']['output'];
  /** 年份 / year */
  year: Scalars['Int']['output'];
};

/** 收件受理(输入) / intake at a window. */
export type IntakeInput = {
  /** 代办员 / agent */
  agentId?: InputMaybe<Scalars['ID']['input']>;
  /** 申请人 / applicant */
  applicant: ApplicantInput;
  /** 幂等键:重试返回首次结果 / idempotency key: a retry returns the first result */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 事项编码 / item code */
  itemCode: Scalars['ID']['input'];
  /** 材料核验 / checklist */
  materials: Array<MaterialCheckInput>;
  /** 收件日期,缺省为今天 / received on; default today */
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  /** 是否当场审查,缺省为是 / review now; default yes */
  reviewNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** 窗口 / window */
  windowId: Scalars['ID']['input'];
};

/** 事项 / item. The department that publishes it owns its content; the centre owns where it is stationed. */
export type Item = {
  /** 事项编码 / stable code */
  code: Scalars['ID']['output'];
  /** 该事项在各中心窗口的进驻情况 / where the item is stationed */
  stationings: Array<Stationing>;
};

/** 事项实施清单的内容(某一版本) / the content of one version of an item's implementation list. */
export type ItemContent = {
  __typename?: 'ItemContent';
  /** 可受理的层级 / tiers that may accept */
  acceptingTiers: Array<Tier>;
  /** 救济途径 / appeal routes */
  appeal: AppealRoutes;
  /** 不计入时限的特别程序 / special procedures that stop the clock */
  clockStoppingProcedures: Array<SpecialProcedure>;
  /** 联办协办部门 / co-departments of a joint item */
  coDepartments: Array<Scalars['String']['output']>;
  /** 事项编码 / code */
  code: Scalars['ID']['output'];
  /** 申报条件 / acceptance conditions */
  conditions: Array<Scalars['String']['output']>;
  /** 咨询投诉 / contacts */
  contacts: Contacts;
  /** 决定层级 / tier that decides */
  decidingTier: Tier;
  /** 收费标准;为空即不收费 / fee standards; empty means free of charge */
  fees: Array<FeeStandard>;
  /** 默认办理类型 / default handling regime */
  handling: HandlingType;
  /** 事项类型 / kind */
  kind: ItemKind;
  /** 设定依据 / legal basis */
  legalBasis: Scalars['String']['output'];
  /** 申报材料 / materials */
  materials: Array<Material>;
  /** 事项名称 / name */
  name: Scalars['String']['output'];
  /** 承诺期限(工作日) / promised limit in working days */
  promisedDays: Scalars['Int']['output'];
  /** 初审时限(上报件,工作日;缺省为20,《行政许可法》第四十三条) / preliminary review limit of an escalated item (Art. 43: at most 20) */
  reviewDays?: Maybe<Scalars['Int']['output']>;
  /** 法定期限(工作日) / statutory limit in working days */
  statutoryDays: Scalars['Int']['output'];
  /** 法定期限依据:法定期限超过20个工作日(联办45个)时规定该期限的法律、法规条款(《行政许可法》第四十二条) / the law or regulation setting a statutory limit above Art. 42's default */
  statutoryDaysBasis?: Maybe<Scalars['String']['output']>;
  /** 办事程序 / procedure steps */
  steps: Array<ProcedureStep>;
};

/** 事项类型 / kind of item. */
export type ItemKind =
  /** 行政许可 / administrative licence */
  | 'ADMINISTRATIVE_LICENCE'
  /** 证照办理 / certificate or licence issuing */
  | 'CERTIFICATE'
  /** 委托受理 / accepted on behalf of another body */
  | 'ENTRUSTED_ACCEPTANCE'
  /** 非行政许可审批 / non-licence approval */
  | 'NON_LICENCE_APPROVAL'
  /** 公共服务(便民服务) / public service */
  | 'PUBLIC_SERVICE';

/** 中心副本中的事项版本 / an item version as the centre's replica holds it. */
export type ItemVersionSnapshot = {
  __typename?: 'ItemVersionSnapshot';
  /** 事项编码 / code */
  code: Scalars['ID']['output'];
  /** 内容 / content */
  content: ItemContent;
  /** 发布部门 / publishing department */
  department: Department;
  /** 生效日期 / effective date */
  effectiveFrom: Scalars['String']['output'];
  /** 版本号 / version */
  version: Scalars['Int']['output'];
};

/** 事项版本状态 / lifecycle state of an item version. */
export type ItemVersionStatus =
  /** 已取消 / cancelled from its effective date */
  | 'CANCELLED'
  /** 草稿 / draft */
  | 'DRAFT'
  /** 已发布,现行有效 / published and in force */
  | 'PUBLISHED'
  /** 已发布,尚未生效 / published, takes effect on its effective date */
  | 'SCHEDULED'
  /** 已被新版本取代 / superseded by a later version */
  | 'SUPERSEDED';

/** 收费台账记录(只增不改) / an entry of the centre's append-only charge ledger. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** 经办人 / recorded or requested by */
  actorId: Scalars['String']['output'];
  /** 金额(分,收款为正,作废退款为负) / signed amount in fen: positive for a payment, negative for a void or refund */
  amountFen: Scalars['Int']['output'];
  /** 审批人 / approved by */
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** 时间 / at */
  at: Scalars['String']['output'];
  /** 记账日期 / business date */
  businessDate: Scalars['String']['output'];
  /** 序号 / id */
  id: Scalars['ID']['output'];
  /** 类别 / kind */
  kind: LedgerEntryKind;
  /** 支付方式 / method */
  method: PaymentMethod;
  /** 支付平台流水号 / online payment reference */
  paymentReference?: Maybe<Scalars['String']['output']>;
  /** 原因 / reason of a void or refund */
  reason?: Maybe<Scalars['String']['output']>;
  /** 票据号(收款) / receipt number, for a payment */
  receiptNumber?: Maybe<Scalars['String']['output']>;
  /** 冲销的收款记录 / the payment a void or refund reverses */
  reverses?: Maybe<LedgerEntry>;
  /** 收费窗口 / charge window */
  window: Window;
};

/** 台账记录类别 / kind of ledger entry. */
export type LedgerEntryKind =
  /** 收款 / payment */
  | 'PAYMENT'
  /** 退款 / refund */
  | 'REFUND'
  /** 作废(当日,冲销整张票据) / void of a receipt, on its day */
  | 'VOID';

/** 证照 / the licence issued. */
export type LicenceInfo = {
  __typename?: 'LicenceInfo';
  /** 发证日期 / issued on */
  issuedOn: Scalars['String']['output'];
  /** 证照编号 / number */
  number: Scalars['String']['output'];
  /** 有效期起 / valid from */
  validFrom: Scalars['String']['output'];
  /** 有效期止 / valid until */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** 证照(输入) / licence terms. */
export type LicenceTermsInput = {
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['String']['input']>;
};

/** 红黄绿灯 / the light of a running clock. */
export type Light =
  /** 绿灯:正常 / green: in time */
  | 'GREEN'
  /** 红灯:已超期(报警) / red: overdue (alarm) */
  | 'RED'
  /** 黄灯:临近期限(预警) / yellow: the due date is near (warning) */
  | 'YELLOW';

/** 市场监督管理局的事项(由 market 子图提供内容) / item of market, content resolved by its own subgraph */
export type MarketItem = Item & {
  __typename?: 'MarketItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
};

/** 申报材料 / a material the applicant brings. */
export type Material = {
  __typename?: 'Material';
  /** 空白表格 / reference of the blank form */
  blankForm?: Maybe<Scalars['String']['output']>;
  /** 需提交的情形(非必须材料) / when a conditional material is needed */
  condition?: Maybe<Scalars['String']['output']>;
  /** 份数 / number of copies */
  copies: Scalars['Int']['output'];
  /** 是否接受电子材料 / whether an electronic submission is accepted */
  electronicAccepted: Scalars['Boolean']['output'];
  /** 原件或复印件 / original or copy */
  form: MaterialForm;
  /** 材料名称 / name */
  name: Scalars['String']['output'];
  /** 是否必须提交;为否时见 condition / whether always required */
  required: Scalars['Boolean']['output'];
  /** 示例样表 / reference of the sample form */
  sampleForm?: Maybe<Scalars['String']['output']>;
};

/** 材料核验 / one line of the materials checklist. */
export type MaterialCheck = {
  __typename?: 'MaterialCheck';
  /** 材料名称 / material */
  name: Scalars['String']['output'];
  /** 补正说明 / what to correct */
  note?: Maybe<Scalars['String']['output']>;
  /** 核验结果 / result */
  status: MaterialStatus;
};

/** 材料核验(输入) / one line of the checklist, as input. */
export type MaterialCheckInput = {
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: MaterialStatus;
};

/** 材料形式 / form in which a material is submitted. */
export type MaterialForm =
  /** 复印件 / copy */
  | 'COPY'
  /** 原件 / original */
  | 'ORIGINAL'
  /** 原件及复印件 / original and copy */
  | 'ORIGINAL_AND_COPY';

/** 材料核验结果 / result of checking one material. */
export type MaterialStatus =
  /** 需补正 / defective, to be corrected */
  | 'DEFECTIVE'
  /** 未提交 / missing */
  | 'MISSING'
  /** 不适用(非必须材料) / not applicable (conditional materials only) */
  | 'NOT_APPLICABLE'
  /** 已提交 / provided */
  | 'PROVIDED';

/** 按支付方式的合计 / the day's totals of one payment method. */
export type MethodTotals = {
  __typename?: 'MethodTotals';
  /** 实收(分) / collected, in fen */
  collectedFen: Scalars['Fen']['output'];
  /** 盘点金额(分,未盘点为0) / what the clerk counted, in fen; 0 when not counted */
  countedFen: Scalars['Fen']['output'];
  /** 差额:盘点减应存(分) / counted less expected, in fen */
  differenceFen: Scalars['Fen']['output'];
  /** 支付方式 / method */
  method: PaymentMethod;
  /** 应存:实收减作废、退款(分) / expected in hand: collected less voided and refunded, in fen */
  netFen: Scalars['Fen']['output'];
  /** 收款笔数 / payments */
  payments: Scalars['Int']['output'];
  /** 退款(分) / refunded, in fen */
  refundedFen: Scalars['Fen']['output'];
  /** 作废(分) / voided, in fen */
  voidedFen: Scalars['Fen']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 批准作废或退款(本中心管理员,非申请人) / approve a void or refund (the centre's manager, not the requester) */
  approveAdjustment: AdjustmentPayload;
  /** 上级中心考核乡镇中心建设标准 / assess a township centre against the annex (the tier above) */
  assessTownshipCentre: StandardAssessmentPayload;
  /** 交办投诉 / assign a complaint, with its handling deadline */
  assignComplaint: ComplaintPayload;
  /** 开具缴费通知(准予许可后,受理窗口) / issue a case's bill after approval (the case's window) */
  billCase: BillPayload;
  /** 收费窗口收款并开具票据 / take a payment at the charge window and issue the receipt */
  chargeBill: ChargePayload;
  /** 督办:牵头窗口催办某环节 / the lead window chases a part */
  chasePart: CasePayload;
  /** 办结投诉并记录投诉人反馈 / close a complaint with the complainant's feedback */
  closeComplaint: ComplaintPayload;
  /** 联办办结:各环节均已同意(牵头窗口) / conclude a joint case once every part approved (lead window) */
  concludeJointCase: CasePayload;
  /** 作出审批决定(部门审批人员或获授权窗口) / decide (department approver or a window authorised to decide) */
  decideCase: CasePayload;
  /** 联办环节决定(该环节部门审批人) / a department decides its part of a joint case */
  decidePart: CasePayload;
  /** 延长期限(负责人批准) / extend the deadline (approved by the head) */
  extendDeadline: CasePayload;
  /** 登记投诉 / record a complaint (the centre's supervisors and managers; anyone online) */
  fileComplaint: ComplaintPayload;
  /** 记录差评回访整改 / record the follow-up of an unsatisfied rating */
  followUpRating: RatingPayload;
  /** 上报:初审完毕,报送有权的上级中心(受理窗口) / forward an escalated case to the competent tier above (accepting window) */
  forwardCase: CasePayload;
  /** 送达:上级制发的证照在原受理窗口交付,办结 / hand over the licence issued upstairs at the accepting window, concluding the case */
  handOverCase: CasePayload;
  /** 收件受理:一门受理,当场审查 / intake at a window, usually reviewed on the spot */
  intakeCase: CasePayload;
  /** 制发证照并办结 / issue the licence and conclude */
  issueLicence: CasePayload;
  /** 载入某年节假日安排(市级中心管理员) / load a year's holiday arrangement (city centre manager) */
  loadHolidayYear: HolidayYear;
  /** 评价办件(公开,凭办件编号和查询码) / rate a concluded case (public, by case number and query code) */
  rateCase: RatingPayload;
  /** 记录代办员培训(中心管理员) / record an agent's training (centre manager) */
  recordAgentTraining: AgentPayload;
  /** 日终盘点:收费人员登记各支付方式的实点金额(可重新盘点,以最后一次为准) / record the day's count per method (charge clerk); a recount supersedes */
  recordCount: CountPayload;
  /** 不予受理 / not accepted */
  refuseToAccept: CasePayload;
  /** 登记代办员(中心管理员) / register an agent (centre manager) */
  registerAgent: AgentPayload;
  /** 登记持证上岗人员(中心管理员) / register certified staff (centre manager) */
  registerStaff: StaffPayload;
  /** 不予批准作废或退款 / reject a void or refund request */
  rejectAdjustment: AdjustmentPayload;
  /** 答复投诉 / reply to a complaint */
  replyToComplaint: ComplaintPayload;
  /** 申请作废票据或退款(收费人员) / request a void or refund (charge clerk) */
  requestAdjustment: AdjustmentPayload;
  /** 恢复计时 / resume the clock */
  resumeClock: CasePayload;
  /** 审查已接收的材料 / review the materials of a received case */
  reviewMaterials: CasePayload;
  /** 设置监察阈值与评分权重(中心管理员) / set the lights' thresholds and the ranking weights (centre manager) */
  setOversightSettings: OversightSettingsPayload;
  /** 进驻:在窗口受理某事项(中心管理员) / station an item at a window (centre manager) */
  stationItem: StationingPayload;
  /** 补正材料 / supplements after a one-time notice */
  supplementMaterials: CasePayload;
  /** 特别程序,暂停计时 / suspend the clock for a special procedure */
  suspendClock: CasePayload;
};


export type MutationApproveAdjustmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssessTownshipCentreArgs = {
  centreId: Scalars['ID']['input'];
  input: StandardAssessmentInput;
};


export type MutationAssignComplaintArgs = {
  assignee: Scalars['String']['input'];
  complaintId: Scalars['ID']['input'];
  handlingDays?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationBillCaseArgs = {
  caseId: Scalars['ID']['input'];
  lines: Array<BillLineInput>;
};


export type MutationChargeBillArgs = {
  input: ChargeInput;
};


export type MutationChasePartArgs = {
  message: Scalars['String']['input'];
  partId: Scalars['ID']['input'];
};


export type MutationCloseComplaintArgs = {
  complaintId: Scalars['ID']['input'];
  feedback: ComplaintFeedback;
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConcludeJointCaseArgs = {
  caseId: Scalars['ID']['input'];
  licence?: InputMaybe<LicenceTermsInput>;
};


export type MutationDecideCaseArgs = {
  caseId: Scalars['ID']['input'];
  input: DecideInput;
};


export type MutationDecidePartArgs = {
  input: PartDecisionInput;
  partId: Scalars['ID']['input'];
};


export type MutationExtendDeadlineArgs = {
  caseId: Scalars['ID']['input'];
  input: ExtendInput;
};


export type MutationFileComplaintArgs = {
  input: FileComplaintInput;
};


export type MutationFollowUpRatingArgs = {
  followUp: Scalars['String']['input'];
  ratingId: Scalars['ID']['input'];
  rectified: Scalars['Boolean']['input'];
};


export type MutationForwardCaseArgs = {
  caseId: Scalars['ID']['input'];
  input: ForwardInput;
};


export type MutationHandOverCaseArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationIntakeCaseArgs = {
  input: IntakeInput;
};


export type MutationIssueLicenceArgs = {
  caseId: Scalars['ID']['input'];
  input?: InputMaybe<LicenceTermsInput>;
};


export type MutationLoadHolidayYearArgs = {
  document: Scalars['String']['input'];
};


export type MutationRateCaseArgs = {
  caseNumber: Scalars['String']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  level: RatingLevel;
  queryCode: Scalars['String']['input'];
};


export type MutationRecordAgentTrainingArgs = {
  agentId: Scalars['ID']['input'];
  training: AgentTrainingInput;
};


export type MutationRecordCountArgs = {
  counts: Array<CountInput>;
  date: Scalars['String']['input'];
};


export type MutationRefuseToAcceptArgs = {
  caseId: Scalars['ID']['input'];
  input: RefuseToAcceptInput;
};


export type MutationRegisterAgentArgs = {
  centreId: Scalars['ID']['input'];
  input: RegisterAgentInput;
};


export type MutationRegisterStaffArgs = {
  centreId: Scalars['ID']['input'];
  input: RegisterStaffInput;
};


export type MutationRejectAdjustmentArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationReplyToComplaintArgs = {
  complaintId: Scalars['ID']['input'];
  reply: Scalars['String']['input'];
};


export type MutationRequestAdjustmentArgs = {
  input: AdjustmentInput;
};


export type MutationResumeClockArgs = {
  caseId: Scalars['ID']['input'];
  partId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationReviewMaterialsArgs = {
  caseId: Scalars['ID']['input'];
  materials: Array<MaterialCheckInput>;
};


export type MutationSetOversightSettingsArgs = {
  centreId: Scalars['ID']['input'];
  input: OversightSettingsInput;
};


export type MutationStationItemArgs = {
  input: StationItemInput;
};


export type MutationSupplementMaterialsArgs = {
  caseId: Scalars['ID']['input'];
  materials: Array<MaterialCheckInput>;
};


export type MutationSuspendClockArgs = {
  caseId: Scalars['ID']['input'];
  input: SuspendInput;
};

/** 不予受理的情形 / ground for not accepting. */
export type NonAcceptanceGround =
  /** 依法不需要取得行政许可 / not a licence matter */
  | 'NOT_LICENCE_MATTER'
  /** 不属于本机关职权范围 / outside this body's competence */
  | 'OUTSIDE_COMPETENCE';

/** 书面通知 / a written notice, printable as a PDF. */
export type Notice = {
  __typename?: 'Notice';
  /** 称谓(申请人姓名) / the addressee as the PDF prints it, e.g. 张三: */
  addressee?: Maybe<Scalars['String']['output']>;
  /** 结尾段落(列于列表之后,与 PDF 相同;亦含在 paragraphs 末尾) / the closing paragraphs, printed after the lists as in the PDF; also the last of `paragraphs` */
  closing: Array<Scalars['String']['output']>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 日期 / date */
  issuedOn: Scalars['String']['output'];
  /** 类别 / kind */
  kind: NoticeKind;
  /** 列表(如需补正的材料) / the lists, e.g. the materials to supplement */
  lists: Array<NoticeList>;
  /** 文书编号 / number */
  number: Scalars['String']['output'];
  /** 正文段落(供屏幕预览) / the body paragraphs, for an on-screen preview */
  paragraphs: Array<Scalars['String']['output']>;
  /** PDF 文件(base64);请优先使用下载地址 / the PDF, base64-encoded; prefer url */
  pdfBase64: Scalars['String']['output'];
  /** 标题 / title */
  title: Scalars['String']['output'];
  /** PDF 下载地址(网关同源,15分钟内有效) / a download link for the PDF on the gateway's origin, valid for 15 minutes */
  url: Scalars['String']['output'];
};

/** 书面通知类别 / kind of written notice. */
export type NoticeKind =
  /** 受理通知书 / acceptance receipt */
  | 'ACCEPTANCE_RECEIPT'
  /** 延长审批期限告知书 / extension notice */
  | 'EXTENSION'
  /** 不予受理通知书 / non-acceptance notice */
  | 'NON_ACCEPTANCE'
  /** 一次性告知书 / one-time notice of everything lacking */
  | 'ONE_TIME_NOTICE'
  /** 不予行政许可决定书 / refusal decision */
  | 'REFUSAL_DECISION'
  /** 特别程序告知书 / suspension notice */
  | 'SUSPENSION';

/** 通知中的列表 / a list within a notice. */
export type NoticeList = {
  __typename?: 'NoticeList';
  /** 标题 / heading */
  heading: Scalars['String']['output'];
  /** 条目 / items */
  items: Array<Scalars['String']['output']>;
};

/** 提醒通知 / a notification of the applicant, per channel. */
export type Notification = {
  __typename?: 'Notification';
  /** 投递次数 / delivery attempts */
  attempts: Scalars['Int']['output'];
  /** 渠道 / channel: OUTBOX, SMS … */
  channel: Scalars['String']['output'];
  /** 创建时间 / created at */
  createdAt: Scalars['String']['output'];
  /** 送达时间 / delivered at */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** 事件 / event, e.g. ACCEPTED, SUSPENDED */
  event: Scalars['String']['output'];
  /** 最近一次失败原因 / last delivery error */
  lastError?: Maybe<Scalars['String']['output']>;
  /** 内容 / text */
  message: Scalars['String']['output'];
  /** 状态 / PENDING or DELIVERED */
  status: Scalars['String']['output'];
};

/** 中心的监察设置 / a centre's oversight settings. */
export type OversightSettings = {
  __typename?: 'OversightSettings';
  /** 中心 / centre */
  centreId: Scalars['ID']['output'];
  /** 投诉办理时限(工作日) / working days to handle a complaint */
  complaintDays: Scalars['Int']['output'];
  /** 差评整改时限(工作日) / working days to follow up an unsatisfied rating */
  rectifyDays: Scalars['Int']['output'];
  /** 考核评分权重 / ranking weights */
  scoring: ScoringWeights;
  /** 期限前N个工作日亮黄灯 / yellow this many working days before the due date */
  yellowDays?: Maybe<Scalars['Int']['output']>;
  /** 时限最后百分之N亮黄灯 / yellow in the last N percent of the limit */
  yellowSharePercent?: Maybe<Scalars['Int']['output']>;
};

/** 监察设置(输入,中心管理员) / oversight settings, as the centre manager sets them. Give yellowDays or yellowSharePercent, not both. */
export type OversightSettingsInput = {
  /** 投诉办理时限(工作日) / complaint handling days */
  complaintDays?: InputMaybe<Scalars['Int']['input']>;
  /** 差评整改时限(工作日) / rectification days of unsatisfied ratings */
  rectifyDays?: InputMaybe<Scalars['Int']['input']>;
  /** 考核评分权重 / ranking weights */
  scoring?: InputMaybe<ScoringWeightsInput>;
  /** 期限前N个工作日亮黄灯 / yellow N working days before the due date */
  yellowDays?: InputMaybe<Scalars['Int']['input']>;
  /** 时限最后百分之N亮黄灯(1-100) / yellow in the last N percent of the limit (1-100) */
  yellowSharePercent?: InputMaybe<Scalars['Int']['input']>;
};

/** 监察设置的结果 / result of setting oversight settings. */
export type OversightSettingsPayload = {
  __typename?: 'OversightSettingsPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 设置 / the settings */
  settings?: Maybe<OversightSettings>;
};

/** 分页信息 / page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一项的游标 / cursor of the last entry */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 / whether another page follows */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 环节决定(输入) / a department's decision on its part. */
export type PartDecisionInput = {
  outcome: DecisionOutcome;
  /** 理由(不同意时必填) / reasons; required for a refusal */
  reasons?: InputMaybe<Scalars['String']['input']>;
};

/** 办件环节类别 / kind of part of a case. */
export type PartKind =
  /** 上报件的上级审批决定环节 / the competent upper tier's decision on an escalated case */
  | 'DECISION'
  /** 联办协办部门环节 / a co-department's part of a joint case */
  | 'JOINT_CO'
  /** 联办牵头部门环节 / the lead department's part of a joint case */
  | 'JOINT_LEAD'
  /** 上报件的本级初审环节(第四十三条) / the accepting tier's preliminary review of an escalated case (Art. 43) */
  | 'REVIEW';

/** 办件环节状态 / state of a part. */
export type PartState =
  /** 同意 / approved */
  | 'APPROVED'
  /** 终止(他部门不予许可) / closed because another part refused */
  | 'CLOSED'
  /** 已上报 / forwarded to the tier above */
  | 'FORWARDED'
  /** 办理中 / in progress */
  | 'OPEN'
  /** 不同意 / refused */
  | 'REFUSED'
  /** 特别程序中,暂停计时 / suspended for a special procedure */
  | 'SUSPENDED';

/** 支付方式 / how a payment was made. */
export type PaymentMethod =
  /** 银行卡 / bank card */
  | 'BANK_CARD'
  /** 现金 / cash */
  | 'CASH'
  /** 网上支付(须有支付平台流水号) / online payment, with the platform's reference */
  | 'ONLINE';

/** 统计周期 / a period of a bulletin. */
export type PeriodInput = {
  /** 类别 / kind */
  kind: PeriodKind;
  /** 月(1-12)或季(1-4);年度不填 / month 1-12 or quarter 1-4; none for a year */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** 年 / year */
  year: Scalars['Int']['input'];
};

/** 统计周期类别 / kind of period. */
export type PeriodKind =
  /** 月 / month */
  | 'MONTH'
  /** 季 / quarter */
  | 'QUARTER'
  /** 年 / year */
  | 'YEAR';

/** 一次查看个人信息全文的记录 / one reading of an applicant's unmasked personal data. */
export type PersonalDataRead = {
  __typename?: 'PersonalDataRead';
  /** 查看人工号 / who read it */
  actorId: Scalars['ID']['output'];
  /** 查看人角色 / their role */
  actorRole: Scalars['String']['output'];
  /** 办件编号 / the case's number */
  caseNumber: Scalars['String']['output'];
  /** 查看人所在部门 / their department, if any */
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** 查看的项目(证件号码、联系电话) / which fields were read in full */
  fields: Array<Scalars['String']['output']>;
  /** 记录标识 / id */
  id: Scalars['ID']['output'];
  /** 查看时间 / when (instant) */
  readAt: Scalars['String']['output'];
  /** 查看人所在窗口 / their window, if any */
  windowId?: Maybe<Scalars['ID']['output']>;
};

/** 自然资源和规划局的事项(由 planning 子图提供内容) / item of planning, content resolved by its own subgraph */
export type PlanningItem = Item & {
  __typename?: 'PlanningItem';
  code: Scalars['ID']['output'];
  stationings: Array<Stationing>;
};

/** 办事程序中的一步(服务流程图) / one ordered step of the procedure (the flowchart). */
export type ProcedureStep = {
  __typename?: 'ProcedureStep';
  /** 本环节时限(工作日),0 表示当场 / limit of this step in working days; 0 is on the spot */
  days: Scalars['Int']['output'];
  /** 环节名称 / name, e.g. 受理、审查、决定、送达 */
  name: Scalars['String']['output'];
  /** 序号 / position, from 1 */
  order: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 中心登记的代办员 / a centre's agents (its staff) */
  agents: Array<Agent>;
  /** 缴费通知(本中心收费及办件人员) / a bill, for the staff of its centre */
  bill?: Maybe<Bill>;
  /** 办件通报 / the bulletin of a period */
  bulletin: Bulletin;
  /** 导出通报(CSV 或 Excel) / the bulletin as CSV or a spreadsheet */
  bulletinExport: ExportFile;
  /** 办件(有权查看的工作人员) / a case, for staff entitled to see it */
  case?: Maybe<Case>;
  /** 按办件编号打开办件(本人可查看的) / a case by its number, if the caller may see it */
  caseByNumber?: Maybe<Case>;
  /** 办件进度查询(凭办件编号和查询码,公开) / status lookup by case number and query code (public) */
  caseStatus?: Maybe<CaseStatus>;
  /** 按编码查中心 / one centre by id */
  centre?: Maybe<Centre>;
  /** 中心列表,可按层级和上级筛选 / centres, filtered by tier and parent */
  centres: Array<Centre>;
  /** 日终对账:本中心及下级中心(收费人员、本级及上级中心管理员和监察人员) / daily reconciliation of a centre and the centres below it */
  chargeReconciliation: ChargeReconciliation;
  /** 红黄灯预警列表(按中心,可按部门、窗口筛选) / yellow and red clocks of a centre's scope, by department or window */
  clockAlerts: Array<ClockAlert>;
  /** 投诉(本中心及下级) / complaints of the centre and the tiers below */
  complaints: Array<Complaint>;
  /** 本部门待决定的办件(部门审批人):各中心本部门的已受理件、已上报至本级的上报件、本部门环节未办结的联办件,期限最近的在前 / the approver's queue: open cases of their department across centres awaiting its decision (accepted single-department cases, escalated cases forwarded up, joint cases with an open part of the department), soonest deadline first */
  departmentQueue: Array<Case>;
  /** 进驻部门 / entering departments */
  departments: Array<Department>;
  /** 办事指南(公开,由中心副本提供,部门子图停机时仍可用) / the public guide of an item at a centre, served from the centre's replica */
  guide?: Maybe<Guide>;
  /** 某年节假日安排 / the holiday arrangement of a year */
  holidayYear?: Maybe<HolidayYear>;
  /** 各中心红黄灯数(本中心及下级,可按部门、窗口筛选) / yellow and red counts per centre of the scope, optionally of one department or window */
  lightCounts: Array<CentreLights>;
  /** 当前调用者 / the verified caller */
  me: Actor;
  /** 代办员受托的全部办件及其时钟(代办员本人) / every case entrusted to the calling agent, with its clock */
  myEntrustedCases: Array<Case>;
  /** 本人的提醒:窗口工作人员看本窗口,部门审批人看本部门,中心管理员看本中心 / my reminders: a clerk's window, an approver's department, a manager's centre */
  myReminders: Array<StaffReminder>;
  /**
   * 提示服务(市级中心管理员):每年11月1日起,次年节假日安排尚未载入时提醒载入,并说明暂定期限数;其他情况为空
   * / for the city centre's managers: from 1 November, while next year's arrangement is not loaded, a reminder to load it
   */
  nextHolidayYearReminder?: Maybe<Scalars['String']['output']>;
  /** 中心的监察设置 / a centre's oversight settings */
  oversightSettings: OversightSettings;
  /** 待审批的作废和退款申请(中心管理员) / pending void and refund requests of a centre (its manager) */
  pendingAdjustments: Array<ChargeAdjustment>;
  /** 个人信息查看记录(本中心监督人员,最近的在前) / readings of unmasked personal data at a centre, newest first (its supervisors) */
  personalDataReads: Array<PersonalDataRead>;
  /** 考核评比排名 / the ranking of a period */
  ranking: Array<RankingEntry>;
  /** 好差评(本中心及下级) / ratings of the centre and the tiers below */
  ratings: Array<Rating>;
  /** 按票据号查票据(本中心) / a receipt of a centre by number */
  receipt?: Maybe<Receipt>;
  /** 办件检索:办件编号、申请人姓名或手机号码(精确匹配),仅返回本人可查看的办件,最新在前 / cases by number, or the applicant's exact name or mobile, only those the caller may see, newest first */
  searchCases: Array<Case>;
  /** 按关键词检索中心受理的事项(跨部门,分页) / search the items a centre accepts by keyword, across departments, paged */
  searchGuides: GuideConnection;
  /** 乡镇中心建设标准考核记录 / assessments of a township centre against the standard */
  standardAssessments: Array<StandardAssessment>;
  /** 本中心待缴费的缴费通知,开具早的在前(本中心收费人员和中心管理员) / the centre's unpaid bills, oldest first, for its charge clerks and manager */
  unpaidBills: Array<Bill>;
  /** 上级中心受理而本中心不受理的事项 / items the tiers above accept that this centre does not */
  upperTierItems: Array<UpperTierItem>;
  /** 违规记录(本中心及下级) / violations of the centre and the tiers below */
  violations: Array<Violation>;
  /** 窗口待办队列:按办结期限排序 / a window's queue of open cases, soonest deadline first */
  windowQueue: Array<Case>;
};


export type QueryAgentsArgs = {
  centreId: Scalars['ID']['input'];
};


export type QueryBillArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulletinArgs = {
  by: BulletinLevel;
  centreId: Scalars['ID']['input'];
  period: PeriodInput;
};


export type QueryBulletinExportArgs = {
  by: BulletinLevel;
  centreId: Scalars['ID']['input'];
  format: ExportFormat;
  period: PeriodInput;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseByNumberArgs = {
  caseNumber: Scalars['String']['input'];
};


export type QueryCaseStatusArgs = {
  caseNumber: Scalars['String']['input'];
  queryCode: Scalars['String']['input'];
};


export type QueryCentreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCentresArgs = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<Tier>;
};


export type QueryChargeReconciliationArgs = {
  centreId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
};


export type QueryClockAlertsArgs = {
  centreId: Scalars['ID']['input'];
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lights?: InputMaybe<Array<Light>>;
  windowId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryComplaintsArgs = {
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ComplaintState>;
};


export type QueryDepartmentQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGuideArgs = {
  centreId: Scalars['ID']['input'];
  itemCode: Scalars['ID']['input'];
};


export type QueryHolidayYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryLightCountsArgs = {
  centreId: Scalars['ID']['input'];
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  windowId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyEntrustedCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyRemindersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOversightSettingsArgs = {
  centreId: Scalars['ID']['input'];
};


export type QueryPendingAdjustmentsArgs = {
  centreId: Scalars['ID']['input'];
};


export type QueryPersonalDataReadsArgs = {
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRankingArgs = {
  by: BulletinLevel;
  centreId: Scalars['ID']['input'];
  period: PeriodInput;
};


export type QueryRatingsArgs = {
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  unsatisfiedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryReceiptArgs = {
  centreId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
};


export type QuerySearchCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySearchGuidesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStandardAssessmentsArgs = {
  centreId: Scalars['ID']['input'];
};


export type QueryUnpaidBillsArgs = {
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUpperTierItemsArgs = {
  centreId: Scalars['ID']['input'];
};


export type QueryViolationsArgs = {
  centreId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWindowQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  windowId: Scalars['ID']['input'];
};

/** 考核排名的一行 / one entry of a ranking. */
export type RankingEntry = {
  __typename?: 'RankingEntry';
  /** 指标 / figures (centres: with the tiers below) */
  figures: BulletinFigures;
  /** 对象标识 / id */
  key: Scalars['ID']['output'];
  /** 名称 / name */
  name: Scalars['String']['output'];
  /** 评分构成(无办件时为空) / parts; empty for one without cases */
  parts?: Maybe<ScoreParts>;
  /** 名次 / rank, 1 is best; empty for one without cases in the period (无办件), listed after the ranked */
  rank?: Maybe<Scalars['Int']['output']>;
  /** 得分 / score, 0-100; empty when nothing was accepted or concluded in the period (无办件): no work earns no score */
  score?: Maybe<Scalars['Float']['output']>;
};

/** 好差评 / the applicant's rating of a concluded case. */
export type Rating = {
  __typename?: 'Rating';
  /** 办件 / the case */
  case?: Maybe<Case>;
  /** 中心 / centre */
  centre: Centre;
  /** 评价内容 / comment */
  comment?: Maybe<Scalars['String']['output']>;
  /** 部门 / department */
  departmentId: Scalars['String']['output'];
  /** 回访整改情况 / follow-up recorded */
  followUp?: Maybe<Scalars['String']['output']>;
  /** 回访人 / followed up by */
  followedBy?: Maybe<Scalars['String']['output']>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 评价 / level */
  level: RatingLevel;
  /** 整改灯(差评未整改时) / light of the follow-up while open */
  light?: Maybe<Light>;
  /** 评价日期 / rated on */
  ratedOn: Scalars['String']['output'];
  /** 整改完成日期 / rectified on */
  rectifiedOn?: Maybe<Scalars['String']['output']>;
  /** 差评整改期限 / follow-up due on (unsatisfied ratings) */
  rectifyDue?: Maybe<Scalars['String']['output']>;
  /** 窗口 / window */
  windowId: Scalars['String']['output'];
};

/** 好差评五级 / the five national levels of a rating. */
export type RatingLevel =
  /** 基本满意 / basically satisfied */
  | 'BASICALLY_SATISFIED'
  /** 满意 / satisfied */
  | 'SATISFIED'
  /** 不满意 / unsatisfied */
  | 'UNSATISFIED'
  /** 非常满意 / very satisfied */
  | 'VERY_SATISFIED'
  /** 非常不满意 / very unsatisfied */
  | 'VERY_UNSATISFIED';

/** 评价构成 / the mix of ratings. */
export type RatingMix = {
  __typename?: 'RatingMix';
  /** 基本满意 / basically satisfied */
  basicallySatisfied: Scalars['Int']['output'];
  /** 满意 / satisfied */
  satisfied: Scalars['Int']['output'];
  /** 不满意 / unsatisfied */
  unsatisfied: Scalars['Int']['output'];
  /** 非常满意 / very satisfied */
  verySatisfied: Scalars['Int']['output'];
  /** 非常不满意 / very unsatisfied */
  veryUnsatisfied: Scalars['Int']['output'];
};

/** 评价结果 / result of rating a case. */
export type RatingPayload = {
  __typename?: 'RatingPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 评价 / the rating */
  rating?: Maybe<Rating>;
};

/** 收费票据 / a numbered receipt. */
export type Receipt = {
  __typename?: 'Receipt';
  /** 金额(分) / amount in fen */
  amountFen: Scalars['Int']['output'];
  /** 办件编号 / case number */
  caseNumber: Scalars['String']['output'];
  /** 收费中心 / centre */
  centre: Centre;
  /** 开具日期 / issued on */
  issuedOn: Scalars['String']['output'];
  /** 支付方式 / method */
  method: PaymentMethod;
  /** 票据号 / number */
  number: Scalars['String']['output'];
  /** 缴款人 / payer */
  payerName: Scalars['String']['output'];
  /** 可打印的票据(PDF, base64) / printable receipt, PDF in base64 */
  pdfBase64: Scalars['String']['output'];
  /** 已退款(分) / refunded so far, in fen */
  refundedFen: Scalars['Int']['output'];
  /** 是否已作废 / voided */
  voided: Scalars['Boolean']['output'];
};

/** 不予受理(输入) / not accepting, as input. */
export type RefuseToAcceptInput = {
  /** 有权机关(不属于本机关职权范围时) / the competent body */
  competentBody?: InputMaybe<Scalars['String']['input']>;
  ground: NonAcceptanceGround;
  reason: Scalars['String']['input'];
};

/** 代办员登记(输入) / registering an agent. */
export type RegisterAgentInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  trainings: Array<AgentTrainingInput>;
};

/** 登记持证人员(输入) / registering a certified member of staff. */
export type RegisterStaffInput = {
  /** 上岗证编号 / certificate number */
  certificateNumber: Scalars['String']['input'];
  /** 工号 / staff id */
  id: Scalars['ID']['input'];
  /** 姓名 / name */
  name: Scalars['String']['input'];
  /** 有效期起 / valid from (YYYY-MM-DD) */
  validFrom: Scalars['String']['input'];
  /** 有效期止 / valid until (YYYY-MM-DD) */
  validUntil: Scalars['String']['input'];
};

/** 提醒类别 / kind of staff reminder. */
export type ReminderKind =
  /** 临近期限(黄灯) / deadline near */
  | 'APPROACHING'
  /** 牵头窗口督办 / chased by the lead window */
  | 'CHASE'
  /** 已超期(红灯) / deadline passed */
  | 'OVERDUE';

/** 角色 / role of the calling actor. */
export type Role =
  /** 代办员 / agent */
  | 'AGENT'
  /** 部门事项目录发布员 / department catalogue publisher */
  | 'CATALOGUE_PUBLISHER'
  /** 中心管理员 / centre manager */
  | 'CENTRE_MANAGER'
  /** 收费窗口工作人员 / charge clerk */
  | 'CHARGE_CLERK'
  /** 部门审批人 / department approver */
  | 'DEPARTMENT_APPROVER'
  /** 公众 / the public, not signed in */
  | 'PUBLIC'
  /** 监察人员 / supervisor */
  | 'SUPERVISOR'
  /** 平台内部服务 / one of the platform's own services */
  | 'SYSTEM'
  /** 窗口工作人员 / window clerk */
  | 'WINDOW_CLERK';

/** 评分构成 / the parts of a score, each from 0 to 1. */
export type ScoreParts = {
  __typename?: 'ScoreParts';
  /** 按时办结率 / on-time */
  onTime: Scalars['Float']['output'];
  /** 满意度 / satisfaction */
  satisfaction: Scalars['Float']['output'];
  /** 提速 / speed */
  speed: Scalars['Float']['output'];
  /** 建设标准达标率(乡镇中心) / township standard met (township centres) */
  standard?: Maybe<Scalars['Float']['output']>;
};

/** 考核评分权重 / the weights of the ranking formula (see docs/oversight.md). */
export type ScoringWeights = {
  __typename?: 'ScoringWeights';
  /** 每件投诉扣分 / points off per complaint */
  complaintPenalty: Scalars['Float']['output'];
  /** 按时办结率权重 / weight of the on-time rate */
  onTime: Scalars['Float']['output'];
  /** 满意度权重 / weight of satisfaction */
  satisfaction: Scalars['Float']['output'];
  /** 提速权重 / weight of speed (working days used vs promised) */
  speed: Scalars['Float']['output'];
  /** 乡镇中心建设标准权重 / weight of the township standard (township centres only) */
  standard: Scalars['Float']['output'];
  /** 每件违规扣分 / points off per violation */
  violationPenalty: Scalars['Float']['output'];
};

/** 考核评分权重(输入) / ranking weights, as input. */
export type ScoringWeightsInput = {
  /** 每件投诉扣分 / points off per complaint */
  complaintPenalty: Scalars['Float']['input'];
  /** 按时办结率权重 / weight of the on-time rate */
  onTime: Scalars['Float']['input'];
  /** 满意度权重 / weight of satisfaction */
  satisfaction: Scalars['Float']['input'];
  /** 提速权重 / weight of speed */
  speed: Scalars['Float']['input'];
  /** 乡镇中心建设标准权重 / weight of the township standard */
  standard: Scalars['Float']['input'];
  /** 每件违规扣分 / points off per violation */
  violationPenalty: Scalars['Float']['input'];
};

/** 不计入办理时限的特别程序(《行政许可法》第四十五条) / special procedures that stop the clock (Art. 45). */
export type SpecialProcedure =
  /** 鉴定 / appraisal */
  | 'APPRAISAL'
  /** 拍卖 / auction */
  | 'AUCTION'
  /** 专家评审 / expert review */
  | 'EXPERT_REVIEW'
  /** 听证 / hearing */
  | 'HEARING'
  /** 检验 / inspection */
  | 'INSPECTION'
  /** 检疫 / quarantine */
  | 'QUARANTINE'
  /** 招标 / tendering */
  | 'TENDERING'
  /** 检测 / testing */
  | 'TESTING';

/** 持证上岗的工作人员 / a certified member of staff (挂牌上岗: name and certificate are public). */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** 上岗证编号 / certificate number */
  certificateNumber: Scalars['String']['output'];
  /** 今日证书是否有效 / whether the certificate is valid today */
  certified: Scalars['Boolean']['output'];
  /** 工号 / staff id */
  id: Scalars['ID']['output'];
  /** 姓名 / name */
  name: Scalars['String']['output'];
  /** 证书有效期起 / certificate valid from */
  validFrom: Scalars['String']['output'];
  /** 证书有效期止 / certificate valid until */
  validUntil: Scalars['String']['output'];
};

/** 登记结果 / result of registering staff. */
export type StaffPayload = {
  __typename?: 'StaffPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 工作人员 / the member of staff */
  staff?: Maybe<StaffMember>;
};

/** 工作人员提醒(提示服务) / a reminder for the staff handling or following a case. */
export type StaffReminder = {
  __typename?: 'StaffReminder';
  /** 办件 / case */
  case: Case;
  /** 日期 / created on */
  createdOn: Scalars['String']['output'];
  /** 期限 / the deadline concerned */
  deadline: Scalars['String']['output'];
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 类别 / kind */
  kind: ReminderKind;
  /** 内容 / text */
  message: Scalars['String']['output'];
  /** 环节 / part, if the reminder is about one */
  part?: Maybe<CasePart>;
  /** 接收方:HANDLER 办理窗口,LEAD 牵头(受理)窗口 / recipient: the handling window or the lead window */
  recipient: Scalars['String']['output'];
};

/** 乡镇(街道)中心建设标准考核 / an assessment of a township centre against the annex's standard. */
export type StandardAssessment = {
  __typename?: 'StandardAssessment';
  /** 考核人 / assessor */
  assessedBy: Scalars['String']['output'];
  /** 考核中心(上级) / assessed by (the tier above) */
  assessedByCentre: Centre;
  /** 考核日期 / assessed on */
  assessedOn: Scalars['String']['output'];
  /** 被考核中心 / the centre assessed */
  centre: Centre;
  /** 是否全部达标 / whether every criterion is met */
  compliant: Scalars['Boolean']['output'];
  /** 各项 / criteria */
  criteria: Array<StandardCriterion>;
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 备注 / note */
  note?: Maybe<Scalars['String']['output']>;
  /** 办公面积(平方米) / office area, m² */
  officeAreaM2: Scalars['Int']['output'];
  /** 达标率 / share of criteria met, 0-1 */
  shareMet: Scalars['Float']['output'];
};

/** 建设标准考核(输入) / an assessment, as input. */
export type StandardAssessmentInput = {
  /** 考核日期 / assessed on */
  assessedOn: Scalars['String']['input'];
  /** 除面积外的各项 / every criterion but the office area */
  criteria: Array<StandardCriterionInput>;
  /** 备注 / note */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 办公面积(平方米) / office area, m² */
  officeAreaM2: Scalars['Int']['input'];
};

/** 考核结果 / result of an assessment. */
export type StandardAssessmentPayload = {
  __typename?: 'StandardAssessmentPayload';
  /** 考核 / the assessment */
  assessment?: Maybe<StandardAssessment>;
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
};

/** 建设标准的一项 / one criterion of the township centre standard (附件). */
export type StandardCriterion = {
  __typename?: 'StandardCriterion';
  /** 代码 / code, e.g. OFFICE_AREA */
  code: Scalars['String']['output'];
  /** 证据 / evidence */
  evidence?: Maybe<Scalars['String']['output']>;
  /** 是否达标 / met */
  met: Scalars['Boolean']['output'];
  /** 名称 / name */
  name: Scalars['String']['output'];
};

/** 建设标准一项的考核(输入) / one criterion as assessed. */
export type StandardCriterionInput = {
  /** 代码 / code (see docs/oversight.md) */
  code: Scalars['String']['input'];
  /** 证据 / evidence */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** 是否达标 / met */
  met: Scalars['Boolean']['input'];
};

/** 进驻事项(输入) / stationing an item at a window. */
export type StationItemInput = {
  /** 是否可预约 / appointments available */
  appointmentAvailable?: InputMaybe<Scalars['Boolean']['input']>;
  /** 授权 / delegated authority */
  authority: Authority;
  /** 事项编码 / item code */
  itemCode: Scalars['ID']['input'];
  /** 同时安排到该窗口的持证人员 / certified staff to assign to the window as well */
  staffIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 窗口 / window */
  windowId: Scalars['ID']['input'];
};

/** 进驻 / an item stationed at a window of a centre, with the delegated authority. */
export type Stationing = {
  __typename?: 'Stationing';
  /** 是否可预约 / whether appointments can be booked */
  appointmentAvailable: Scalars['Boolean']['output'];
  /** 授权 / delegated authority */
  authority: Authority;
  /** 中心 / centre */
  centre: Centre;
  /** 事项;其部门系统暂不可用时为空 / item; null (with an error) while its department cannot be reached */
  item?: Maybe<Item>;
  /** 窗口 / window */
  window: Window;
};

/** 进驻结果 / result of stationing. */
export type StationingPayload = {
  __typename?: 'StationingPayload';
  /** 拒绝原因 / refusals */
  errors: Array<FieldError>;
  /** 进驻记录 / the stationing */
  stationing?: Maybe<Stationing>;
};

/** 办理进程 / one milestone of a case, as the applicant sees it. */
export type StatusMilestone = {
  __typename?: 'StatusMilestone';
  /** 说明 / what happened */
  description: Scalars['String']['output'];
  /** 日期 / date */
  on: Scalars['String']['output'];
};

/** 暂停计时(输入) / suspension, as input. */
export type SuspendInput = {
  /** 预计所需工作日 / expected working days */
  expectedDays: Scalars['Int']['input'];
  /** 联办件:暂停计时的部门环节 / the joint part whose clock stops (joint cases only) */
  partId?: InputMaybe<Scalars['ID']['input']>;
  procedure: SpecialProcedure;
  reason: Scalars['String']['input'];
};

/** 特别程序 / a suspension of the clock. */
export type Suspension = {
  __typename?: 'Suspension';
  /** 预计所需工作日 / expected working days told to the applicant */
  expectedDays: Scalars['Int']['output'];
  /** 暂停日 / suspended on */
  from: Scalars['String']['output'];
  /** 程序 / procedure */
  procedure: SpecialProcedure;
  /** 事由 / reason */
  reason: Scalars['String']['output'];
  /** 恢复日 / resumed on */
  to?: Maybe<Scalars['String']['output']>;
};

/** 行政服务中心的层级 / tier of a service centre. */
export type Tier =
  /** 市级 / city */
  | 'CITY'
  /** 市(县)区级 / district or county-level city */
  | 'COUNTY'
  /** 乡镇(街道)级 / township or street */
  | 'TOWNSHIP';

/** 上级中心受理的事项 / an item a tier above accepts, for the people of a township. */
export type UpperTierItem = {
  __typename?: 'UpperTierItem';
  /** 标记为上级办理 / marked as handled at a higher tier */
  escalated: Scalars['Boolean']['output'];
  /** 办理中心(最近的上级) / the nearest centre above that accepts it */
  handledAt: Centre;
  /** 现行有效的版本 / the version in force */
  item: ItemVersionSnapshot;
};

/** 违规行为(系统发现) / a violation the system detected (责任追究). */
export type Violation = {
  __typename?: 'Violation';
  /** 责任人 / the actor whose act was caught */
  actorId: Scalars['String']['output'];
  /** 责任人角色 / the actor's role */
  actorRole: Scalars['String']['output'];
  /** 办件 / the case, if any */
  case?: Maybe<Case>;
  /** 发生中心 / centre */
  centre: Centre;
  /** 发现时间 / detected at */
  detectedAt: Scalars['String']['output'];
  /** 证据(JSON) / evidence, as JSON */
  evidence: Scalars['String']['output'];
  /** 标识 / id */
  id: Scalars['ID']['output'];
  /** 类别,如 CONCLUDED_LATE、ADDED_CONDITION / kind, e.g. CONCLUDED_LATE, ADDED_CONDITION, FEE_OUTSIDE_STANDARD */
  kind: Scalars['String']['output'];
  /** 窗口 / window */
  windowId?: Maybe<Scalars['String']['output']>;
};

/** 窗口 / a counter in a centre. */
export type Window = {
  __typename?: 'Window';
  /** 所在中心 / centre */
  centre: Centre;
  /** 所属部门(部门窗口) / department of a department window */
  department?: Maybe<Department>;
  /** 窗口标识 / id */
  id: Scalars['ID']['output'];
  /**
   * 在本窗口进驻的事项 / items stationed at this window. An element is null (with an error on its path)
   * while the department that publishes it cannot be reached: the window and the other departments'
   * items still answer (issue 14, degrade, don't blank).
   */
  items: Array<Maybe<Item>>;
  /** 窗口类别 / kind */
  kind: WindowKind;
  /** 窗口名称 / name */
  name: Scalars['String']['output'];
  /** 窗口号 / number shown above the counter */
  number: Scalars['String']['output'];
  /** 在本窗口持证上岗的工作人员 / certified staff working at this window */
  staff: Array<StaffMember>;
  /** 进驻记录 / stationings at this window */
  stationings: Array<Stationing>;
};

/** 窗口类别 / kind of window. */
export type WindowKind =
  /** 收费窗口(扎口收费) / the centre's one charge window */
  | 'CHARGE'
  /** 综合窗口 / comprehensive window, accepting for several departments */
  | 'COMPREHENSIVE'
  /** 部门窗口 / a department's window */
  | 'DEPARTMENT';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  CivilAffairsItem: CivilAffairsItem;
  Item: Item;
  MarketItem: MarketItem;
  PlanningItem: PlanningItem;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  CivilAffairsItem:
    ( { __typename: 'CivilAffairsItem' }
    & GraphQLRecursivePick<FederationTypes['CivilAffairsItem'], {"code":true}> );
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"code":true}> );
  MarketItem:
    ( { __typename: 'MarketItem' }
    & GraphQLRecursivePick<FederationTypes['MarketItem'], {"code":true}> );
  PlanningItem:
    ( { __typename: 'PlanningItem' }
    & GraphQLRecursivePick<FederationTypes['PlanningItem'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<Actor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdjustmentInput: AdjustmentInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdjustmentKind: AdjustmentKind;
  AdjustmentPayload: ResolverTypeWrapper<Omit<AdjustmentPayload, 'adjustment'> & { adjustment?: Maybe<ResolversTypes['ChargeAdjustment']> }>;
  AdjustmentStatus: AdjustmentStatus;
  Agent: ResolverTypeWrapper<AgentRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgentPayload: ResolverTypeWrapper<Omit<AgentPayload, 'agent'> & { agent?: Maybe<ResolversTypes['Agent']> }>;
  AgentTraining: ResolverTypeWrapper<AgentTraining>;
  AgentTrainingInput: AgentTrainingInput;
  AppealRoutes: ResolverTypeWrapper<AppealRoutes>;
  Applicant: ResolverTypeWrapper<Applicant>;
  ApplicantInput: ApplicantInput;
  ApplicantKind: ApplicantKind;
  ApplicantMessage: ResolverTypeWrapper<ApplicantMessage>;
  Authority: Authority;
  Bill: ResolverTypeWrapper<BillRecord>;
  BillLine: ResolverTypeWrapper<BillLineRecord>;
  BillLineInput: BillLineInput;
  BillPayload: ResolverTypeWrapper<Omit<BillPayload, 'bill'> & { bill?: Maybe<ResolversTypes['Bill']> }>;
  BillStatus: BillStatus;
  Bulletin: ResolverTypeWrapper<BulletinView>;
  BulletinFigures: ResolverTypeWrapper<BulletinFiguresView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BulletinLevel: BulletinLevel;
  BulletinRow: ResolverTypeWrapper<BulletinRowView>;
  Case: ResolverTypeWrapper<CaseRecord>;
  CaseClock: ResolverTypeWrapper<CaseClockView>;
  CaseDecisionInfo: ResolverTypeWrapper<CaseDecisionInfo>;
  CaseEvent: ResolverTypeWrapper<CaseEventRecord>;
  CaseHolder: ResolverTypeWrapper<CaseHolder>;
  CasePart: ResolverTypeWrapper<PartRecord>;
  CasePayload: ResolverTypeWrapper<Omit<CasePayload, 'case' | 'notice'> & { case?: Maybe<ResolversTypes['Case']>, notice?: Maybe<ResolversTypes['Notice']> }>;
  CaseState: CaseState;
  CaseStatus: ResolverTypeWrapper<CaseStatusView>;
  Centre: ResolverTypeWrapper<CentreRecord>;
  CentreChargeDay: ResolverTypeWrapper<CentreDay>;
  CentreLights: ResolverTypeWrapper<CentreLightsView>;
  ChargeAdjustment: ResolverTypeWrapper<AdjustmentRecord>;
  ChargeDayTotals: ResolverTypeWrapper<DayTotals>;
  ChargeInput: ChargeInput;
  ChargePayload: ResolverTypeWrapper<Omit<ChargePayload, 'bill' | 'receipt'> & { bill?: Maybe<ResolversTypes['Bill']>, receipt?: Maybe<ResolversTypes['Receipt']> }>;
  ChargeReconciliation: ResolverTypeWrapper<ReconciliationView>;
  CivilAffairsItem: ResolverTypeWrapper<ItemReference>;
  ClockAlert: ResolverTypeWrapper<AlertView>;
  ClockKind: ClockKind;
  Complaint: ResolverTypeWrapper<ComplaintView>;
  ComplaintChannel: ComplaintChannel;
  ComplaintFeedback: ComplaintFeedback;
  ComplaintPayload: ResolverTypeWrapper<Omit<ComplaintPayload, 'complaint'> & { complaint?: Maybe<ResolversTypes['Complaint']> }>;
  ComplaintState: ComplaintState;
  ComplaintTarget: ComplaintTarget;
  Contacts: ResolverTypeWrapper<Contacts>;
  CountInput: CountInput;
  CountPayload: ResolverTypeWrapper<Omit<CountPayload, 'reconciliation'> & { reconciliation?: Maybe<ResolversTypes['ChargeReconciliation']> }>;
  DeadlineRecomputation: ResolverTypeWrapper<DeadlineRecomputation>;
  DecideInput: DecideInput;
  DecisionOutcome: DecisionOutcome;
  Department: ResolverTypeWrapper<DepartmentConfig>;
  DivisionType: DivisionType;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  ExtendInput: ExtendInput;
  FeeRule: FeeRule;
  FeeStandard: ResolverTypeWrapper<FeeStandard>;
  Fen: ResolverTypeWrapper<Scalars['Fen']['output']>;
  FieldError: ResolverTypeWrapper<FieldError>;
  FileComplaintInput: FileComplaintInput;
  ForwardInput: ForwardInput;
  Guide: ResolverTypeWrapper<GuideRecord>;
  GuideConnection: ResolverTypeWrapper<Omit<GuideConnection, 'nodes'> & { nodes: Array<ResolversTypes['Guide']> }>;
  HandlingFigures: ResolverTypeWrapper<HandlingFigures>;
  HandlingType: HandlingType;
  HolderKind: HolderKind;
  HoldingWindow: ResolverTypeWrapper<HolderRecord>;
  HolidayYear: ResolverTypeWrapper<YearCalendar>;
  IntakeInput: IntakeInput;
  Item: ResolverTypeWrapper<ItemReference>;
  ItemContent: ResolverTypeWrapper<ItemDocument>;
  ItemKind: ItemKind;
  ItemVersionSnapshot: ResolverTypeWrapper<ReplicatedVersion>;
  ItemVersionStatus: ItemVersionStatus;
  LedgerEntry: ResolverTypeWrapper<LedgerRecord>;
  LedgerEntryKind: LedgerEntryKind;
  LicenceInfo: ResolverTypeWrapper<LicenceInfo>;
  LicenceTermsInput: LicenceTermsInput;
  Light: Light;
  MarketItem: ResolverTypeWrapper<ItemReference>;
  Material: ResolverTypeWrapper<Material>;
  MaterialCheck: ResolverTypeWrapper<MaterialCheck>;
  MaterialCheckInput: MaterialCheckInput;
  MaterialForm: MaterialForm;
  MaterialStatus: MaterialStatus;
  MethodTotals: ResolverTypeWrapper<MethodTotals>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NonAcceptanceGround: NonAcceptanceGround;
  Notice: ResolverTypeWrapper<NoticeRecord>;
  NoticeKind: NoticeKind;
  NoticeList: ResolverTypeWrapper<NoticeList>;
  Notification: ResolverTypeWrapper<NotificationRecord>;
  OversightSettings: ResolverTypeWrapper<SettingsView>;
  OversightSettingsInput: OversightSettingsInput;
  OversightSettingsPayload: ResolverTypeWrapper<Omit<OversightSettingsPayload, 'settings'> & { settings?: Maybe<ResolversTypes['OversightSettings']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartDecisionInput: PartDecisionInput;
  PartKind: PartKind;
  PartState: PartState;
  PaymentMethod: PaymentMethod;
  PeriodInput: PeriodInput;
  PeriodKind: PeriodKind;
  PersonalDataRead: ResolverTypeWrapper<PersonalDataReadRecord>;
  PlanningItem: ResolverTypeWrapper<ItemReference>;
  ProcedureStep: ResolverTypeWrapper<ProcedureStep>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankingEntry: ResolverTypeWrapper<RankingEntryView>;
  Rating: ResolverTypeWrapper<RatingView>;
  RatingLevel: RatingLevel;
  RatingMix: ResolverTypeWrapper<RatingMix>;
  RatingPayload: ResolverTypeWrapper<Omit<RatingPayload, 'rating'> & { rating?: Maybe<ResolversTypes['Rating']> }>;
  Receipt: ResolverTypeWrapper<LedgerRecord>;
  RefuseToAcceptInput: RefuseToAcceptInput;
  RegisterAgentInput: RegisterAgentInput;
  RegisterStaffInput: RegisterStaffInput;
  ReminderKind: ReminderKind;
  Role: Role;
  ScoreParts: ResolverTypeWrapper<ScoreParts>;
  ScoringWeights: ResolverTypeWrapper<ScoringWeights>;
  ScoringWeightsInput: ScoringWeightsInput;
  SpecialProcedure: SpecialProcedure;
  StaffMember: ResolverTypeWrapper<StaffRecord>;
  StaffPayload: ResolverTypeWrapper<Omit<StaffPayload, 'staff'> & { staff?: Maybe<ResolversTypes['StaffMember']> }>;
  StaffReminder: ResolverTypeWrapper<ReminderRecord>;
  StandardAssessment: ResolverTypeWrapper<AssessmentRecord>;
  StandardAssessmentInput: StandardAssessmentInput;
  StandardAssessmentPayload: ResolverTypeWrapper<Omit<StandardAssessmentPayload, 'assessment'> & { assessment?: Maybe<ResolversTypes['StandardAssessment']> }>;
  StandardCriterion: ResolverTypeWrapper<StandardCriterion>;
  StandardCriterionInput: StandardCriterionInput;
  StationItemInput: StationItemInput;
  Stationing: ResolverTypeWrapper<StationingRecord>;
  StationingPayload: ResolverTypeWrapper<Omit<StationingPayload, 'stationing'> & { stationing?: Maybe<ResolversTypes['Stationing']> }>;
  StatusMilestone: ResolverTypeWrapper<StatusMilestone>;
  SuspendInput: SuspendInput;
  Suspension: ResolverTypeWrapper<SuspensionRecord>;
  Tier: Tier;
  UpperTierItem: ResolverTypeWrapper<UpperTierRecord>;
  Violation: ResolverTypeWrapper<ViolationRecord>;
  Window: ResolverTypeWrapper<WindowRecord>;
  WindowKind: WindowKind;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: Actor;
  ID: Scalars['ID']['output'];
  AdjustmentInput: AdjustmentInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  AdjustmentPayload: Omit<AdjustmentPayload, 'adjustment'> & { adjustment?: Maybe<ResolversParentTypes['ChargeAdjustment']> };
  Agent: AgentRecord;
  Boolean: Scalars['Boolean']['output'];
  AgentPayload: Omit<AgentPayload, 'agent'> & { agent?: Maybe<ResolversParentTypes['Agent']> };
  AgentTraining: AgentTraining;
  AgentTrainingInput: AgentTrainingInput;
  AppealRoutes: AppealRoutes;
  Applicant: Applicant;
  ApplicantInput: ApplicantInput;
  ApplicantMessage: ApplicantMessage;
  Bill: BillRecord;
  BillLine: BillLineRecord;
  BillLineInput: BillLineInput;
  BillPayload: Omit<BillPayload, 'bill'> & { bill?: Maybe<ResolversParentTypes['Bill']> };
  Bulletin: BulletinView;
  BulletinFigures: BulletinFiguresView;
  Float: Scalars['Float']['output'];
  BulletinRow: BulletinRowView;
  Case: CaseRecord;
  CaseClock: CaseClockView;
  CaseDecisionInfo: CaseDecisionInfo;
  CaseEvent: CaseEventRecord;
  CaseHolder: CaseHolder;
  CasePart: PartRecord;
  CasePayload: Omit<CasePayload, 'case' | 'notice'> & { case?: Maybe<ResolversParentTypes['Case']>, notice?: Maybe<ResolversParentTypes['Notice']> };
  CaseStatus: CaseStatusView;
  Centre: CentreRecord;
  CentreChargeDay: CentreDay;
  CentreLights: CentreLightsView;
  ChargeAdjustment: AdjustmentRecord;
  ChargeDayTotals: DayTotals;
  ChargeInput: ChargeInput;
  ChargePayload: Omit<ChargePayload, 'bill' | 'receipt'> & { bill?: Maybe<ResolversParentTypes['Bill']>, receipt?: Maybe<ResolversParentTypes['Receipt']> };
  ChargeReconciliation: ReconciliationView;
  CivilAffairsItem: ItemReference;
  ClockAlert: AlertView;
  Complaint: ComplaintView;
  ComplaintPayload: Omit<ComplaintPayload, 'complaint'> & { complaint?: Maybe<ResolversParentTypes['Complaint']> };
  Contacts: Contacts;
  CountInput: CountInput;
  CountPayload: Omit<CountPayload, 'reconciliation'> & { reconciliation?: Maybe<ResolversParentTypes['ChargeReconciliation']> };
  DeadlineRecomputation: DeadlineRecomputation;
  DecideInput: DecideInput;
  Department: DepartmentConfig;
  ExportFile: ExportFile;
  ExtendInput: ExtendInput;
  FeeStandard: FeeStandard;
  Fen: Scalars['Fen']['output'];
  FieldError: FieldError;
  FileComplaintInput: FileComplaintInput;
  ForwardInput: ForwardInput;
  Guide: GuideRecord;
  GuideConnection: Omit<GuideConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Guide']> };
  HandlingFigures: HandlingFigures;
  HoldingWindow: HolderRecord;
  HolidayYear: YearCalendar;
  IntakeInput: IntakeInput;
  Item: ItemReference;
  ItemContent: ItemDocument;
  ItemVersionSnapshot: ReplicatedVersion;
  LedgerEntry: LedgerRecord;
  LicenceInfo: LicenceInfo;
  LicenceTermsInput: LicenceTermsInput;
  MarketItem: ItemReference;
  Material: Material;
  MaterialCheck: MaterialCheck;
  MaterialCheckInput: MaterialCheckInput;
  MethodTotals: MethodTotals;
  Mutation: Record<PropertyKey, never>;
  Notice: NoticeRecord;
  NoticeList: NoticeList;
  Notification: NotificationRecord;
  OversightSettings: SettingsView;
  OversightSettingsInput: OversightSettingsInput;
  OversightSettingsPayload: Omit<OversightSettingsPayload, 'settings'> & { settings?: Maybe<ResolversParentTypes['OversightSettings']> };
  PageInfo: PageInfo;
  PartDecisionInput: PartDecisionInput;
  PeriodInput: PeriodInput;
  PersonalDataRead: PersonalDataReadRecord;
  PlanningItem: ItemReference;
  ProcedureStep: ProcedureStep;
  Query: Record<PropertyKey, never>;
  RankingEntry: RankingEntryView;
  Rating: RatingView;
  RatingMix: RatingMix;
  RatingPayload: Omit<RatingPayload, 'rating'> & { rating?: Maybe<ResolversParentTypes['Rating']> };
  Receipt: LedgerRecord;
  RefuseToAcceptInput: RefuseToAcceptInput;
  RegisterAgentInput: RegisterAgentInput;
  RegisterStaffInput: RegisterStaffInput;
  ScoreParts: ScoreParts;
  ScoringWeights: ScoringWeights;
  ScoringWeightsInput: ScoringWeightsInput;
  StaffMember: StaffRecord;
  StaffPayload: Omit<StaffPayload, 'staff'> & { staff?: Maybe<ResolversParentTypes['StaffMember']> };
  StaffReminder: ReminderRecord;
  StandardAssessment: AssessmentRecord;
  StandardAssessmentInput: StandardAssessmentInput;
  StandardAssessmentPayload: Omit<StandardAssessmentPayload, 'assessment'> & { assessment?: Maybe<ResolversParentTypes['StandardAssessment']> };
  StandardCriterion: StandardCriterion;
  StandardCriterionInput: StandardCriterionInput;
  StationItemInput: StationItemInput;
  Stationing: StationingRecord;
  StationingPayload: Omit<StationingPayload, 'stationing'> & { stationing?: Maybe<ResolversParentTypes['Stationing']> };
  StatusMilestone: StatusMilestone;
  SuspendInput: SuspendInput;
  Suspension: SuspensionRecord;
  UpperTierItem: UpperTierRecord;
  Violation: ViolationRecord;
  Window: WindowRecord;
}>;

export type ActorResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  centreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AdjustmentPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['AdjustmentPayload'] = ResolversParentTypes['AdjustmentPayload']> = ResolversObject<{
  adjustment?: Resolver<Maybe<ResolversTypes['ChargeAdjustment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
}>;

export type AgentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Agent'] = ResolversParentTypes['Agent']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trainings?: Resolver<Array<ResolversTypes['AgentTraining']>, ParentType, ContextType>;
}>;

export type AgentPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['AgentPayload'] = ResolversParentTypes['AgentPayload']> = ResolversObject<{
  agent?: Resolver<Maybe<ResolversTypes['Agent']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
}>;

export type AgentTrainingResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['AgentTraining'] = ResolversParentTypes['AgentTraining']> = ResolversObject<{
  completedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  course?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AppealRoutesResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['AppealRoutes'] = ResolversParentTypes['AppealRoutes']> = ResolversObject<{
  litigation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reconsideration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApplicantResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Applicant'] = ResolversParentTypes['Applicant']> = ResolversObject<{
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ApplicantKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApplicantMessageResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ApplicantMessage'] = ResolversParentTypes['ApplicantMessage']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Bill'] = ResolversParentTypes['Bill']> = ResolversObject<{
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BillLine']>, ParentType, ContextType>;
  payerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['Receipt']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BillStatus'], ParentType, ContextType>;
  totalFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BillLineResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['BillLine'] = ResolversParentTypes['BillLine']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  feeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reductionFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reductionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['FeeRule'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BillPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['BillPayload'] = ResolversParentTypes['BillPayload']> = ResolversObject<{
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
}>;

export type BulletinResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Bulletin'] = ResolversParentTypes['Bulletin']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['BulletinLevel'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['BulletinRow']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['BulletinRow']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BulletinFigures'], ParentType, ContextType>;
}>;

export type BulletinFiguresResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['BulletinFigures'] = ResolversParentTypes['BulletinFigures']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averagePromisedDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageUsedDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  byHandling?: Resolver<Array<ResolversTypes['HandlingFigures']>, ParentType, ContextType>;
  complaints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  licenceLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratings?: Resolver<ResolversTypes['RatingMix'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  violations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BulletinRowResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['BulletinRow'] = ResolversParentTypes['BulletinRow']> = ResolversObject<{
  centreId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  figures?: Resolver<ResolversTypes['BulletinFigures'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rolledUp?: Resolver<Maybe<ResolversTypes['BulletinFigures']>, ParentType, ContextType>;
}>;

export type CaseResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = ResolversObject<{
  acceptedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicant?: Resolver<ResolversTypes['Applicant'], ParentType, ContextType>;
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  clock?: Resolver<ResolversTypes['CaseClock'], ParentType, ContextType>;
  clocks?: Resolver<Array<ResolversTypes['ClockAlert']>, ParentType, ContextType>;
  concludedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CaseDecisionInfo']>, ParentType, ContextType>;
  deemedAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingType'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CaseEvent']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['HoldingWindow'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['Item'], ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itemVersion?: Resolver<ResolversTypes['ItemVersionSnapshot'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['LicenceInfo']>, ParentType, ContextType>;
  licenceDue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['MaterialCheck']>, ParentType, ContextType>;
  notices?: Resolver<Array<ResolversTypes['Notice']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['CasePart']>, ParentType, ContextType>;
  queryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CaseState'], ParentType, ContextType>;
  suspensions?: Resolver<Array<ResolversTypes['Suspension']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
}>;

export type CaseClockResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CaseClock'] = ResolversParentTypes['CaseClock']> = ResolversObject<{
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  extensionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pausedWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provisionalYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  statutoryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CaseDecisionInfoResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CaseDecisionInfo'] = ResolversParentTypes['CaseDecisionInfo']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['DecisionOutcome'], ParentType, ContextType>;
  reasons?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CaseEventResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CaseEvent'] = ResolversParentTypes['CaseEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['CaseState']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toState?: Resolver<ResolversTypes['CaseState'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CaseHolderResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CaseHolder'] = ResolversParentTypes['CaseHolder']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HolderKind'], ParentType, ContextType>;
}>;

export type CasePartResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CasePart'] = ResolversParentTypes['CasePart']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  clock?: Resolver<ResolversTypes['CaseClock'], ParentType, ContextType>;
  concludedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CaseDecisionInfo']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  handlerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartKind'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opinion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PartState'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type CasePayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CasePayload'] = ResolversParentTypes['CasePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType>;
}>;

export type CaseStatusResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CaseStatus'] = ResolversParentTypes['CaseStatus']> = ResolversObject<{
  acceptedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centreName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  concludedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['ApplicantMessage']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['StatusMilestone']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DecisionOutcome']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CaseState'], ParentType, ContextType>;
  stateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CentreResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Centre'] = ResolversParentTypes['Centre']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agentServiceAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType>;
  divisionType?: Resolver<ResolversTypes['DivisionType'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type CentreChargeDayResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CentreChargeDay'] = ResolversParentTypes['CentreChargeDay']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ChargeDayTotals'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type CentreLightsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CentreLights'] = ResolversParentTypes['CentreLights']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  red?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChargeAdjustmentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ChargeAdjustment'] = ResolversParentTypes['ChargeAdjustment']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entry?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdjustmentKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiptNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdjustmentStatus'], ParentType, ContextType>;
}>;

export type ChargeDayTotalsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ChargeDayTotals'] = ResolversParentTypes['ChargeDayTotals']> = ResolversObject<{
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  byMethod?: Resolver<Array<ResolversTypes['MethodTotals']>, ParentType, ContextType>;
  collectedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  counted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  differenceFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  netFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receiptsIssued?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  receiptsVoided?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voidedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  voids?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChargePayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ChargePayload'] = ResolversParentTypes['ChargePayload']> = ResolversObject<{
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['Receipt']>, ParentType, ContextType>;
}>;

export type ChargeReconciliationResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ChargeReconciliation'] = ResolversParentTypes['ChargeReconciliation']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  centres?: Resolver<Array<ResolversTypes['CentreChargeDay']>, ParentType, ContextType>;
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ChargeDayTotals'], ParentType, ContextType>;
  xlsxBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CivilAffairsItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CivilAffairsItem'] = ResolversParentTypes['CivilAffairsItem'], FederationReferenceType extends FederationReferenceTypes['CivilAffairsItem'] = FederationReferenceTypes['CivilAffairsItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CivilAffairsItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ClockAlertResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ClockAlert'] = ResolversParentTypes['ClockAlert']> = ResolversObject<{
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['CaseHolder'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClockKind'], ParentType, ContextType>;
  light?: Resolver<ResolversTypes['Light'], ParentType, ContextType>;
  limitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  part?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
  yellowWithinDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplaintResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = ResolversObject<{
  against?: Resolver<ResolversTypes['ComplaintTarget'], ParentType, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ComplaintChannel'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  complainantName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['ComplaintFeedback']>, ParentType, ContextType>;
  feedbackNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  light?: Resolver<Maybe<ResolversTypes['Light']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repliedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reply?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ComplaintState'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComplaintPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ComplaintPayload'] = ResolversParentTypes['ComplaintPayload']> = ResolversObject<{
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
}>;

export type ContactsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Contacts'] = ResolversParentTypes['Contacts']> = ResolversObject<{
  complaintPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CountPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['CountPayload'] = ResolversParentTypes['CountPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  reconciliation?: Resolver<Maybe<ResolversTypes['ChargeReconciliation']>, ParentType, ContextType>;
}>;

export type DeadlineRecomputationResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['DeadlineRecomputation'] = ResolversParentTypes['DeadlineRecomputation']> = ResolversObject<{
  applicantsNotified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  codePrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  short?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportFileResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = ResolversObject<{
  base64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeeStandardResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['FeeStandard'] = ResolversParentTypes['FeeStandard']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exclusiveGroup?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reductions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['FeeRule'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface FenScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Fen'], any> {
  name: 'Fen';
}

export type FieldErrorResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  itemCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GuideResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Guide'] = ResolversParentTypes['Guide']> = ResolversObject<{
  agentServiceAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appointmentAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ItemVersionSnapshot'], ParentType, ContextType>;
  windows?: Resolver<Array<ResolversTypes['Window']>, ParentType, ContextType>;
}>;

export type GuideConnectionResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['GuideConnection'] = ResolversParentTypes['GuideConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Guide']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HandlingFiguresResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['HandlingFigures'] = ResolversParentTypes['HandlingFigures']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  concluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingType'], ParentType, ContextType>;
}>;

export type HoldingWindowResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['HoldingWindow'] = ResolversParentTypes['HoldingWindow']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
}>;

export type HolidayYearResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['HolidayYear'] = ResolversParentTypes['HolidayYear']> = ResolversObject<{
  holidays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  makeUpWorkdays?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recomputation?: Resolver<Maybe<ResolversTypes['DeadlineRecomputation']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CivilAffairsItem' | 'MarketItem' | 'PlanningItem', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
}>;

export type ItemContentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ItemContent'] = ResolversParentTypes['ItemContent']> = ResolversObject<{
  acceptingTiers?: Resolver<Array<ResolversTypes['Tier']>, ParentType, ContextType>;
  appeal?: Resolver<ResolversTypes['AppealRoutes'], ParentType, ContextType>;
  clockStoppingProcedures?: Resolver<Array<ResolversTypes['SpecialProcedure']>, ParentType, ContextType>;
  coDepartments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Contacts'], ParentType, ContextType>;
  decidingTier?: Resolver<ResolversTypes['Tier'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['FeeStandard']>, ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingType'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ItemKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['Material']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statutoryDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statutoryDaysBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['ProcedureStep']>, ParentType, ContextType>;
}>;

export type ItemVersionSnapshotResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ItemVersionSnapshot'] = ResolversParentTypes['ItemVersionSnapshot']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['ItemContent'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  businessDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerEntryKind'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receiptNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
}>;

export type LicenceInfoResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['LicenceInfo'] = ResolversParentTypes['LicenceInfo']> = ResolversObject<{
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MarketItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['MarketItem'] = ResolversParentTypes['MarketItem'], FederationReferenceType extends FederationReferenceTypes['MarketItem'] = FederationReferenceTypes['MarketItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MarketItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MaterialResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Material'] = ResolversParentTypes['Material']> = ResolversObject<{
  blankForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  copies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  electronicAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MaterialForm'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sampleForm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MaterialCheckResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['MaterialCheck'] = ResolversParentTypes['MaterialCheck']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MaterialStatus'], ParentType, ContextType>;
}>;

export type MethodTotalsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['MethodTotals'] = ResolversParentTypes['MethodTotals']> = ResolversObject<{
  collectedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  countedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  differenceFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  netFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
  voidedFen?: Resolver<ResolversTypes['Fen'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveAdjustment?: Resolver<ResolversTypes['AdjustmentPayload'], ParentType, ContextType, RequireFields<MutationApproveAdjustmentArgs, 'id'>>;
  assessTownshipCentre?: Resolver<ResolversTypes['StandardAssessmentPayload'], ParentType, ContextType, RequireFields<MutationAssessTownshipCentreArgs, 'centreId' | 'input'>>;
  assignComplaint?: Resolver<ResolversTypes['ComplaintPayload'], ParentType, ContextType, RequireFields<MutationAssignComplaintArgs, 'assignee' | 'complaintId'>>;
  billCase?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationBillCaseArgs, 'caseId' | 'lines'>>;
  chargeBill?: Resolver<ResolversTypes['ChargePayload'], ParentType, ContextType, RequireFields<MutationChargeBillArgs, 'input'>>;
  chasePart?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationChasePartArgs, 'message' | 'partId'>>;
  closeComplaint?: Resolver<ResolversTypes['ComplaintPayload'], ParentType, ContextType, RequireFields<MutationCloseComplaintArgs, 'complaintId' | 'feedback'>>;
  concludeJointCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationConcludeJointCaseArgs, 'caseId'>>;
  decideCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationDecideCaseArgs, 'caseId' | 'input'>>;
  decidePart?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationDecidePartArgs, 'input' | 'partId'>>;
  extendDeadline?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationExtendDeadlineArgs, 'caseId' | 'input'>>;
  fileComplaint?: Resolver<ResolversTypes['ComplaintPayload'], ParentType, ContextType, RequireFields<MutationFileComplaintArgs, 'input'>>;
  followUpRating?: Resolver<ResolversTypes['RatingPayload'], ParentType, ContextType, RequireFields<MutationFollowUpRatingArgs, 'followUp' | 'ratingId' | 'rectified'>>;
  forwardCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationForwardCaseArgs, 'caseId' | 'input'>>;
  handOverCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationHandOverCaseArgs, 'caseId'>>;
  intakeCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationIntakeCaseArgs, 'input'>>;
  issueLicence?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationIssueLicenceArgs, 'caseId'>>;
  loadHolidayYear?: Resolver<ResolversTypes['HolidayYear'], ParentType, ContextType, RequireFields<MutationLoadHolidayYearArgs, 'document'>>;
  rateCase?: Resolver<ResolversTypes['RatingPayload'], ParentType, ContextType, RequireFields<MutationRateCaseArgs, 'caseNumber' | 'level' | 'queryCode'>>;
  recordAgentTraining?: Resolver<ResolversTypes['AgentPayload'], ParentType, ContextType, RequireFields<MutationRecordAgentTrainingArgs, 'agentId' | 'training'>>;
  recordCount?: Resolver<ResolversTypes['CountPayload'], ParentType, ContextType, RequireFields<MutationRecordCountArgs, 'counts' | 'date'>>;
  refuseToAccept?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationRefuseToAcceptArgs, 'caseId' | 'input'>>;
  registerAgent?: Resolver<ResolversTypes['AgentPayload'], ParentType, ContextType, RequireFields<MutationRegisterAgentArgs, 'centreId' | 'input'>>;
  registerStaff?: Resolver<ResolversTypes['StaffPayload'], ParentType, ContextType, RequireFields<MutationRegisterStaffArgs, 'centreId' | 'input'>>;
  rejectAdjustment?: Resolver<ResolversTypes['AdjustmentPayload'], ParentType, ContextType, RequireFields<MutationRejectAdjustmentArgs, 'id' | 'note'>>;
  replyToComplaint?: Resolver<ResolversTypes['ComplaintPayload'], ParentType, ContextType, RequireFields<MutationReplyToComplaintArgs, 'complaintId' | 'reply'>>;
  requestAdjustment?: Resolver<ResolversTypes['AdjustmentPayload'], ParentType, ContextType, RequireFields<MutationRequestAdjustmentArgs, 'input'>>;
  resumeClock?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationResumeClockArgs, 'caseId'>>;
  reviewMaterials?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationReviewMaterialsArgs, 'caseId' | 'materials'>>;
  setOversightSettings?: Resolver<ResolversTypes['OversightSettingsPayload'], ParentType, ContextType, RequireFields<MutationSetOversightSettingsArgs, 'centreId' | 'input'>>;
  stationItem?: Resolver<ResolversTypes['StationingPayload'], ParentType, ContextType, RequireFields<MutationStationItemArgs, 'input'>>;
  supplementMaterials?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationSupplementMaterialsArgs, 'caseId' | 'materials'>>;
  suspendClock?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationSuspendClockArgs, 'caseId' | 'input'>>;
}>;

export type NoticeResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = ResolversObject<{
  addressee?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NoticeKind'], ParentType, ContextType>;
  lists?: Resolver<Array<ResolversTypes['NoticeList']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pdfBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoticeListResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['NoticeList'] = ResolversParentTypes['NoticeList']> = ResolversObject<{
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NotificationResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OversightSettingsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['OversightSettings'] = ResolversParentTypes['OversightSettings']> = ResolversObject<{
  centreId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  complaintDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rectifyDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoring?: Resolver<ResolversTypes['ScoringWeights'], ParentType, ContextType>;
  yellowDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yellowSharePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type OversightSettingsPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['OversightSettingsPayload'] = ResolversParentTypes['OversightSettingsPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  settings?: Resolver<Maybe<ResolversTypes['OversightSettings']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PersonalDataReadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['PersonalDataRead'] = ResolversParentTypes['PersonalDataRead']> = ResolversObject<{
  actorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PlanningItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['PlanningItem'] = ResolversParentTypes['PlanningItem'], FederationReferenceType extends FederationReferenceTypes['PlanningItem'] = FederationReferenceTypes['PlanningItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlanningItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProcedureStepResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ProcedureStep'] = ResolversParentTypes['ProcedureStep']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  agents?: Resolver<Array<ResolversTypes['Agent']>, ParentType, ContextType, RequireFields<QueryAgentsArgs, 'centreId'>>;
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType, RequireFields<QueryBillArgs, 'id'>>;
  bulletin?: Resolver<ResolversTypes['Bulletin'], ParentType, ContextType, RequireFields<QueryBulletinArgs, 'by' | 'centreId' | 'period'>>;
  bulletinExport?: Resolver<ResolversTypes['ExportFile'], ParentType, ContextType, RequireFields<QueryBulletinExportArgs, 'by' | 'centreId' | 'format' | 'period'>>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  caseByNumber?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseByNumberArgs, 'caseNumber'>>;
  caseStatus?: Resolver<Maybe<ResolversTypes['CaseStatus']>, ParentType, ContextType, RequireFields<QueryCaseStatusArgs, 'caseNumber' | 'queryCode'>>;
  centre?: Resolver<Maybe<ResolversTypes['Centre']>, ParentType, ContextType, RequireFields<QueryCentreArgs, 'id'>>;
  centres?: Resolver<Array<ResolversTypes['Centre']>, ParentType, ContextType, Partial<QueryCentresArgs>>;
  chargeReconciliation?: Resolver<ResolversTypes['ChargeReconciliation'], ParentType, ContextType, RequireFields<QueryChargeReconciliationArgs, 'centreId' | 'date'>>;
  clockAlerts?: Resolver<Array<ResolversTypes['ClockAlert']>, ParentType, ContextType, RequireFields<QueryClockAlertsArgs, 'centreId' | 'first'>>;
  complaints?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'centreId' | 'first'>>;
  departmentQueue?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryDepartmentQueueArgs, 'first'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  guide?: Resolver<Maybe<ResolversTypes['Guide']>, ParentType, ContextType, RequireFields<QueryGuideArgs, 'centreId' | 'itemCode'>>;
  holidayYear?: Resolver<Maybe<ResolversTypes['HolidayYear']>, ParentType, ContextType, RequireFields<QueryHolidayYearArgs, 'year'>>;
  lightCounts?: Resolver<Array<ResolversTypes['CentreLights']>, ParentType, ContextType, RequireFields<QueryLightCountsArgs, 'centreId'>>;
  me?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  myEntrustedCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryMyEntrustedCasesArgs, 'first'>>;
  myReminders?: Resolver<Array<ResolversTypes['StaffReminder']>, ParentType, ContextType, RequireFields<QueryMyRemindersArgs, 'first'>>;
  nextHolidayYearReminder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oversightSettings?: Resolver<ResolversTypes['OversightSettings'], ParentType, ContextType, RequireFields<QueryOversightSettingsArgs, 'centreId'>>;
  pendingAdjustments?: Resolver<Array<ResolversTypes['ChargeAdjustment']>, ParentType, ContextType, RequireFields<QueryPendingAdjustmentsArgs, 'centreId'>>;
  personalDataReads?: Resolver<Array<ResolversTypes['PersonalDataRead']>, ParentType, ContextType, RequireFields<QueryPersonalDataReadsArgs, 'centreId' | 'first'>>;
  ranking?: Resolver<Array<ResolversTypes['RankingEntry']>, ParentType, ContextType, RequireFields<QueryRankingArgs, 'by' | 'centreId' | 'period'>>;
  ratings?: Resolver<Array<ResolversTypes['Rating']>, ParentType, ContextType, RequireFields<QueryRatingsArgs, 'centreId' | 'first'>>;
  receipt?: Resolver<Maybe<ResolversTypes['Receipt']>, ParentType, ContextType, RequireFields<QueryReceiptArgs, 'centreId' | 'number'>>;
  searchCases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QuerySearchCasesArgs, 'first' | 'text'>>;
  searchGuides?: Resolver<ResolversTypes['GuideConnection'], ParentType, ContextType, RequireFields<QuerySearchGuidesArgs, 'centreId' | 'first'>>;
  standardAssessments?: Resolver<Array<ResolversTypes['StandardAssessment']>, ParentType, ContextType, RequireFields<QueryStandardAssessmentsArgs, 'centreId'>>;
  unpaidBills?: Resolver<Array<ResolversTypes['Bill']>, ParentType, ContextType, RequireFields<QueryUnpaidBillsArgs, 'centreId' | 'first'>>;
  upperTierItems?: Resolver<Array<ResolversTypes['UpperTierItem']>, ParentType, ContextType, RequireFields<QueryUpperTierItemsArgs, 'centreId'>>;
  violations?: Resolver<Array<ResolversTypes['Violation']>, ParentType, ContextType, RequireFields<QueryViolationsArgs, 'centreId' | 'first'>>;
  windowQueue?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryWindowQueueArgs, 'first' | 'windowId'>>;
}>;

export type RankingEntryResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['RankingEntry'] = ResolversParentTypes['RankingEntry']> = ResolversObject<{
  figures?: Resolver<ResolversTypes['BulletinFigures'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parts?: Resolver<Maybe<ResolversTypes['ScoreParts']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type RatingResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  followUp?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RatingLevel'], ParentType, ContextType>;
  light?: Resolver<Maybe<ResolversTypes['Light']>, ParentType, ContextType>;
  ratedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectifiedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rectifyDue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  windowId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RatingMixResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['RatingMix'] = ResolversParentTypes['RatingMix']> = ResolversObject<{
  basicallySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  veryUnsatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RatingPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['RatingPayload'] = ResolversParentTypes['RatingPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Rating']>, ParentType, ContextType>;
}>;

export type ReceiptResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Receipt'] = ResolversParentTypes['Receipt']> = ResolversObject<{
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pdfBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundedFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ScorePartsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ScoreParts'] = ResolversParentTypes['ScoreParts']> = ResolversObject<{
  onTime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  speed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ScoringWeightsResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['ScoringWeights'] = ResolversParentTypes['ScoringWeights']> = ResolversObject<{
  complaintPenalty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  satisfaction?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  speed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  violationPenalty?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StaffMemberResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StaffMember'] = ResolversParentTypes['StaffMember']> = ResolversObject<{
  certificateNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  certified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StaffPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StaffPayload'] = ResolversParentTypes['StaffPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['StaffMember']>, ParentType, ContextType>;
}>;

export type StaffReminderResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StaffReminder'] = ResolversParentTypes['StaffReminder']> = ResolversObject<{
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  createdOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReminderKind'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  part?: Resolver<Maybe<ResolversTypes['CasePart']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StandardAssessmentResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StandardAssessment'] = ResolversParentTypes['StandardAssessment']> = ResolversObject<{
  assessedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assessedByCentre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  assessedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  compliant?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  criteria?: Resolver<Array<ResolversTypes['StandardCriterion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  officeAreaM2?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shareMet?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type StandardAssessmentPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StandardAssessmentPayload'] = ResolversParentTypes['StandardAssessmentPayload']> = ResolversObject<{
  assessment?: Resolver<Maybe<ResolversTypes['StandardAssessment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
}>;

export type StandardCriterionResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StandardCriterion'] = ResolversParentTypes['StandardCriterion']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StationingResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Stationing'] = ResolversParentTypes['Stationing']> = ResolversObject<{
  appointmentAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType>;
  window?: Resolver<ResolversTypes['Window'], ParentType, ContextType>;
}>;

export type StationingPayloadResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StationingPayload'] = ResolversParentTypes['StationingPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  stationing?: Resolver<Maybe<ResolversTypes['Stationing']>, ParentType, ContextType>;
}>;

export type StatusMilestoneResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['StatusMilestone'] = ResolversParentTypes['StatusMilestone']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SuspensionResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Suspension'] = ResolversParentTypes['Suspension']> = ResolversObject<{
  expectedDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  procedure?: Resolver<ResolversTypes['SpecialProcedure'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UpperTierItemResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['UpperTierItem'] = ResolversParentTypes['UpperTierItem']> = ResolversObject<{
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handledAt?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ItemVersionSnapshot'], ParentType, ContextType>;
}>;

export type ViolationResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Violation'] = ResolversParentTypes['Violation']> = ResolversObject<{
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WindowResolvers<ContextType = CentreContext, ParentType extends ResolversParentTypes['Window'] = ResolversParentTypes['Window']> = ResolversObject<{
  centre?: Resolver<ResolversTypes['Centre'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<Maybe<ResolversTypes['Item']>>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WindowKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['StaffMember']>, ParentType, ContextType>;
  stationings?: Resolver<Array<ResolversTypes['Stationing']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CentreContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  AdjustmentPayload?: AdjustmentPayloadResolvers<ContextType>;
  Agent?: AgentResolvers<ContextType>;
  AgentPayload?: AgentPayloadResolvers<ContextType>;
  AgentTraining?: AgentTrainingResolvers<ContextType>;
  AppealRoutes?: AppealRoutesResolvers<ContextType>;
  Applicant?: ApplicantResolvers<ContextType>;
  ApplicantMessage?: ApplicantMessageResolvers<ContextType>;
  Bill?: BillResolvers<ContextType>;
  BillLine?: BillLineResolvers<ContextType>;
  BillPayload?: BillPayloadResolvers<ContextType>;
  Bulletin?: BulletinResolvers<ContextType>;
  BulletinFigures?: BulletinFiguresResolvers<ContextType>;
  BulletinRow?: BulletinRowResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseClock?: CaseClockResolvers<ContextType>;
  CaseDecisionInfo?: CaseDecisionInfoResolvers<ContextType>;
  CaseEvent?: CaseEventResolvers<ContextType>;
  CaseHolder?: CaseHolderResolvers<ContextType>;
  CasePart?: CasePartResolvers<ContextType>;
  CasePayload?: CasePayloadResolvers<ContextType>;
  CaseStatus?: CaseStatusResolvers<ContextType>;
  Centre?: CentreResolvers<ContextType>;
  CentreChargeDay?: CentreChargeDayResolvers<ContextType>;
  CentreLights?: CentreLightsResolvers<ContextType>;
  ChargeAdjustment?: ChargeAdjustmentResolvers<ContextType>;
  ChargeDayTotals?: ChargeDayTotalsResolvers<ContextType>;
  ChargePayload?: ChargePayloadResolvers<ContextType>;
  ChargeReconciliation?: ChargeReconciliationResolvers<ContextType>;
  CivilAffairsItem?: CivilAffairsItemResolvers<ContextType>;
  ClockAlert?: ClockAlertResolvers<ContextType>;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintPayload?: ComplaintPayloadResolvers<ContextType>;
  Contacts?: ContactsResolvers<ContextType>;
  CountPayload?: CountPayloadResolvers<ContextType>;
  DeadlineRecomputation?: DeadlineRecomputationResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  FeeStandard?: FeeStandardResolvers<ContextType>;
  Fen?: GraphQLScalarType;
  FieldError?: FieldErrorResolvers<ContextType>;
  Guide?: GuideResolvers<ContextType>;
  GuideConnection?: GuideConnectionResolvers<ContextType>;
  HandlingFigures?: HandlingFiguresResolvers<ContextType>;
  HoldingWindow?: HoldingWindowResolvers<ContextType>;
  HolidayYear?: HolidayYearResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemContent?: ItemContentResolvers<ContextType>;
  ItemVersionSnapshot?: ItemVersionSnapshotResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LicenceInfo?: LicenceInfoResolvers<ContextType>;
  MarketItem?: MarketItemResolvers<ContextType>;
  Material?: MaterialResolvers<ContextType>;
  MaterialCheck?: MaterialCheckResolvers<ContextType>;
  MethodTotals?: MethodTotalsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeList?: NoticeListResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  OversightSettings?: OversightSettingsResolvers<ContextType>;
  OversightSettingsPayload?: OversightSettingsPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PersonalDataRead?: PersonalDataReadResolvers<ContextType>;
  PlanningItem?: PlanningItemResolvers<ContextType>;
  ProcedureStep?: ProcedureStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankingEntry?: RankingEntryResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RatingMix?: RatingMixResolvers<ContextType>;
  RatingPayload?: RatingPayloadResolvers<ContextType>;
  Receipt?: ReceiptResolvers<ContextType>;
  ScoreParts?: ScorePartsResolvers<ContextType>;
  ScoringWeights?: ScoringWeightsResolvers<ContextType>;
  StaffMember?: StaffMemberResolvers<ContextType>;
  StaffPayload?: StaffPayloadResolvers<ContextType>;
  StaffReminder?: StaffReminderResolvers<ContextType>;
  StandardAssessment?: StandardAssessmentResolvers<ContextType>;
  StandardAssessmentPayload?: StandardAssessmentPayloadResolvers<ContextType>;
  StandardCriterion?: StandardCriterionResolvers<ContextType>;
  Stationing?: StationingResolvers<ContextType>;
  StationingPayload?: StationingPayloadResolvers<ContextType>;
  StatusMilestone?: StatusMilestoneResolvers<ContextType>;
  Suspension?: SuspensionResolvers<ContextType>;
  UpperTierItem?: UpperTierItemResolvers<ContextType>;
  Violation?: ViolationResolvers<ContextType>;
  Window?: WindowResolvers<ContextType>;
}>;

