/**
 * The clock's rate: the fast engine (working-day index) and the day-by-day reference it replaced,
 * on the same seeded random cases, in one run, one thread, no database.
 *
 *   npm run bench:clock -- --cases 1000000 --reference 50000 [--agree 1000000] [--seed 20261201]
 *
 * Prints deadlines/s for: the fast engine with pauses (the generator's mix), the same without
 * pauses, the fast engine with its Chinese explanation read, and the reference on the first
 * `--reference` cases (it is ~1,000× slower; `--agree` compares both on that many cases).
 */
import { defaultCalendar, deadlineWithPauses, type DeadlineInput } from "@wuxi/calendar";
import { random, randomCase } from "../packages/calendar/src/random-cases.ts";
import { referenceDeadline } from "../packages/calendar/src/reference-deadline.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const CASES = arg("cases", 1_000_000);
const REFERENCE = arg("reference", 50_000);
const AGREE = arg("agree", REFERENCE);
const SEED = arg("seed", 20261201);

const calendar = defaultCalendar();
const rnd = random(SEED);
const cases: DeadlineInput[] = Array.from({ length: CASES }, () => randomCase(rnd));
const unpaused: DeadlineInput[] = cases.map((c) => ({ ...c, pauses: [] }));
const withPauses = cases.filter((c) => c.pauses.length > 0).length;

function rate(label: string, inputs: DeadlineInput[], run: (c: DeadlineInput) => unknown): number {
  // Warm-up (JIT, and the index for every year the cases touch), not counted.
  for (let i = 0; i < Math.min(50_000, inputs.length); i++) run(inputs[i]!);
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (const c of inputs) if (run(c) !== undefined) sink++;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const perSecond = inputs.length / seconds;
  console.log(`${label.padEnd(46)} ${inputs.length.toLocaleString("en").padStart(10)} cases  ${seconds.toFixed(2).padStart(7)} s  ${Math.round(perSecond).toLocaleString("en").padStart(11)} /s  ${(1e6 / perSecond).toFixed(3).padStart(8)} µs each${sink === inputs.length ? "" : "  (!)"}`);
  return perSecond;
}

console.log(`clock benchmark: ${CASES.toLocaleString("en")} cases (seed ${SEED}), ${withPauses.toLocaleString("en")} with pauses; Node ${process.version}`);
const fast = rate("fast engine, with pauses", cases, (c) => deadlineWithPauses(c, calendar).deadline);
rate("fast engine, same cases without pauses", unpaused, (c) => deadlineWithPauses(c, calendar).deadline);
rate("fast engine, explanation (steps) read", cases.slice(0, REFERENCE), (c) => deadlineWithPauses(c, calendar).steps);
const slow = rate("reference (day by day), with pauses", cases.slice(0, REFERENCE), (c) => referenceDeadline(c, calendar).deadline);
rate("reference (day by day), without pauses", unpaused.slice(0, REFERENCE), (c) => referenceDeadline(c, calendar).deadline);

let disagreements = 0;
for (let i = 0; i < Math.min(AGREE, CASES); i++) {
  const a = deadlineWithPauses(cases[i]!, calendar);
  const b = referenceDeadline(cases[i]!, calendar);
  if (a.deadline !== b.deadline || a.pausedWorkingDays !== b.pausedWorkingDays) disagreements++;
}
console.log(`agreement on ${Math.min(AGREE, CASES).toLocaleString("en")} cases: ${disagreements} disagreements; speed-up ×${Math.round(fast / slow).toLocaleString("en")}`);
process.exitCode = disagreements === 0 && fast >= 1_000_000 ? 0 : 1;
