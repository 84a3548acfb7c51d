import cluster from "node:cluster";
import { loadDepartments, subgraphUrlsFrom, subgraphUrlVariables } from "@wuxi/federation";
import { baseEnvironment, parseEnvironment, runService } from "@wuxi/service-kit";
import { z } from "zod";
import { runCentreCluster } from "./centre-cluster.ts";
import { CENTRE_PORT, startCentreService } from "./service.ts";

const departments = loadDepartments();
const env = parseEnvironment(
  baseEnvironment.extend({
    PORT: z.coerce.number().int().default(CENTRE_PORT),
    /** How often the replica polls the departments' change feeds, in milliseconds. */
    REPLICA_SYNC_MS: z.coerce.number().int().min(0).default(2000),
    /** Processes answering on PORT (node cluster); the first alone runs the background work. */
    CENTRE_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
    ...subgraphUrlVariables(departments),
  }),
);

if (env.CENTRE_PROCESSES > 1 && !env.DATABASE_URL) {
  // The embedded PGlite is a folder one process opens; several would corrupt it.
  process.stderr.write("centre: CENTRE_PROCESSES > 1 needs DATABASE_URL (PostgreSQL); the embedded database serves one process\n");
  process.exit(1);
} else if (env.CENTRE_PROCESSES > 1 && cluster.isPrimary) {
  runCentreCluster(env.CENTRE_PROCESSES);
} else {
  // Pollers run in one process only: several would race for the same feeds and notifications.
  const background = cluster.isPrimary || process.env.CENTRE_WORKER_BACKGROUND === "1";
  runService("centre", () =>
    startCentreService(
      {
        departments,
        departmentUrls: subgraphUrlsFrom(env, departments),
        replicaSyncMs: background ? env.REPLICA_SYNC_MS : 0,
        // The first worker has migrated and seeded before the others start.
        // (The projector claims its cursor row, so it could run everywhere; one is enough.)
        ...(background ? {} : { deliveryMs: 0, reminderMs: 0, projectionMs: 0, seed: false }),
      },
      {
        port: env.PORT,
        host: env.HOST,
        gatewaySecret: env.GATEWAY_SECRET,
        databaseUrl: env.DATABASE_URL,
        databaseOwnerUrl: env.DATABASE_OWNER_URL,
        databaseName: `${env.DATABASE_PREFIX}centre`,
        dataDir: env.DATA_DIR,
      },
    ),
  );
}
