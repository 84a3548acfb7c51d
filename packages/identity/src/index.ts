export * from "./actor.ts";
export * from "./tokens.ts";
