import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type DepartmentConfig, loadDepartments, renderCentreSdl, schemaDir } from "@wuxi/federation";
import { type ServiceDefinition, type ServiceSettings, startService } from "@wuxi/service-kit";
import { parse } from "graphql";
import { type SeedItem, seedNetwork } from "./centres/seed-network.ts";
import type { Db } from "@wuxi/db";
import { newHolder } from "@wuxi/jobs";
import { CalendarStore, seedCalendar } from "./calendar/calendar-store.ts";
import { type CentreContext, type CentreServices, createCentreContext } from "./context.ts";
import { departmentsApi } from "./departments/department-client.ts";
import { departmentFeed } from "./replica/department-feed.ts";
import type { NotificationAdapter } from "./notifications/adapters.ts";
import { type Delivery, startDelivery } from "./notifications/delivery-worker.ts";
import { type ReplicaSync, startReplicaSync } from "./replica/sync-replica.ts";
import { type ReminderSweep, startReminderSweep } from "./reminders/reminder-sweep.ts";
import { type Projections, startProjections } from "./projections/projector.ts";
import { type Renderer, startRenderer } from "./documents/renderer.ts";
import { documentRoutes } from "./documents/download-route.ts";
import { type DocumentStorage, folderStorage, memoryStorage } from "@wuxi/storage";
import { createLogger } from "@wuxi/service-kit";

/** What the centre does besides answering requests. */
export type CentreBackground = {
  syncNow: ReplicaSync["syncNow"];
  deliverNow: Delivery["deliverNow"];
  sweepReminders: ReminderSweep["sweepNow"];
  /** The reminder sweep as its timer runs it: under the lease shared by every replica. */
  reminderTick: ReminderSweep["tick"];
  /** Names this replica in job_leases. */
  holder: string;
  /** Anchors every chain head now (tests; the service does it every AUDIT_ANCHOR_MS). */
  anchorNow: () => Promise<number>;
  projectNow: Projections["projectNow"];
  renderNow: Renderer["renderNow"];
  stop(): Promise<void>;
};
import { observeCentre } from "./metrics.ts";
import { centreResolvers } from "./resolvers/index.ts";
import * as tables from "./tables.ts";
import { windowOfCentre } from "./centres/authorize-actor.ts";
import { type AnchorStore, folderAnchorStore } from "./audit/anchor-store.ts";
import { startAnchoring } from "./audit/anchor-chains.ts";

export const CENTRE_PORT = 4100;

export interface CentreOptions {
  /** Departments other than config/departments.json (benchmarks): the SDL is rendered for them. */
  departments?: DepartmentConfig[];
  /** Seed catalogues by department id, instead of subgraphs/<id>/seed/catalogue.json. */
  seedCatalogues?: Record<string, SeedItem[]>;
  /** Department id -> its subgraph's /graphql URL, read directly for the replica's change feeds. */
  departmentUrls: Record<string, string>;
  /** How often the replica polls each feed; 0 syncs only on demand (tests). */
  replicaSyncMs: number;
  /** Where chain heads are anchored; default a folder, AUDIT_ANCHOR_DIR or <DATA_DIR>/audit-anchors. */
  anchorStore?: AnchorStore;
  /** How often chain heads are anchored; a day by default, 0 only on demand (tests). */
  anchorMs?: number;
  /** The clock; tests set the day. */
  now?: () => Date;
  /** Delivery channels besides the centre's outbox (an SMS gateway …), retried until delivered. */
  notificationAdapters?: NotificationAdapter[];
  /** How often pending notifications are handed to their adapters; 0 only on demand (tests). */
  deliveryMs?: number;
  /** How often staff reminders of near and past deadlines are swept; 0 only on demand (tests). */
  reminderMs?: number;
  /** How often the history's projectors (the oversight roll-up) fold in new events; 0 only on demand. */
  projectionMs?: number;
  /** How often issued notices are rendered and stored; 0 only on demand or at the first download. */
  renderMs?: number;
  /** Where rendered documents go; default data/centre/documents (memory with an in-memory database). */
  storage?: DocumentStorage;
  /** false: the network is already seeded (a second process of a clustered centre). */
  seed?: boolean;
}

export function centreDefinition(options: CentreOptions): ServiceDefinition<CentreContext, CentreBackground> {
  const departments = options.departments ?? loadDepartments();
  const sdl = options.departments ? renderCentreSdl(departments) : readFileSync(`${schemaDir}centre.graphql`, "utf8");
  const typeDefs = parse(sdl);
  // One set of services for the life of the service, made with the first request's context.
  let services: CentreServices | undefined;
  let storage: DocumentStorage | undefined;
  const storageFor = (settings: ServiceSettings) =>
    (storage ??= options.storage ?? (settings.dataDir === ":memory:" ? memoryStorage() : folderStorage(`${settings.dataDir ?? "data"}/centre/documents`)));
  const centreServices = (db: Db, settings: ServiceSettings): CentreServices => ({
    storage: storageFor(settings),
    documentSecret: settings.gatewaySecret,
    now: options.now ?? (() => new Date()),
    calendar: new CalendarStore(db),
    departmentsApi: departmentsApi(departments, options.departmentUrls, settings.gatewaySecret),
    notificationChannels: (options.notificationAdapters ?? []).map((a) => a.channel),
  });
  return {
    name: "centre",
    tables,
    migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
    schema: buildSubgraphSchema({ typeDefs, resolvers: centreResolvers(departments) as never }),
    authorize: windowOfCentre(),
    context: (db, actor, settings) => createCentreContext(db, departments, actor, (services ??= centreServices(db, settings))),
    routes: (app, db, settings) => documentRoutes(app, db, storageFor(settings), settings.gatewaySecret, settings.logger ?? createLogger("centre")),
    seed: async (db, logger) => {
      if (options.seed === false) return;
      await seedCalendar(db);
      await seedNetwork(db, departments, logger, options.seedCatalogues);
    },
    background: (db, logger, settings, metrics) => {
      const holder = newHolder("centre");
      observeCentre(db, metrics);
      const replica = startReplicaSync({
        db,
        holder,
        logger,
        intervalMs: options.replicaSyncMs,
        onRun: metrics.onJobRun,
        feeds: Object.fromEntries(
          departments.map((d) => [d.id, departmentFeed(d, options.departmentUrls[d.id]!, settings.gatewaySecret)]),
        ),
      });
      const delivery = startDelivery({ db, logger, holder, adapters: options.notificationAdapters ?? [], intervalMs: options.deliveryMs ?? 5000, now: options.now, onRun: metrics.onJobRun });
      const reminders = startReminderSweep({ db, logger, holder, calendar: new CalendarStore(db), intervalMs: options.reminderMs ?? 600_000, now: options.now ?? (() => new Date()), onRun: metrics.onJobRun });
      const anchorDir = process.env.AUDIT_ANCHOR_DIR ?? `${settings.dataDir && settings.dataDir !== ":memory:" ? settings.dataDir : "data"}/audit-anchors`;
      const anchoring = startAnchoring(db, options.anchorStore ?? folderAnchorStore(anchorDir), logger, options.anchorMs ?? 86_400_000);
      const renderer = startRenderer({ db, storage: storageFor(settings), logger, intervalMs: options.renderMs ?? 500 });
      const projections = startProjections({ db, logger, calendar: new CalendarStore(db), intervalMs: options.projectionMs ?? 1000 });
      return {
        anchorNow: anchoring.anchorNow,
        syncNow: replica.syncNow,
        deliverNow: delivery.deliverNow,
        sweepReminders: reminders.sweepNow,
        reminderTick: reminders.tick,
        holder,
        projectNow: projections.projectNow,
        renderNow: renderer.renderNow,
        stop: async () => {
          await Promise.all([replica.stop(), delivery.stop(), reminders.stop(), anchoring.stop(), projections.stop(), renderer.stop()]);
        },
      };
    },
  };
}

export function startCentreService(options: CentreOptions, settings: ServiceSettings) {
  return startService(centreDefinition(options), settings);
}

export type { NotificationAdapter } from "./notifications/adapters.ts";
export { CaseRepository } from "./cases/case-repository.ts";
export { OPEN_STATES } from "./cases/guards.ts";
export { verifyCentreChains, type AuditReport } from "./audit/verify-chains.ts";
export { folderAnchorStore, type AnchorStore, type Anchor } from "./audit/anchor-store.ts";
export { anchorChains } from "./audit/anchor-chains.ts";
