import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseEnvironment, parseEnvironment, readSecretFiles } from "./environment.ts";

const dir = mkdtempSync(join(tmpdir(), "wuxi-secrets-"));
const secretFile = join(dir, "gateway_secret");
writeFileSync(secretFile, "s".repeat(40) + "\n");
const known = new Set(Object.keys(baseEnvironment.shape));

describe("secrets from files (Docker secrets: X_FILE)", () => {
  it("reads GATEWAY_SECRET from GATEWAY_SECRET_FILE, without the editor's trailing newline", () => {
    const env = parseEnvironment(baseEnvironment, { NODE_ENV: "production", GATEWAY_SECRET_FILE: secretFile });
    expect(env.GATEWAY_SECRET).toBe("s".repeat(40));
  });

  it("refuses both GATEWAY_SECRET and GATEWAY_SECRET_FILE, and a file that cannot be read, naming the variable", () => {
    expect(readSecretFiles({ GATEWAY_SECRET: "x", GATEWAY_SECRET_FILE: secretFile }, known).problems).toEqual([
      "  GATEWAY_SECRET: set either GATEWAY_SECRET or GATEWAY_SECRET_FILE, not both",
    ]);
    expect(readSecretFiles({ GATEWAY_SECRET_FILE: join(dir, "missing") }, known).problems).toEqual([
      `  GATEWAY_SECRET_FILE: cannot read ${join(dir, "missing")} (ENOENT)`,
    ]);
  });

  it("leaves other programs' *_FILE variables alone", () => {
    expect(readSecretFiles({ TF_CLI_CONFIG_FILE: "/nowhere" }, known)).toEqual({ env: { TF_CLI_CONFIG_FILE: "/nowhere" }, problems: [] });
  });
});
