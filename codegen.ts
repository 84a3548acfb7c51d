import type { CodegenConfig } from "@graphql-codegen/cli";
import { itemTypeOf, loadDepartments } from "./packages/federation/src/index.ts";

/**
 * Typed resolvers for every subgraph, from the SDL in schema/. The catalogue shared by all
 * departments is typed from the department template (type names starting with `Dept`).
 * Mappers point each GraphQL type at the domain type behind it, so resolvers return domain objects.
 */
const resolverPlugins = ["typescript", "typescript-resolvers"];
const shared = {
  federation: true,
  useTypeImports: true,
  enumsAsTypes: true,
  avoidOptionals: false,
  useIndexSignature: true,
  scalars: { ID: "string" },
};

/**
 * The browser consoles' operations (every .graphql file under consoles/src), typed against the supergraph the
 * gateway serves: an operation a schema change breaks fails here, and its callers fail typecheck.
 */
const consoles = {
  schema: "schema/supergraph.graphql",
  documents: ["consoles/src/**/*.graphql"],
  preset: "client" as const,
  presetConfig: { fragmentMasking: false },
  // Documents as typed strings: the browser bundle carries no GraphQL parser.
  config: { documentMode: "string", useTypeImports: true, enumsAsTypes: true, scalars: { ID: "string", Fen: "number" }, avoidOptionals: false, skipTypename: true },
};

const config: CodegenConfig = {
  overwrite: true,
  hooks: {},
  generates: {
    "consoles/src/generated/": consoles,
    "packages/catalogue/src/generated/graphql.ts": {
      schema: ["schema/src/department.graphql", "schema/src/item-content.graphql"],
      plugins: resolverPlugins,
      config: {
        ...shared,
        contextType: "../context.ts#CatalogueContext",
        mappers: {
          DeptItem: "../item-version.ts#ItemVersion",
          DeptItemVersion: "../item-version.ts#ItemVersion",
          ItemContent: "../item-document.ts#ItemDocument",
          DeptChange: "../item-repository.ts#CatalogueChange",
          DeptCatalogue: "../context.ts#Namespace",
          DeptMutations: "../context.ts#Namespace",
          DeptDecision: "../decision-tables.ts#DecisionRow",
          DeptLicence: "../decision-tables.ts#LicenceRow",
        },
      },
    },
    "subgraphs/centre/src/generated/graphql.ts": {
      schema: "schema/centre.graphql",
      plugins: resolverPlugins,
      config: {
        ...shared,
        contextType: "../context.ts#CentreContext",
        scalars: { ...shared.scalars, Fen: "number" },
        mappers: {
          Centre: "../centres/centre-repository.ts#CentreRecord",
          Window: "../centres/centre-repository.ts#WindowRecord",
          Stationing: "../stationing/stationing-repository.ts#StationingRecord",
          Item: "../stationing/item-reference.ts#ItemReference",
          PersonalDataRead: "../privacy/list-personal-data-reads.ts#PersonalDataReadRecord",
          Department: "@wuxi/federation#DepartmentConfig",
          StaffMember: "../staff/staff-repository.ts#StaffRecord",
          ItemVersionSnapshot: "../replica/replica-repository.ts#ReplicatedVersion",
          ItemContent: "@wuxi/catalogue#ItemDocument",
          Guide: "../guide/guide.ts#GuideRecord",
          UpperTierItem: "../guide/guide.ts#UpperTierRecord",
          Case: "../cases/case-repository.ts#CaseRecord",
          CaseEvent: "../cases/case-repository.ts#CaseEventRecord",
          Suspension: "../cases/case-repository.ts#SuspensionRecord",
          Notice: "../cases/case-repository.ts#NoticeRecord",
          CaseClock: "../cases/case-clock.ts#CaseClockView",
          CaseStatus: "../cases/look-up-status.ts#CaseStatusView",
          HolidayYear: "@wuxi/calendar#YearCalendar",
          Notification: "../cases/case-repository.ts#NotificationRecord",
          Agent: "../agents/agent-repository.ts#AgentRecord",
          CasePart: "../cases/case-parts.ts#PartRecord",
          HoldingWindow: "../cases/case-parts.ts#HolderRecord",
          StaffReminder: "../reminders/reminder-repository.ts#ReminderRecord",
          Bill: "../charges/charge-repository.ts#BillRecord",
          BillLine: "../charges/charge-repository.ts#BillLineRecord",
          LedgerEntry: "../charges/charge-repository.ts#LedgerRecord",
          Receipt: "../charges/charge-repository.ts#LedgerRecord",
          ChargeAdjustment: "../charges/charge-repository.ts#AdjustmentRecord",
          ChargeReconciliation: "../charges/reconcile-day.ts#ReconciliationView",
          CentreChargeDay: "../charges/reconcile-day.ts#CentreDay",
          ChargeDayTotals: "../charges/reconcile-day.ts#DayTotals",
          ClockAlert: "../oversight/list-clock-alerts.ts#AlertView",
          CentreLights: "../oversight/count-lights.ts#CentreLightsView",
          OversightSettings: "../oversight/settings.ts#SettingsView",
          Violation: "../oversight/list-violations.ts#ViolationRecord",
          Complaint: "../oversight/complaint-repository.ts#ComplaintView",
          Rating: "../oversight/rating-repository.ts#RatingView",
          Bulletin: "../oversight/compile-bulletin.ts#BulletinView",
          BulletinRow: "../oversight/compile-bulletin.ts#BulletinRowView",
          BulletinFigures: "../oversight/compile-bulletin.ts#BulletinFiguresView",
          RankingEntry: "../oversight/rank.ts#RankingEntryView",
          StandardAssessment: "../oversight/assess-township-centre.ts#AssessmentRecord",
          // The department item stubs are generated from configuration, and so are their mappers.
          ...Object.fromEntries(
            loadDepartments().map((d) => [itemTypeOf(d), "../stationing/item-reference.ts#ItemReference"]),
          ),
        },
      },
    },
  },
};

export default config;
