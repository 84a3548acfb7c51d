export * from "./tables.ts";
export * from "./lease.ts";
export * from "./claim.ts";
export * from "./periodic.ts";
