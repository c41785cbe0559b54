import { createHighsModel, getHighs } from './backends/highs.js';
import { solveCore } from './core.js';
import { generateMonth } from './generator.js';
import { lpBound } from './lp-bound.js';
import { buildModel } from './model/build.js';

describe('lpBound', () => {
  const problem = generateMonth({ kind: 'special', leaders: 30, seed: 4 });

  it('lies just below the LP optimum the simplex method finds, and below the best roster', async () => {
    const highs = await getHighs();
    const { model } = buildModel(problem);
    const bound = lpBound(highs, model, 30);
    expect(bound).toBeDefined();

    const simplex = createHighsModel(highs, model);
    simplex.clearIntegrality();
    simplex.options.set({ output_flag: false, solver: 'simplex' });
    simplex.run();
    const optimum = simplex.getObjectiveValue();
    simplex.dispose();
    expect(bound!).toBeLessThanOrEqual(optimum);
    expect(bound!).toBeGreaterThan(optimum - 1e-3 * Math.max(1, optimum));

    const best = await solveCore(problem, { timeLimitSeconds: 30 });
    expect(best.status).toBe('optimal');
    expect(bound!).toBeLessThanOrEqual(best.objective!);
  });

  it('gives no bound without time to solve', async () => {
    expect(lpBound(await getHighs(), buildModel(problem).model, 0)).toBeUndefined();
  });
});
