import { z } from "zod";
import { urlEnvOf } from "./departments.ts";

/** One URL variable per subgraph (CENTRE_URL, MARKET_URL …) with a localhost default. */
export function subgraphUrlVariables(subgraphs: { id: string; port: number }[]) {
  return Object.fromEntries(
    subgraphs.map((s) => [urlEnvOf(s.id), z.string().url().default(`http://127.0.0.1:${s.port}/graphql`)]),
  ) as Record<string, z.ZodDefault<z.ZodString>>;
}

/** The parsed URL variables as subgraph id -> URL. */
export function subgraphUrlsFrom(env: object, subgraphs: { id: string }[]): Record<string, string> {
  return Object.fromEntries(subgraphs.map((s) => [s.id, (env as Record<string, string>)[urlEnvOf(s.id)]!]));
}
