import { createHighsModel, getHighs, highsBackend } from './backends/highs.js';
import { generateMonth, mulberry32 } from './generator.js';
import { greedyRoster } from './greedy.js';
import { buildModel, decodeAssignments } from './model/build.js';
import { NeighbourhoodSearch } from './neighbourhood-search.js';
import { verify } from './verifier.js';

const problem = generateMonth({ kind: 'special', leaders: 12, seed: 3 });

async function searchOver() {
  const built = buildModel(problem);
  const highs = await getHighs();
  const model = createHighsModel(highs, built.model);
  const improved: number[] = [];
  const search = new NeighbourhoodSearch(
    highs,
    model,
    built.model,
    built,
    mulberry32(1),
    true,
    (_, obj) => improved.push(obj),
  );
  return { built, model, search, improved };
}

describe('the neighbourhood search', () => {
  it('never returns a worse roster than its start, and every roster it keeps is verified', async () => {
    const { built, model, search, improved } = await searchOver();
    try {
      const open = built.assignmentCols.map(({ personId, date, shift }) => ({
        personId,
        date,
        shift,
      }));
      const start = greedyRoster(problem, open).assignments;
      const key = (a: { personId: string; date: string; shift: string }) =>
        `${a.personId}|${a.date}|${a.shift}`;
      const chosen = new Set(start.map(key));
      const byCol = new Map(built.assignmentCols.map((a) => [a.col, +chosen.has(key(a))]));
      search.solveHolding(
        Array.from(search.hood.cols, (c) => byCol.get(c)!),
        null,
        10,
      );
      const first = search.best!.obj;
      search.loop(() => 0, 1000, 30);
      expect(search.best!.obj).toBeLessThanOrEqual(first);
      for (let i = 1; i < improved.length; i++) expect(improved[i]).toBeLessThan(improved[i - 1]);
      const roster = decodeAssignments(built, search.best!.col);
      const check = verify(problem, roster);
      expect(check.hardViolations).toEqual([]);
      expect(check.objective).toBeCloseTo(search.best!.obj, 6);
    } finally {
      model.dispose();
    }
  });

  it('frees a window of most of the horizon for everyone once twelve neighbourhoods found nothing, and a wider one at once after a quick fruitless proof', async () => {
    const { built, model, search } = await searchOver();
    try {
      const optimum = await highsBackend.solve(built.model, { timeLimitSeconds: 30 });
      expect(optimum.status).toBe('optimal');
      search.offer(optimum.colValue!, optimum.objective!);
      const freed: number[] = [];
      const solveHolding = search.solveHolding.bind(search);
      search.solveHolding = (values, free, seconds) => {
        freed.push(free?.reduce((a, b) => a + b, 0) ?? search.hood.cols.length);
        return solveHolding(values, free, seconds);
      };
      search.loop(() => 0, 1000, 15);
      expect(freed).toHaveLength(15);
      const { days, cols } = search.hood;
      // Each day holds the same share of the columns here within a few percent.
      const wide = Math.ceil(days * 0.6) / days;
      expect(freed[12] / cols.length).toBeGreaterThan(wide - 0.05);
      expect(Math.max(...freed.slice(0, 12)) / cols.length).toBeLessThan(freed[12] / cols.length);
      // At the optimum each window is proven fruitless in a few nodes: a wider one follows at
      // once, up to the whole horizon, and no small neighbourhood comes between.
      expect(freed[13]).toBeGreaterThan(freed[12]);
      expect(freed[14]).toBeGreaterThanOrEqual(freed[13]);
      expect(search.best!.obj).toBeCloseTo(optimum.objective!, 6);
    } finally {
      model.dispose();
    }
  });

  it('sizes windows around a session short of cover on their own: hard ones there do not shrink windows elsewhere', async () => {
    const built = buildModel(problem);
    const highs = await getHighs();
    const model = createHighsModel(highs, built.model);
    try {
      let aroundSpot = false;
      const search = new NeighbourhoodSearch(
        highs,
        model,
        built.model,
        built,
        mulberry32(2),
        true,
        undefined,
        () => {
          aroundSpot = true;
          return [{ day: 10, weight: 100 }];
        },
      );
      const optimum = await highsBackend.solve(built.model, { timeLimitSeconds: 30 });
      search.offer(optimum.colValue!, optimum.objective!);
      // Windows around the spot run out of time; every other neighbourhood is proven at once.
      const { hood } = search;
      const around: number[] = [];
      const windows: number[] = [];
      search.solveHolding = (_values, free) => {
        const cells = [...hood.cols.keys()].filter((i) => free?.[i] ?? true);
        const days = new Set(cells.map((i) => hood.day[i]));
        const span = Math.max(...days) - Math.min(...days) + 1;
        const everyone = hood.day.filter((d) => days.has(d)).length === cells.length;
        if (aroundSpot) around.push(days.size);
        // A window of days for everyone narrower than a wide one: the 'days' kind.
        else if (everyone && span === days.size && span < Math.ceil(hood.days * 0.6))
          windows.push(span);
        const proven = !aroundSpot;
        aroundSpot = false;
        return { proven, infeasible: false, nodes: 0 };
      };
      search.loop(() => 0, 1000, 40);
      expect(around.length).toBeGreaterThan(10);
      expect(around[0]).toBeGreaterThan(2);
      expect(around.at(-1)).toBe(2);
      // Meanwhile the windows anywhere grew (with one width between them they shrank too).
      expect(windows.length).toBeGreaterThan(3);
      expect(windows.at(-1)).toBeGreaterThan(windows[0]);
    } finally {
      model.dispose();
    }
  });
});
