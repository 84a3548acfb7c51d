/**
 * Builds the consoles with Vite's API: `npm start` and the browser tests call it, so what they serve
 * is always the current source. Lives here so that `vite` resolves from this workspace.
 */
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const consolesRoot = fileURLToPath(new URL(".", import.meta.url));

export async function buildConsoles(outDir = `${consolesRoot}dist`): Promise<string> {
  // Vite sets NODE_ENV=production in this process for its build; the services started after it
  // (npm start's children inherit the environment) must keep the caller's.
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ root: consolesRoot, configFile: `${consolesRoot}vite.config.ts`, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}
