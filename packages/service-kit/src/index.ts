export * from "./environment.ts";
export * from "./logger.ts";
export * from "./errors.ts";
export * from "./subgraph-server.ts";
export * from "./run-service.ts";
export * from "./start-service.ts";
export * from "./redact.ts";
export * from "./input-hygiene.ts";
