export * from "./open-database.ts";
export * from "./errors.ts";
export * from "./group.ts";
export * from "./unique-violation.ts";
export * from "./hash-chain.ts";
export * from "./tracing.ts";
