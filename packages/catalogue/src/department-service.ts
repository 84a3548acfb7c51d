import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type DepartmentConfig, loadDepartments, renderDepartmentSdl, schemaDir } from "@wuxi/federation";
import type { ItemDocument } from "./item-document.ts";
import { type ServiceDefinition, baseEnvironment, parseEnvironment, runService, startService, type ServiceSettings } from "@wuxi/service-kit";
import { parse } from "graphql";
import { z } from "zod";
import { type CatalogueContext, createCatalogueContext } from "./context.ts";
import { resolversFor } from "./resolvers/index.ts";
import { readSeedCatalogue, seedCatalogue } from "./seed-catalogue.ts";

/** A department's own pieces: everything else is the shared catalogue. */
export interface DepartmentModule {
  /** The id in config/departments.json, also the folder under subgraphs/. */
  id: string;
  /** The department's drizzle tables (the shared catalogue tables plus its own). */
  tables: Record<string, unknown>;
  /** URL of the department folder's root (new URL("..", import.meta.url) from src/). */
  root: URL;
}

export function departmentConfig(id: string): DepartmentConfig {
  const department = loadDepartments().find((d) => d.id === id);
  if (!department) throw new Error(`department "${id}" is not in config/departments.json`);
  return department;
}

/**
 * Overrides for a department that is not in config/departments.json (benchmarks, composition
 * experiments): its configuration, the whole department list, and its seed catalogue.
 */
export interface DepartmentOverrides {
  department: DepartmentConfig;
  departments: DepartmentConfig[];
  seed: ItemDocument[];
}

export function departmentDefinition(module: DepartmentModule, overrides?: DepartmentOverrides): ServiceDefinition<CatalogueContext> {
  const department = overrides?.department ?? departmentConfig(module.id);
  const departments = overrides?.departments ?? loadDepartments();
  // The committed SDL for a configured department; rendered from the same template otherwise.
  const sdl = overrides ? renderDepartmentSdl(department) : readFileSync(`${schemaDir}${department.id}.graphql`, "utf8");
  return {
    name: department.id,
    tables: module.tables,
    migrationsFolder: fileURLToPath(new URL("drizzle", module.root)),
    schema: buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: resolversFor(department) as never }),
    context: (db, actor) => createCatalogueContext(db, department, departments, actor),
    seed: async (db, logger) => {
      const documents = overrides?.seed ?? readSeedCatalogue(fileURLToPath(new URL("seed/catalogue.json", module.root)), department);
      const inserted = await seedCatalogue(db, documents, department.id);
      if (inserted > 0) logger.info({ inserted }, "seeded the catalogue");
    },
  };
}

export function startDepartmentService(module: DepartmentModule, settings: ServiceSettings) {
  return startService(departmentDefinition(module), settings);
}

/** Entry point of a department's process: environment, database, seed, HTTP. */
export function runDepartmentService(module: DepartmentModule): void {
  const department = departmentConfig(module.id);
  const env = parseEnvironment(baseEnvironment.extend({ PORT: z.coerce.number().int().default(department.port) }));
  runService(department.id, () =>
    startDepartmentService(module, {
      port: env.PORT,
      host: env.HOST,
      gatewaySecret: env.GATEWAY_SECRET,
      databaseUrl: env.DATABASE_URL,
      databaseOwnerUrl: env.DATABASE_OWNER_URL,
      databaseName: `${env.DATABASE_PREFIX}${department.id.replace(/-/g, "_")}`,
      dataDir: env.DATA_DIR,
    }),
  );
}
