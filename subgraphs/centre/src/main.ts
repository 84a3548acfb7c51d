import { loadDepartments, subgraphUrlsFrom, subgraphUrlVariables } from "@wuxi/federation";
import { baseEnvironment, parseEnvironment, runService } from "@wuxi/service-kit";
import { z } from "zod";
import { CENTRE_PORT, startCentreService } from "./service.ts";

const departments = loadDepartments();
const env = parseEnvironment(
  baseEnvironment.extend({
    PORT: z.coerce.number().int().default(CENTRE_PORT),
    /** How often the replica polls the departments' change feeds, in milliseconds. */
    REPLICA_SYNC_MS: z.coerce.number().int().min(0).default(2000),
    ...subgraphUrlVariables(departments),
  }),
);

runService("centre", () =>
  startCentreService(
    { departments, departmentUrls: subgraphUrlsFrom(env, departments), replicaSyncMs: env.REPLICA_SYNC_MS },
    { port: env.PORT, host: env.HOST, gatewaySecret: env.GATEWAY_SECRET, databaseUrl: env.DATABASE_URL, databaseOwnerUrl: env.DATABASE_OWNER_URL, dataDir: env.DATA_DIR },
  ),
);
