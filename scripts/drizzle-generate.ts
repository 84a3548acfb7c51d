/** npm run db:generate — drizzle-kit generate for every subgraph that has a drizzle.config.ts. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { repoRoot } from "@wuxi/federation";

const bin = `${repoRoot}node_modules/.bin/drizzle-kit`;
for (const name of readdirSync(`${repoRoot}subgraphs`)) {
  const dir = `${repoRoot}subgraphs/${name}`;
  if (!existsSync(`${dir}/drizzle.config.ts`)) continue;
  console.log(`${name}:`);
  execFileSync(bin, ["generate", ...process.argv.slice(2)], { cwd: dir, stdio: "inherit" });
}
