export * from "./departments.ts";
export * from "./sdl.ts";
export * from "./compose.ts";
export * from "./subgraph-urls.ts";
