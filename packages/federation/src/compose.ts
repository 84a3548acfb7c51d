import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { type DepartmentConfig } from "./departments.ts";
import { renderCentreSdl, renderDepartmentSdl } from "./sdl.ts";

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Every subgraph's SDL for a department list: the centre first, then each department. */
export function subgraphSdls(departments: DepartmentConfig[], centrePort = 4100): SubgraphSdl[] {
  return [
    { name: "centre", url: `http://localhost:${centrePort}/graphql`, sdl: renderCentreSdl(departments) },
    ...departments.map((d) => ({ name: d.id, url: `http://localhost:${d.port}/graphql`, sdl: renderDepartmentSdl(d) })),
  ];
}

/** Compose statically; throws with every composition error listed. */
export function composeSupergraph(subgraphs: SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
  );
  if (result.errors) {
    throw new Error(`supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}
