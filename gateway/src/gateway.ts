import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { formatGatewayError } from "./errors.ts";
import { jsonErrors } from "./json-errors.ts";
import { createRateLimiters, LIMITS, rateLimitPlugin } from "./rate-limit.ts";
import { BUDGETS, costLimitPlugin } from "./cost.ts";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { InvalidTokenError } from "@wuxi/identity";
import { inputHygienePlugin, type Logger, traceRequests } from "@wuxi/service-kit";
import express from "express";
import { actorFromAuthorization, type GatewayContext, gatewayContext } from "./context.ts";
import { devTokenRoute, serveConsoles } from "./consoles.ts";
import { observeGateway } from "./metrics.ts";
import { SubgraphDataSource } from "./subgraph-data-source.ts";

export interface GatewaySettings {
  supergraphSdl: string;
  /** Subgraph name -> its /graphql URL; overrides the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  authSecret: string;
  gatewaySecret: string;
  port: number;
  host?: string;
  logger: Logger;
  introspection?: boolean;
  /** The built browser consoles to serve at / (consoles/dist); none when unset. */
  consolesDir?: string;
  /** Development login (POST /dev/token); never in production. */
  devTokens?: boolean;
  /** Shared rate-limit store for several gateway replicas; in memory when unset. */
  redisUrl?: string;
  /** Rate limits of the guarded public fields (tests lower them); LIMITS by default. */
  limits?: typeof LIMITS;
  /** Query cost budgets of staff and of the public; BUDGETS by default. */
  budgets?: typeof BUDGETS;
  /** Express `trust proxy`: set when a reverse proxy in front sets X-Forwarded-For. */
  trustProxy?: boolean | number | string;
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The one entry point of the consoles and departmental systems: verifies the caller's token,
 * plans each operation over the statically composed supergraph, and calls the subgraphs with
 * the verified actor. /healthz: the process lives; /readyz: every subgraph is ready.
 */
export async function startGateway(settings: GatewaySettings): Promise<RunningGateway> {
  const { logger } = settings;
  // @apollo/gateway otherwise probes cloud metadata endpoints and reports usage to Apollo:
  // nothing leaves a government network unasked.
  process.env.APOLLO_TELEMETRY_DISABLED ??= "true";
  const gateway = new ApolloGateway({
    supergraphSdl: settings.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(settings.subgraphUrls[name] ?? url!, name, logger),
  });
  const app = express();
  if (settings.trustProxy !== undefined) app.set("trust proxy", settings.trustProxy);
  const httpServer = createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  // Operations are bounded before they are planned: depth, aliases, directives and tokens here;
  // cost (with list sizes, per caller) in cost.ts.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: settings.introspection === false },
  }).protect();
  const observed = observeGateway(app, logger);
  const limiters = await createRateLimiters(settings.redisUrl, settings.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: settings.introspection ?? true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      observed.plugin,
      ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
      inputHygienePlugin<GatewayContext>(),
      costLimitPlugin(settings.budgets, limiters.publicCost),
      rateLimitPlugin(limiters, logger),
    ],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    formatError: formatGatewayError(logger),
    includeStacktraceInErrorResponses: false,
    // runService handles SIGINT/SIGTERM and closes the database after the server; a second stop() would hang.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  // Documents (Notice.url) are served by the centre; the link's signed token is its authorisation,
  // so the gateway passes the request through unchanged, on the same origin as /graphql.
  const centreBase = settings.subgraphUrls.centre?.replace(/\/graphql$/, "");
  app.get("/documents/*path", async (req, res) => {
    if (!centreBase) {
      res.status(404).end();
      return;
    }
    try {
      const upstream = await fetch(`${centreBase}${req.originalUrl}`, { signal: AbortSignal.timeout(30_000) });
      res.status(upstream.status);
      for (const h of ["content-type", "content-disposition", "cache-control"]) {
        const v = upstream.headers.get(h);
        if (v) res.set(h, v);
      }
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch {
      res.status(502).json({ code: "DOCUMENT_UNAVAILABLE", message: "文书服务暂时不可用,请稍后重试" });
    }
  });
  app.get("/readyz", async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(settings.subgraphUrls).map(async ([name, url]) => {
        try {
          const r = await fetch(url.replace(/\/graphql$/, "/readyz"), { signal: AbortSignal.timeout(2000) });
          return [name, r.ok ? "ready" : `status ${r.status}`] as const;
        } catch {
          return [name, "unreachable"] as const;
        }
      }),
    );
    const ready = checks.every(([, s]) => s === "ready");
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", subgraphs: Object.fromEntries(checks) });
  });
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    traceRequests("gateway"),
    // A bad or expired token is a 401 with a Chinese message, before anything is planned.
    async (req, res, next) => {
      try {
        req.actor = await actorFromAuthorization(req.header("authorization"), settings.authSecret);
        next();
      } catch (error) {
        res.status(401).json({ errors: [{ message: unauthenticatedMessage(error), extensions: { code: "UNAUTHENTICATED" } }] });
      }
    },
    expressMiddleware(apollo, { context: ({ req }) => gatewayContext(req.actor!, settings.gatewaySecret, req.ip ?? req.socket.remoteAddress) }),
  );
  if (settings.devTokens) devTokenRoute(app, settings.authSecret);
  if (settings.consolesDir) serveConsoles(app, settings.consolesDir);
  jsonErrors(app, logger);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(settings.port, settings.host ?? "127.0.0.1", () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${settings.host ?? "127.0.0.1"}:${port}/graphql`;
  logger.info({ url }, "gateway ready");
  return {
    url,
    port,
    close: async () => {
      await apollo.stop();
      await limiters.close();
    },
  };
}

function unauthenticatedMessage(error: unknown): string {
  const reason = error instanceof InvalidTokenError ? error.reason : "invalid";
  if (reason === "expired") return "登录凭证已过期,请重新登录";
  if (reason === "scope") return "登录凭证缺少角色所需的中心、部门或窗口";
  return "登录凭证无效";
}
export { LIMITS } from "./rate-limit.ts";
