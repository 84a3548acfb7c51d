import { loadDepartments, repoRoot, subgraphUrlsFrom, subgraphUrlVariables } from "@wuxi/federation";
import { DEV_AUTH_SECRET, baseEnvironment, parseEnvironment } from "@wuxi/service-kit";
import { z } from "zod";

export const GATEWAY_PORT = 4000;
export const CENTRE_PORT = 4100;

/** The gateway's environment; every subgraph URL has a local default (CENTRE_URL, MARKET_URL …). */
export function gatewayEnvironment(env: NodeJS.ProcessEnv = process.env) {
  const subgraphs = [{ id: "centre", port: CENTRE_PORT }, ...loadDepartments()];
  const parsed = parseEnvironment(
    baseEnvironment.extend({
      PORT: z.coerce.number().int().default(GATEWAY_PORT),
      /** Verifies the users' tokens (HS256). */
      AUTH_SECRET: z.string().min(32).default(DEV_AUTH_SECRET),
      SUPERGRAPH_PATH: z.string().default(`${repoRoot}schema/supergraph.graphql`),
      /** The built consoles (consoles/dist) to serve at /; unset: the gateway serves only /graphql. */
      CONSOLES_DIR: z.string().optional(),
      /** Rate limits shared by every gateway replica; unset: kept in this process's memory. */
      REDIS_URL: z.string().url().optional(),
      /** Express "trust proxy" (e.g. 1, or loopback) when a reverse proxy sets X-Forwarded-For; unset: the socket address. */
      TRUST_PROXY: z.string().optional(),
      ...subgraphUrlVariables(subgraphs),
    }),
    env,
  );
  return { ...parsed, subgraphUrls: subgraphUrlsFrom(parsed, subgraphs) };
}
