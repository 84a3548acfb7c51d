import type { DepartmentConfig } from "@wuxi/federation";
import type { Resolvers } from "../generated/graphql.ts";
import { Agent, agentMutations, agentQueries } from "./Agent.ts";
import { Case, CaseClock, CaseEvent, Notice, Notification, Suspension } from "./Case.ts";
import { caseMutations, caseQueries, HolidayYear } from "./CaseQueries.ts";
import { Centre } from "./Centre.ts";
import { Bill, BillLine, CaseBill, CentreChargeDay, ChargeAdjustment, chargeMutations, chargeQueries, ChargeReconciliation, Fen, LedgerEntry, Receipt } from "./Charges.ts";
import { Guide, ItemVersionSnapshot, UpperTierItem } from "./Guide.ts";
import { Item, itemStubResolvers } from "./Item.ts";
import { CasePart, HoldingWindow, partMutations, partQueries, StaffReminder } from "./Parts.ts";
import { Mutation, Query } from "./Query.ts";
import { Bulletin, caseClocks, ClockAlert, Complaint, oversightMutations, oversightQueries, Rating, StandardAssessment, Violation } from "./Oversight.ts";
import { PersonalDataRead, privacyQueries } from "./Privacy.ts";
import { noticeLayout } from "./NoticeLayout.ts";
import { searchQueries } from "./Search.ts";
import { StaffMember } from "./StaffMember.ts";
import { adjustmentNames, caseEventNames } from "./StaffNames.ts";
import { Stationing } from "./Stationing.ts";
import { Window } from "./Window.ts";

export function centreResolvers(departments: DepartmentConfig[]): Resolvers {
  return {
    Query: { ...Query, ...caseQueries, ...agentQueries, ...partQueries, ...chargeQueries, ...oversightQueries, ...privacyQueries, ...searchQueries },
    Mutation: { ...Mutation, ...caseMutations, ...agentMutations, ...partMutations, ...chargeMutations, ...oversightMutations },
    CasePart,
    PersonalDataRead,
    HoldingWindow,
    StaffReminder,
    Agent,
    Case: { ...Case, ...CaseBill, ...caseClocks },
    Bulletin,
    ClockAlert,
    Complaint,
    Rating,
    StandardAssessment,
    Violation,
    Bill,
    BillLine,
    LedgerEntry,
    Receipt,
    ChargeAdjustment: { ...ChargeAdjustment, ...adjustmentNames },
    CentreChargeDay,
    ChargeReconciliation,
    Fen,
    CaseClock,
    CaseEvent: { ...CaseEvent, ...caseEventNames },
    Suspension,
    Notice: { ...Notice, ...noticeLayout },
    Notification,
    HolidayYear,
    Centre,
    Window,
    Stationing,
    StaffMember,
    Guide,
    ItemVersionSnapshot,
    UpperTierItem,
    Item,
    ...itemStubResolvers(departments),
  };
}
