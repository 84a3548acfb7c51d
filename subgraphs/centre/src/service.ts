import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type DepartmentConfig, loadDepartments, schemaDir } from "@wuxi/federation";
import { type ServiceDefinition, type ServiceSettings, startService } from "@wuxi/service-kit";
import { parse } from "graphql";
import { seedNetwork } from "./centres/seed-network.ts";
import { type CentreContext, createCentreContext } from "./context.ts";
import { centreResolvers } from "./resolvers/index.ts";
import * as tables from "./tables.ts";

export const CENTRE_PORT = 4100;

export function centreDefinition(departments: DepartmentConfig[] = loadDepartments()): ServiceDefinition<CentreContext> {
  const typeDefs = parse(readFileSync(`${schemaDir}centre.graphql`, "utf8"));
  return {
    name: "centre",
    tables,
    migrationsFolder: fileURLToPath(new URL("../drizzle", import.meta.url)),
    schema: buildSubgraphSchema({ typeDefs, resolvers: centreResolvers(departments) as never }),
    context: (db, actor) => createCentreContext(db, departments, actor),
    seed: (db, logger) => seedNetwork(db, departments, logger),
  };
}

export function startCentreService(settings: ServiceSettings) {
  return startService(centreDefinition(), settings);
}
