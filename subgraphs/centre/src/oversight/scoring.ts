/**
 * 考核评比: the score of a window, department or centre for a period, from its bulletin figures.
 *
 *   score = 100 × Σ wᵢ·sᵢ / Σ wᵢ  −  (violationPenalty × violations + complaintPenalty × complaints) × 100 / max(concluded, 100)
 *
 * so the penalties are points per violation or complaint per hundred cases concluded (a district with
 * ten thousand cases is not wiped out by the late ones a township with ten would be), counted as if
 * a hundred were concluded when fewer were,
 * floored at 0 and rounded to one decimal, where the parts sᵢ ∈ [0, 1] are
 *   onTime       = concluded on time / concluded                (1 when nothing was concluded)
 *   satisfaction = mean rating value, 非常满意 1, 满意 0.8, 基本满意 0.6, 不满意 0.2, 非常不满意 0
 *                                                              (1 when nobody rated)
 *   speed        = 1 − used working days / promised working days, within [0, 1] (1 when nothing concluded)
 *   standard     = the township centre standard's share of criteria met (附件), for township centres
 *                  only; elsewhere the part and its weight are left out.
 * Weights and penalties are configured by the ranking centre's manager (defaults below).
 */
export interface ScoringWeights {
  onTime: number;
  satisfaction: number;
  speed: number;
  standard: number;
  violationPenalty: number;
  complaintPenalty: number;
}

export const DEFAULT_WEIGHTS: ScoringWeights = { onTime: 50, satisfaction: 30, speed: 10, standard: 10, violationPenalty: 2, complaintPenalty: 1 };

/** Values of the five national levels, best first. */
export const RATING_LEVELS = ["VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED", "VERY_UNSATISFIED"] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const RATING_VALUES: Record<RatingLevel, number> = { VERY_SATISFIED: 1, SATISFIED: 0.8, BASICALLY_SATISFIED: 0.6, UNSATISFIED: 0.2, VERY_UNSATISFIED: 0 };

export interface ScoreFacts {
  concluded: number;
  onTime: number;
  usedDays: number;
  promisedDays: number;
  violations: number;
  complaints: number;
  /** Counts per level, in RATING_LEVELS order. */
  ratings: number[];
  /** Share of the township standard met, or null where it does not apply. */
  standard: number | null;
}

export interface Score {
  score: number;
  parts: { onTime: number; satisfaction: number; speed: number; standard: number | null };
}

export function scoreOf(f: ScoreFacts, w: ScoringWeights = DEFAULT_WEIGHTS): Score {
  const onTime = f.concluded > 0 ? f.onTime / f.concluded : 1;
  const rated = f.ratings.reduce((a, b) => a + b, 0);
  const satisfaction = rated > 0 ? f.ratings.reduce((sum, n, i) => sum + n * RATING_VALUES[RATING_LEVELS[i]!], 0) / rated : 1;
  const speed = f.concluded > 0 && f.promisedDays > 0 ? clamp(1 - f.usedDays / f.promisedDays) : 1;
  let weighted = w.onTime * onTime + w.satisfaction * satisfaction + w.speed * speed;
  let weights = w.onTime + w.satisfaction + w.speed;
  if (f.standard !== null) {
    weighted += w.standard * f.standard;
    weights += w.standard;
  }
  const base = weights > 0 ? (100 * weighted) / weights : 0;
  const perHundred = 100 / Math.max(f.concluded, 100);
  const score = Math.max(0, base - (w.violationPenalty * f.violations + w.complaintPenalty * f.complaints) * perHundred);
  return { score: Math.round(score * 10) / 10, parts: { onTime, satisfaction, speed, standard: f.standard } };
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}
