/**
 * The README's examples, run as written against a started system: each curl block in a shell, with
 * `npm run token` signing as the system's identity provider does, and the answer compared with the
 * abridged answer printed under it. The only change made to a command is the gateway's address
 * (localhost:4000 becomes the test gateway's ephemeral port), so a newcomer who pastes the README
 * gets what it says.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { repoRoot } from "@wuxi/federation";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNetwork, TEST_AUTH_SECRET, type TestNetwork } from "./support/network.ts";
import { matchesAbridged, readmeExamples } from "./support/readme.ts";

const run = promisify(execFile);
const examples = readmeExamples(readFileSync(`${repoRoot}README.md`, "utf8"));
let net: TestNetwork;

beforeAll(async () => {
  net = await startTestNetwork();
  // As `npm start` does on its own schedule: the centre holds the departments' published items.
  await net.syncReplica();
});
afterAll(async () => {
  await net?.close();
});

describe("the README's examples", () => {
  it("has examples, each followed by its answer", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it("compares abridged answers field by field", () => {
    expect(matchesAbridged({ a: 1, b: [{ c: "JVBERi0xLjc" }, 2], d: [] }, { b: [{ c: "JVBERi0…" }], d: [] })).toEqual([]);
    expect(matchesAbridged({ a: { state: "AWAITING_SUPPLEMENT" } }, { a: { state: "ACCEPTED" } })).toEqual(['$.a.state: "AWAITING_SUPPLEMENT" is not "ACCEPTED"']);
    expect(matchesAbridged({ errors: [{ code: "X" }] }, { errors: [] })).toHaveLength(1);
  });

  for (const example of examples) {
    it(`README line ${example.line} answers what the README says`, async () => {
      const gateway = new URL(net.gatewayUrl);
      const command = example.command.replace(/(https?:\/\/)?localhost:4000/g, `http://127.0.0.1:${gateway.port}`);
      const { stdout } = await run("bash", ["-e", "-o", "pipefail", "-c", command], {
        cwd: repoRoot,
        env: { ...process.env, AUTH_SECRET: TEST_AUTH_SECRET },
        maxBuffer: 16 * 1024 * 1024,
      });
      const answer = JSON.parse(stdout);
      expect(matchesAbridged(answer, example.answer), JSON.stringify(answer).slice(0, 2000)).toEqual([]);
    });
  }
});
