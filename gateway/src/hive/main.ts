import { readFileSync } from "node:fs";
import { createLogger, runService } from "@wuxi/service-kit";
import { gatewayEnvironment } from "../environment.ts";
import { startHiveGateway } from "./hive-gateway.ts";

/** Hive Gateway instead of @apollo/gateway, on the same environment (PORT, *_URL, secrets). */
const env = gatewayEnvironment();

runService("hive-gateway", () =>
  startHiveGateway({
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: env.subgraphUrls,
    authSecret: env.AUTH_SECRET,
    gatewaySecret: env.GATEWAY_SECRET,
    port: env.PORT,
    host: env.HOST,
    logger: createLogger("hive-gateway", env.LOG_LEVEL),
  }),
);
