import { addCalendarDays, type CivilDate } from "./civil-date.ts";
import type { DeadlineInput, Pause } from "./pauses.ts";

// Random clock cases for the property test and the benchmark (`npm run bench:clock`): the same
// generator and seed, so the figures and the agreement are about the same cases.

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed and index. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random cases from mid-2024 (provisional) through 2025–2026 (loaded) into 2027–2028 (provisional). */
export function randomCase(rnd: () => number): DeadlineInput {
  const int = (n: number) => Math.floor(rnd() * n);
  const start: CivilDate = addCalendarDays("2024-06-01", int(365 * 4));
  const pauses: Pause[] = [];
  let at = start;
  for (let i = int(4); i > 0; i--) {
    const from = addCalendarDays(at, int(40));
    const open = i === 1 && rnd() < 0.2;
    const to = open ? null : addCalendarDays(from, int(30));
    pauses.push({ from, to, reason: "专家评审" });
    if (to === null) break;
    at = to;
  }
  return { start, workingDays: [0, 1, 5, 10, 15, 20, 30, 45, 60, 90][int(10)]! + int(3), pauses, extensionDays: rnd() < 0.3 ? int(16) : 0 };
}

