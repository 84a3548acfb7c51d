/**
 * npm run generate          writes schema/*.graphql, schema/supergraph.graphql and codegen output
 * npm run check:generated   exits 1, naming the files, when a committed artifact is stale
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { repoRoot } from "@wuxi/federation";
import { codegenArtifacts, schemaArtifacts, staleArtifacts, type Artifact } from "./generated-artifacts.ts";

const check = process.argv.includes("--check");

function write(artifacts: Artifact[]) {
  for (const a of artifacts) {
    mkdirSync(dirname(`${repoRoot}${a.path}`), { recursive: true });
    writeFileSync(`${repoRoot}${a.path}`, a.content);
  }
}

const schema = await schemaArtifacts();
if (check) {
  const stale = staleArtifacts([...schema, ...(await codegenArtifacts())]);
  if (stale.length > 0) {
    console.error(`stale generated files (run npm run generate):\n${stale.map((p) => `  ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log("generated files are current");
} else {
  write(schema);
  const code = await codegenArtifacts();
  write(code);
  console.log([...schema, ...code].map((a) => `wrote ${a.path}`).join("\n"));
}
