import { createHighsModel, getHighs } from './backends/highs.js';
import { run } from './highs-run.js';
import { buildModel } from './model/build.js';
import { tinyProblem } from './testing.js';

describe('run', () => {
  it("keeps a run's own options to that run, so the next run on the model has HiGHS's defaults", async () => {
    const highs = await getHighs();
    const model = createHighsModel(highs, buildModel(tinyProblem({ days: 7, people: 3 })).model);
    try {
      const own = { mip_pscost_minreliable: 0, mip_heuristic_run_feasibility_jump: false };
      const first = run(highs, model, { seconds: 10, options: own });
      for (const name of Object.keys(own)) {
        const option = model.options.describe(name);
        expect(option.current).toBe(option.default);
        expect(option.current).not.toBe(own[name as keyof typeof own]);
      }
      const second = run(highs, model, { seconds: 10 });
      expect(first.proven).toBe(true);
      expect(second.proven).toBe(true);
      expect(second.objective).toBe(first.objective);
    } finally {
      model.dispose();
    }
  });
});
