import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { type Actor, GATEWAY_TOKEN_HEADER, InvalidTokenError, verifyGatewayToken } from "@wuxi/identity";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import { DomainError } from "./errors.ts";
import { isFault, containFault } from "./errors.ts";
import { inputHygienePlugin } from "./input-hygiene.ts";
import { accessLog, type ServiceMetrics } from "./metrics.ts";
import { traceRequests } from "./tracing.ts";

export interface SubgraphServerOptions<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  gatewaySecret: string;
  /** Builds the per-request context (DataLoaders, repositories) for the verified actor. */
  context: (actor: Actor) => TContext | Promise<TContext>;
  port: number;
  host?: string;
  logger: Logger;
  /**
   * Checks the actor's claims against what the service knows (a clerk's window belongs to the
   * centre the token names); a refusal message (Chinese) means the call is refused as FORBIDDEN.
   */
  authorize?: (actor: Actor) => Promise<string | null>;
  /** Readiness: the database answers. */
  ready?: () => Promise<void>;
  /** Prometheus metrics served at /metrics. */
  metrics?: ServiceMetrics;
  /** Released after the HTTP server closed (the database). */
  onClose?: () => Promise<void>;
  /** Plain HTTP routes beside /graphql (the centre's document downloads); they check their own access. */
  routes?: (app: express.Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

declare module "express-serve-static-core" {
  interface Request {
    actor?: Actor;
  }
}

/**
 * A subgraph behind the gateway: /graphql answers only calls carrying the gateway's signed actor
 * (401 otherwise), /healthz says the process lives, /readyz that its database answers.
 */
export async function startSubgraphServer<TContext extends object>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const { logger } = options;
  const app = express();
  const httpServer = createServer(app);
  // Above the gateway agent's idle timeout, so the gateway never writes to a socket we are closing.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const apollo = new ApolloServer<TContext & { actor: Actor }>({
    schema: options.schema,
    // Status 200 for refused input: the gateway reads a subgraph's errors only from a 2xx answer.
    plugins: [
      drainPlugin(httpServer),
      inputHygienePlugin({ httpStatus: 200 }),
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.metrics ? [options.metrics.plugin()] : []),
    ],
    includeStacktraceInErrorResponses: false,
    // runService handles SIGINT/SIGTERM and closes the database after the server; a second stop() would hang.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      const original = unwrapResolverError(error);
      if (original instanceof DomainError) {
        return { ...formatted, message: original.message, extensions: { code: original.code, field: original.field } };
      }
      // A fault's text (SQL and its parameters, a stack) stays in the log, under the id the caller reads.
      if (isFault(formatted, error)) {
        return containFault(formatted, (correlationId) => logger.error({ err: original, correlationId, path: formatted.path }, "resolver failed"));
      }
      return formatted;
    },
  });
  await apollo.start();

  app.use(accessLog(logger));
  options.metrics?.route(app);
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", service: options.name });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await options.ready?.();
      res.json({ status: "ready", service: options.name });
    } catch (error) {
      logger.warn({ err: error }, "not ready");
      res.status(503).json({ status: "unavailable", service: options.name });
    }
  });
  options.routes?.(app);
  app.use(
    "/graphql",
    express.json({ limit: "2mb" }),
    traceRequests(options.name),
    async (req, res, next) => {
      const token = req.header(GATEWAY_TOKEN_HEADER);
      if (!token) {
        res.status(401).json(unauthenticated("只接受经网关转发的请求 / calls must come through the gateway"));
        return;
      }
      try {
        req.actor = await verifyGatewayToken(token, options.gatewaySecret);
      } catch (error) {
        const reason = error instanceof InvalidTokenError ? error.reason : "invalid";
        res.status(401).json(unauthenticated(`网关凭证无效(${reason}) / gateway token rejected`));
        return;
      }
      const refusal = await options.authorize?.(req.actor);
      if (refusal) {
        // 200 with a GraphQL error: the gateway passes a subgraph's errors on only from a 2xx answer.
        res.status(200).json({ data: null, errors: [{ message: refusal, extensions: { code: "FORBIDDEN" } }] });
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ ...(await options.context(req.actor!)), actor: req.actor! }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}/graphql`;
  return {
    url,
    port,
    async close() {
      await apollo.stop();
      await options.onClose?.();
    },
  };
}

function unauthenticated(message: string) {
  return { errors: [{ message, extensions: { code: "UNAUTHENTICATED" } }] };
}

function drainPlugin(server: Server): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await new Promise<void>((resolve) => {
            server.close(() => resolve());
            server.closeIdleConnections();
          });
        },
      };
    },
  };
}
