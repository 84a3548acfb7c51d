import { civilDateOf } from "@wuxi/calendar";
import type { Db } from "@wuxi/db";
import type { DepartmentConfig } from "@wuxi/federation";
import type { Actor } from "@wuxi/identity";
import DataLoader from "dataloader";
import type { CalendarStore } from "./calendar/calendar-store.ts";
import type { DocumentStorage } from "@wuxi/storage";
import { type CaseEventRecord, type CaseRecord, CaseRepository, type NoticeRecord, type NotificationRecord, type SuspensionRecord } from "./cases/case-repository.ts";
import type { PartRecord } from "./cases/case-parts.ts";
import type { DepartmentsApi } from "./departments/department-client.ts";
import { type CentreRecord, CentreRepository, type WindowRecord } from "./centres/centre-repository.ts";
import { ReplicaRepository, type ReplicatedVersion, replicatedVersions } from "./replica/replica-repository.ts";
import { type StaffRecord, StaffRepository } from "./staff/staff-repository.ts";
import { type StationingRecord, StationingRepository } from "./stationing/stationing-repository.ts";

/** Per request: repositories on the database and one DataLoader per lookup, so each level is one query. */
export interface CentreContext {
  actor: Actor;
  db: Db;
  departments: DepartmentConfig[];
  /** Today in Asia/Shanghai. */
  today: () => string;
  centres: CentreRepository;
  centreById: DataLoader<string, CentreRecord | undefined>;
  childrenOf: DataLoader<string, CentreRecord[]>;
  windowsOf: DataLoader<string, WindowRecord[]>;
  windowById: DataLoader<string, WindowRecord | undefined>;
  stationingsAtWindow: DataLoader<string, StationingRecord[]>;
  stationingsAtCentre: DataLoader<string, StationingRecord[]>;
  stationingsOfItem: DataLoader<string, StationingRecord[]>;
  /** Stationings of one item at one centre, by "centreId|itemCode". */
  stationingsHere: DataLoader<string, StationingRecord[]>;
  staffAtWindow: DataLoader<string, StaffRecord[]>;
  staffOfCentre: DataLoader<string, StaffRecord[]>;
  /** The version in force of an item, from the centre's replica. */
  replicaInForce: DataLoader<string, ReplicatedVersion | undefined>;
  calendar: CalendarStore;
  departmentsApi: DepartmentsApi;
  storage: DocumentStorage;
  documentSecret: string;
  /** Channels besides the outbox that every applicant notification also goes to (SMS …). */
  notificationChannels: string[];
  suspensionsOf: DataLoader<string, SuspensionRecord[]>;
  eventsOf: DataLoader<string, CaseEventRecord[]>;
  noticesOf: DataLoader<string, NoticeRecord[]>;
  notificationsOf: DataLoader<string, NotificationRecord[]>;
  /** The parts of cases (joint departments, escalated tiers), by case id. */
  partsOf: DataLoader<string, PartRecord[]>;
  caseById: DataLoader<string, CaseRecord | undefined>;
  /** Exact item versions by "code@version", from the replica. */
  versionOf: DataLoader<string, ReplicatedVersion | undefined>;
}

/** What lives as long as the service: the clock, the holiday calendar and the departments' API. */
export interface CentreServices {
  now: () => Date;
  /** Rendered documents (notices), stored once when issued. */
  storage: DocumentStorage;
  /** Signs the short-lived download links of documents. */
  documentSecret: string;
  calendar: CalendarStore;
  departmentsApi: DepartmentsApi;
  notificationChannels: string[];
}

export function createCentreContext(db: Db, departments: DepartmentConfig[], actor: Actor, services: CentreServices): CentreContext {
  const centres = new CentreRepository(db);
  const stationing = new StationingRepository(db);
  const staff = new StaffRepository(db);
  const replica = new ReplicaRepository(db);
  const cases = new CaseRepository(db);
  const today = () => civilDateOf(services.now());
  return {
    actor,
    db,
    departments,
    today,
    centres,
    centreById: new DataLoader((ids) => centres.byIds(ids)),
    childrenOf: new DataLoader((ids) => centres.childrenOf(ids)),
    windowsOf: new DataLoader((ids) => centres.windowsOf(ids)),
    windowById: new DataLoader((ids) => centres.windowsByIds(ids)),
    stationingsAtWindow: new DataLoader((ids) => stationing.byWindowIds(ids)),
    stationingsAtCentre: new DataLoader((ids) => stationing.atCentres(ids)),
    stationingsOfItem: new DataLoader((codes) => stationing.byItemCodes(codes)),
    stationingsHere: new DataLoader((keys) => stationing.byCentreAndItem(keys)),
    staffAtWindow: new DataLoader((ids) => staff.atWindows(ids)),
    staffOfCentre: new DataLoader((ids) => staff.ofCentres(ids)),
    replicaInForce: new DataLoader((codes) => replica.inForceByCodes(codes, today())),
    calendar: services.calendar,
    departmentsApi: services.departmentsApi,
    storage: services.storage,
    documentSecret: services.documentSecret,
    notificationChannels: services.notificationChannels,
    suspensionsOf: new DataLoader((ids) => cases.suspensionsOf(ids)),
    eventsOf: new DataLoader((ids) => cases.eventsOf(ids)),
    noticesOf: new DataLoader((ids) => cases.noticesOf(ids)),
    notificationsOf: new DataLoader((ids) => cases.notificationsOf(ids)),
    partsOf: new DataLoader((ids) => cases.partsOf(ids)),
    caseById: new DataLoader((ids) => cases.byIds(ids)),
    versionOf: new DataLoader((keys) => replicatedVersions(db, keys)),
  };
}
