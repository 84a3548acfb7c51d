export * from "./errors.ts";
export * from "./resident-id.ts";
export * from "./credit-code.ts";
export * from "./mobile.ts";
export * from "./mask.ts";
export * from "./generate.ts";
