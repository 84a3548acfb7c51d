export * from "./open-database.ts";
export * from "./errors.ts";
