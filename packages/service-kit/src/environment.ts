import { readFileSync } from "node:fs";
import { z } from "zod";

/** Development defaults: they let `npm start` run on a fresh clone and are refused in production. */
export const DEV_AUTH_SECRET = "dev-only-auth-secret-change-me-in-production";
export const DEV_GATEWAY_SECRET = "dev-only-gateway-secret-change-me-in-production";

/** The environment every service reads; each service extends it with its own keys. */
export const baseEnvironment = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Shared between the gateway and the subgraphs; proves a call came through the gateway. */
  GATEWAY_SECRET: z.string().min(32).default(DEV_GATEWAY_SECRET),
  /** A PostgreSQL server URL; unset means the embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** The owner's URL, for migrations; services then connect with DATABASE_URL's role (docs/security.md). */
  DATABASE_OWNER_URL: z.string().url().optional(),
  /** With DATABASE_URL: each service's database is <prefix><service> (benchmarks run beside a dev set). */
  DATABASE_PREFIX: z.string().regex(/^[a-z_][a-z0-9_]*$/).default("wuxi_"),
  DATA_DIR: z.string().default("data"),
});

/**
 * Parses the environment once at start; reports every problem together and exits non-zero.
 */
export function parseEnvironment<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  // Only variables the service reads: TF_CLI_CONFIG_FILE and the like belong to other programs.
  const known = new Set(Object.keys((schema as unknown as { shape?: object }).shape ?? {}));
  const fromFiles = readSecretFiles(cleaned, known);
  const result = schema.safeParse(fromFiles.env);
  if (!result.success || fromFiles.problems.length > 0) {
    const lines = [
      ...fromFiles.problems,
      ...(result.success ? [] : result.error.issues.map((i) => `  ${i.path.join(".") || "(environment)"}: ${i.message}`)),
    ];
    process.stderr.write(`invalid environment:\n${lines.join("\n")}\n`);
    process.exit(1);
  }
  const value = result.data as { NODE_ENV?: string; GATEWAY_SECRET?: string; AUTH_SECRET?: string };
  if (value.NODE_ENV === "production" && [value.GATEWAY_SECRET, value.AUTH_SECRET].some((s) => s?.startsWith("dev-only-"))) {
    process.stderr.write("invalid environment: development secrets are not allowed in production\n");
    process.exit(1);
  }
  return result.data;
}

/**
 * `X_FILE=/run/secrets/x` sets X to the file's content (Docker secrets, Kubernetes secret volumes),
 * so secrets never sit in the environment of a container listing. Setting both X and X_FILE is an
 * error: which one wins would be a guess. The trailing newline editors add is dropped.
 */
export function readSecretFiles(env: Record<string, string | undefined>, known: Set<string>): { env: Record<string, string | undefined>; problems: string[] } {
  const out = { ...env };
  const problems: string[] = [];
  for (const [key, path] of Object.entries(env)) {
    if (!key.endsWith("_FILE") || !path) continue;
    const name = key.slice(0, -"_FILE".length);
    if (!known.has(name)) continue;
    if (env[name] !== undefined) {
      problems.push(`  ${name}: set either ${name} or ${key}, not both`);
      continue;
    }
    try {
      out[name] = readFileSync(path, "utf8").replace(/\r?\n$/, "");
    } catch (error) {
      // The path is the operator's own configuration, not a secret; the content never reaches a log.
      problems.push(`  ${key}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`);
    }
    delete out[key];
  }
  return { env: out, problems };
}
