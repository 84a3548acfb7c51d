/**
 * Builds the consoles with Vite's API: `npm start` and the browser tests call it, so what they serve
 * is always the current source. Lives here so that `vite` resolves from this workspace.
 */
import { fileURLToPath } from "node:url";
import { build } from "vite";

export const consolesRoot = fileURLToPath(new URL(".", import.meta.url));

export async function buildConsoles(outDir = `${consolesRoot}dist`): Promise<string> {
  await build({ root: consolesRoot, configFile: `${consolesRoot}vite.config.ts`, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  return outDir;
}
