/**
 * The production build: each service's entry bundled by esbuild into <package>/dist/main.mjs, our
 * own workspace packages (@wuxi/*, TypeScript) inlined, every npm package left external so the
 * image installs production dependencies only and runs plain `node`, no tsx.
 *
 * Files read at run time (schema/*.graphql, drizzle migrations, seeds, config/departments.json)
 * are found from `import.meta.url`; in a bundle that would be the bundle's URL, so each module's
 * `import.meta.url` is rewritten to its source file's URL, relative to the bundle. The image keeps
 * those files where the source tree has them.
 */
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import { loadDepartments, repoRoot } from "@wuxi/federation";

const entries: { entry: string; out: string }[] = [
  { entry: "subgraphs/centre/src/main.ts", out: "subgraphs/centre/dist/main.mjs" },
  ...loadDepartments().map((d) => ({ entry: `subgraphs/${d.id}/src/main.ts`, out: `subgraphs/${d.id}/dist/main.mjs` })),
  { entry: "gateway/src/main.ts", out: "gateway/dist/main.mjs" },
  { entry: "gateway/src/hive/main.ts", out: "gateway/dist/hive.mjs" },
  { entry: "scripts/migrate.ts", out: "scripts/dist/migrate.mjs" },
];

function sourceLocations(outfile: string): Plugin {
  return {
    name: "source-import-meta-url",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@wuxi/") ? undefined : { path: args.path, external: true }));
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const text = await readFile(args.path, "utf8");
        const fromBundle = relative(dirname(outfile), args.path);
        return { contents: text.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`), loader: "ts" };
      });
    },
  };
}

for (const { entry, out } of entries) {
  const outfile = resolve(repoRoot, out);
  const result = await build({
    entryPoints: [resolve(repoRoot, entry)],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
    plugins: [sourceLocations(outfile)],
  });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  console.log(`${out}  ${(bytes / 1024).toFixed(0)} KiB (with source map)`);
}
