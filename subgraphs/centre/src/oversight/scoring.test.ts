import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, scoreOf } from "./scoring.ts";

const perfect = { concluded: 10, onTime: 10, usedDays: 0, promisedDays: 50, violations: 0, complaints: 0, ratings: [4, 0, 0, 0, 0], standard: null };

describe("the ranking score (考核评比)", () => {
  it("gives 100 to a unit that concluded everything on time, instantly, with every applicant very satisfied", () => {
    expect(scoreOf(perfect)).toEqual({ score: 100, parts: { onTime: 1, satisfaction: 1, speed: 1, standard: null } });
  });

  it("weighs on-time, satisfaction and speed 50 : 30 : 10 by default", () => {
    // on time 8/10, ratings 2 satisfied (0.8) + 2 unsatisfied (0.2) = 0.5, used 25 of 50 days = 0.5
    const s = scoreOf({ ...perfect, onTime: 8, usedDays: 25, ratings: [0, 2, 0, 2, 0] });
    expect(s.parts).toEqual({ onTime: 0.8, satisfaction: 0.5, speed: 0.5, standard: null });
    expect(s.score).toBe(Math.round(((100 * (50 * 0.8 + 30 * 0.5 + 10 * 0.5)) / 90) * 10) / 10); // 66.7
  });

  it("takes points off per violation and complaint per hundred concluded cases, never below zero", () => {
    // Ten concluded count as a hundred: every violation costs 2 points, every complaint 1.
    expect(scoreOf({ ...perfect, violations: 3, complaints: 4 }).score).toBe(100 - 3 * 2 - 4 * 1);
    expect(scoreOf({ ...perfect, violations: 80 }).score).toBe(0);
    // 10,000 concluded with 400 late (4 per hundred): 8 points off, not 800.
    expect(scoreOf({ ...perfect, concluded: 10_000, onTime: 10_000, promisedDays: 50_000, violations: 400 }).score).toBe(92);
  });

  it("counts the township standard for township centres only, with its own weight", () => {
    expect(scoreOf({ ...perfect, standard: 0.5 }).score).toBe(Math.round(((100 * (90 + 10 * 0.5)) / 100) * 10) / 10);
    expect(scoreOf({ ...perfect, standard: 0.5 }, { ...DEFAULT_WEIGHTS, standard: 0 }).score).toBe(100);
  });

  it("does not punish a unit that had nothing to conclude or rate", () => {
    expect(scoreOf({ concluded: 0, onTime: 0, usedDays: 0, promisedDays: 0, violations: 0, complaints: 0, ratings: [0, 0, 0, 0, 0], standard: null }).score).toBe(100);
  });
});
