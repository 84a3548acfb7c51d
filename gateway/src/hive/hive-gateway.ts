import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import http from "@graphql-mesh/transport-http";
import { GATEWAY_TOKEN_HEADER } from "@wuxi/identity";
import type { Logger } from "@wuxi/service-kit";
import { actorFromAuthorization, gatewayContext } from "../context.ts";

/**
 * Hive Gateway serving the committed supergraph unchanged, with its Rust query planner: the router
 * path a city can run instead of @apollo/gateway (docs/operations.md). Same contract as the
 * gateway's: the caller's token is verified once per request, and each subgraph fetch of that
 * request carries the gateway's signed actor and nothing else the client sent.
 */
export interface HiveGatewaySettings {
  supergraphSdl: string;
  /** Subgraph name -> its /graphql URL; overrides the URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  authSecret: string;
  gatewaySecret: string;
  logger: Logger;
}

/** The gateway's configuration, as a Hive Gateway config file (gateway.config.ts) would export it. */
export function hiveGatewayConfig(settings: HiveGatewaySettings) {
  // The signed actor of each client request, made once however many subgraph fetches it plans.
  const actorTokens = new WeakMap<Request, Promise<string>>();
  const tokenFor = (request: Request) => {
    let token = actorTokens.get(request);
    if (!token) {
      token = actorFromAuthorization(request.headers.get("authorization") ?? undefined, settings.authSecret).then(
        async (actor) => (await gatewayContext(actor, settings.gatewaySecret)).gatewayToken,
      );
      actorTokens.set(request, token);
    }
    return token;
  };
  return {
    // A function, so the SDL is taken as it is rather than read as a path or URL.
    supergraph: () => settings.supergraphSdl,
    transports: { http },
    // The Rust planner (@graphql-hive/router-runtime): measured faster on our joins (docs/operations.md).
    unifiedGraphHandler,
    transportEntries: Object.fromEntries(
      Object.entries(settings.subgraphUrls).map(([name, location]) => [
        name,
        // Off: the transport's in-flight dedupe keys on what the client sent, not on the actor header
        // added below, so it would hand one user's answer to another user asking the same thing.
        { location, options: { deduplicateInflightRequests: false } },
      ]),
    ),
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }: { request: Request }) => ({ [GATEWAY_TOKEN_HEADER]: await tokenFor(request) }),
    },
    plugins: () => [
      {
        // A bad or expired token is refused before anything is planned, as by the gateway.
        async onRequest({ request, endResponse }: { request: Request; endResponse(response: Response): void }) {
          if (!new URL(request.url).pathname.startsWith("/graphql")) return;
          try {
            await tokenFor(request);
          } catch {
            endResponse(
              Response.json({ errors: [{ message: "登录凭证无效", extensions: { code: "UNAUTHENTICATED" } }] }, { status: 401 }),
            );
          }
        },
      },
    ],
    // The same probe paths as every other service (compose healthchecks).
    healthCheckEndpoint: "/healthz",
    readinessCheckEndpoint: "/readyz",
    graphiql: false,
    landingPage: false,
    maskedErrors: true,
    logging: false as const,
  };
}

export async function startHiveGateway(settings: HiveGatewaySettings & { port: number; host?: string }) {
  const runtime = createGatewayRuntime(hiveGatewayConfig(settings) as never);
  const server = createServer(runtime as never);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${settings.host ?? "127.0.0.1"}:${port}/graphql`;
  settings.logger.info({ url }, "hive gateway ready");
  return {
    url,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}
