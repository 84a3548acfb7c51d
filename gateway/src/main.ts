import { readFileSync } from "node:fs";
import { createLogger, runService } from "@wuxi/service-kit";
import { gatewayEnvironment } from "./environment.ts";
import { startGateway } from "./gateway.ts";

const env = gatewayEnvironment();

runService("gateway", () =>
  startGateway({
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, "utf8"),
    subgraphUrls: env.subgraphUrls,
    authSecret: env.AUTH_SECRET,
    gatewaySecret: env.GATEWAY_SECRET,
    port: env.PORT,
    host: env.HOST,
    logger: createLogger("gateway", env.LOG_LEVEL),
    introspection: env.NODE_ENV !== "production",
    consolesDir: env.CONSOLES_DIR,
    devTokens: env.NODE_ENV !== "production",
    redisUrl: env.REDIS_URL,
    trustProxy: env.TRUST_PROXY === undefined ? undefined : /^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY,
  }),
);
