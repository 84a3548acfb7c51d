import { readFileSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import { composeSupergraph, loadDepartments, repoRoot, subgraphSdls } from "@wuxi/federation";
import codegenConfig from "../codegen.ts";

export interface Artifact {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

/**
 * Everything generated from the SDL sources and config/departments.json: each subgraph's SDL, the
 * composed supergraph, and the codegen output. Written by `npm run generate`, compared by the tests.
 */
export async function schemaArtifacts(): Promise<Artifact[]> {
  const subgraphs = subgraphSdls(loadDepartments());
  return [
    ...subgraphs.map((s) => ({ path: `schema/${s.name}.graphql`, content: s.sdl })),
    { path: "schema/supergraph.graphql", content: `${composeSupergraph(subgraphs)}\n` },
  ];
}

/** Codegen reads the SDL files from disk, so it runs after the schema artifacts are written. */
export async function codegenArtifacts(): Promise<Artifact[]> {
  const previous = process.cwd();
  process.chdir(repoRoot);
  try {
    const outputs = await generate({ ...codegenConfig, silent: true, verbose: false }, false);
    return outputs.map((o: { filename: string; content: string }) => ({ path: o.filename, content: o.content }));
  } finally {
    process.chdir(previous);
  }
}

/** Artifacts whose committed copy differs from what generation produces now. */
export function staleArtifacts(artifacts: Artifact[]): string[] {
  return artifacts
    .filter((a) => {
      try {
        return readFileSync(`${repoRoot}${a.path}`, "utf8") !== a.content;
      } catch {
        return true;
      }
    })
    .map((a) => a.path);
}
