import type { ApolloServerPlugin } from "@apollo/server";
import { accessLog, type Logger, ServiceMetrics } from "@wuxi/service-kit";
import type { Express } from "express";
import type { GatewayContext } from "./context.ts";

/**
 * The gateway's /metrics (operations by name, errors by code, the process) and access log: the
 * same as every subgraph's, so one dashboard reads them all.
 */
export function observeGateway(app: Express, logger: Logger): { plugin: ApolloServerPlugin<GatewayContext> } {
  const metrics = new ServiceMetrics("gateway");
  app.use(accessLog(logger));
  metrics.route(app);
  return { plugin: metrics.plugin() as ApolloServerPlugin<GatewayContext> };
}
