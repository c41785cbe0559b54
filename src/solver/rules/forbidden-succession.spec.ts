import { solveCore } from '../core.js';
import type { Assignment } from '../problem.js';
import { checkRule, dateOf, tinyProblem } from '../testing.js';
import { forbiddenSuccessionRule } from './forbidden-succession.js';

describe('forbiddenSuccession rule', () => {
  const shifts = [{ id: 'D' }, { id: 'N', forbiddenSuccessors: ['D'] }];

  it('model: a successor shift is not worked the next day', async () => {
    // A alone: N on day 0 and D on day 1 are both required, and D may not follow N.
    const p = tinyProblem({ days: 2, shifts, people: [{ id: 'A' }] });
    p.cover = [
      { date: p.days[0].date, shift: 'N', required: 1 },
      { date: p.days[1].date, shift: 'D', required: 1 },
    ];
    expect((await solveCore(p)).status).toBe('infeasible');
    p.cover[1].shift = 'N';
    expect((await solveCore(p)).status).toBe('optimal');
  });

  it('check: reports the first day and its shift, and only for the next day', () => {
    const p = tinyProblem({ days: 3, shifts, people: [{ id: 'A' }] });
    const nThenD = [
      { date: dateOf(0), shift: 'N', personId: 'A' },
      { date: dateOf(1), shift: 'D', personId: 'A' },
    ];
    expect(checkRule(forbiddenSuccessionRule, p, nThenD).hardViolations).toEqual([
      expect.objectContaining({ date: dateOf(0), shift: 'N', personId: 'A' }),
    ]);
    const gap = [nThenD[0], { date: dateOf(2), shift: 'D', personId: 'A' }];
    expect(checkRule(forbiddenSuccessionRule, p, gap).hardViolations).toEqual([]);
  });

  describe('model: exactly the rosters the check accepts', () => {
    // Nested sets of forbidding shifts (A before B or C; B before C), so that one row covers
    // pairs of several shifts on each side.
    const nested = [
      { id: 'A', forbiddenSuccessors: ['B', 'C'] },
      { id: 'B', forbiddenSuccessors: ['C'] },
      { id: 'C' },
    ];
    const choices = (perDay: number) =>
      [[], ['A'], ['B'], ['C'], ['A', 'B'], ['A', 'C'], ['B', 'C']].filter(
        (c) => c.length <= perDay,
      );

    async function agreement(days: number, maxPerDay: number) {
      let rosters = [[]] as Assignment[][];
      for (let d = 0; d < days; d++)
        rosters = rosters.flatMap((r) =>
          choices(maxPerDay).map((c) => [
            ...r,
            ...c.map((shift) => ({ date: dateOf(d), shift, personId: 'A' })),
          ]),
        );
      const p = tinyProblem({ days, shifts: nested, people: [{ id: 'A', maxPerDay }] });
      // Nobody is needed, so a roster of pins is feasible exactly when no hard rule breaks.
      p.cover = p.cover.map((c) => ({ ...c, required: 0, overWeight: 1 }));
      let accepted = 0;
      for (const roster of rosters) {
        const ok = checkRule(forbiddenSuccessionRule, p, roster).hardViolations.length === 0;
        const r = await solveCore({ ...p, pins: roster });
        expect({ roster, status: r.status }).toEqual({
          roster,
          status: ok ? 'optimal' : 'infeasible',
        });
        if (ok) accepted++;
      }
      return { rosters: rosters.length, accepted };
    }

    it('one session a day: a row per group of forbidding shifts', async () => {
      // Three days: 4^3 rosters, of which those with A→B, A→C or B→C on following days are out.
      expect(await agreement(3, 1)).toEqual({ rosters: 64, accepted: 41 });
    });

    it('two sessions a day: a row per pair, as two shifts on one day are allowed', async () => {
      expect(await agreement(2, 2)).toEqual({ rosters: 49, accepted: 28 });
    });
  });

  it('model: a duty that has begun (fixed) forbids its successors the next day', async () => {
    const nested = [
      { id: 'A', forbiddenSuccessors: ['B', 'C'] },
      { id: 'B', forbiddenSuccessors: ['C'] },
      { id: 'C' },
    ];
    const p = tinyProblem({ days: 2, shifts: nested, people: [{ id: 'P1' }] });
    p.cover = [{ date: dateOf(1), shift: 'C', required: 1 }];
    const fixed = (shift: string) => [{ date: dateOf(0), shift, personId: 'P1' }];
    expect((await solveCore({ ...p, fixed: fixed('B') })).status).toBe('infeasible');
    expect((await solveCore({ ...p, fixed: fixed('C') })).status).toBe('optimal');
  });
});
