export * from "./item-document.ts";
export * from "./item-version.ts";
export * from "./tables.ts";
export * from "./department-service.ts";
export * from "./seed-catalogue.ts";
export * from "./content-hash.ts";
export type { CatalogueChange } from "./item-repository.ts";
export type { RecordDecisionInput } from "./use-cases/record-decision.ts";
export type { IssueLicenceInput } from "./use-cases/issue-licence.ts";
