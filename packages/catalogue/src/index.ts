export * from "./item-document.ts";
export * from "./item-version.ts";
export * from "./tables.ts";
export * from "./department-service.ts";
export * from "./seed-catalogue.ts";
export * from "./content-hash.ts";
