import { composeSupergraph, loadDepartments, renderCentreSdl, renderDepartmentSdl, subgraphSdls } from "@wuxi/federation";
import { describe, expect, it } from "vitest";
import { codegenArtifacts, schemaArtifacts, staleArtifacts } from "../scripts/generated-artifacts.ts";

const health = { id: "health", name: "卫生健康委员会", short: "卫健", typePrefix: "Health", codePrefix: "WJ", port: 4199 };

describe("the supergraph", () => {
  it("is composed from the committed subgraph SDL and is current", async () => {
    expect(staleArtifacts(await schemaArtifacts())).toEqual([]);
  });

  it("has current codegen output for every subgraph", async () => {
    expect(staleArtifacts(await codegenArtifacts())).toEqual([]);
  });

  it("gives each department its own item type implementing the shared Item interface", () => {
    const supergraph = composeSupergraph(subgraphSdls(loadDepartments()));
    for (const type of ["MarketItem", "CivilAffairsItem", "PlanningItem"]) {
      expect(supergraph).toMatch(new RegExp(`type ${type} implements Item`));
    }
  });

  it("composes with a fourth department added by configuration alone", () => {
    const supergraph = composeSupergraph(subgraphSdls([...loadDepartments(), health]));
    expect(supergraph).toMatch(/type HealthItem implements Item/);
    expect(supergraph).toMatch(/health: HealthCatalogue!/);
    expect(supergraph).toContain('join__graph(name: "health"');
  });

  it("fails when the centre lacks the stub of a department's item type", () => {
    const departments = [...loadDepartments(), health];
    const subgraphs = [
      { name: "centre", url: "http://centre", sdl: renderCentreSdl(loadDepartments()) },
      ...departments.map((d) => ({ name: d.id, url: `http://${d.id}`, sdl: renderDepartmentSdl(d) })),
    ];
    expect(() => composeSupergraph(subgraphs)).toThrow(/HealthItem/);
  });
});
