/**
 * Applies every subgraph's migrations, once, as the database owner, then exits: the one-shot
 * `migrate` service of docker-compose.yml, which the services wait for. Replicas that migrate at
 * start-up as well find nothing left to do; either way the advisory lock in @wuxi/db keeps two
 * migrators from racing.
 */
import { openDatabase } from "@wuxi/db";
import { loadDepartments, repoRoot } from "@wuxi/federation";
import { baseEnvironment, parseEnvironment } from "@wuxi/service-kit";
import { z } from "zod";

const env = parseEnvironment(
  baseEnvironment.extend({
    /** The owner of the schemas (DDL); defaults to DATABASE_URL. */
    DATABASE_OWNER_URL: z.string().url().optional(),
  }),
);
const url = env.DATABASE_OWNER_URL ?? env.DATABASE_URL;
if (!url) {
  process.stderr.write("migrate: DATABASE_OWNER_URL or DATABASE_URL must name the PostgreSQL server (PGlite migrates at start-up)\n");
  process.exit(1);
}
for (const service of ["centre", ...loadDepartments().map((d) => d.id)]) {
  const opened = await openDatabase({ service, schema: {}, migrationsFolder: `${repoRoot}subgraphs/${service}/drizzle`, url });
  await opened.close();
  process.stdout.write(`migrate: ${opened.location} is current\n`);
}
