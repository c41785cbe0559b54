/**
 * Weights are integers, so objectives are too, and a real miscount is at least 1. HiGHS's
 * tolerances let a column sit up to 1e-6 off its integer value, times its weight, so its
 * objectives and bounds carry float noise of that order (Curtois 5: 1149.999999 for a roster of
 * 1150, which a tolerance of 1e-6 called a miscount and withheld).
 */
export const NOISE = 0.01;

/** A bound rounded up to the next integer objective, its float noise forgiven. */
export const integralBound = (bound: number): number => Math.ceil(bound - NOISE);

/** The bound proves the objective optimal: no integer objective lies below it. */
export const meetsBound = (objective: number, bound: number): boolean =>
  objective <= integralBound(bound) + NOISE;
