import { buildModel } from './model/build.js';
import { generateMonth } from './generator.js';
import { greedyRoster } from './greedy.js';
import type { Assignment, Problem } from './problem.js';
import { tinyProblem } from './testing.js';
import { verify } from './verifier.js';

const open = (problem: Problem): Assignment[] => {
  const built = buildModel(problem);
  return built.assignmentCols
    .filter((a) => built.model.colUpper[a.col] > 0.5)
    .map(({ personId, date, shift }) => ({ personId, date, shift }));
};
const seatsOf = (roster: Assignment[], personId: string) =>
  roster.filter((a) => a.personId === personId).length;

describe('greedy first roster', () => {
  it.each([
    ['normal', 25, 1],
    ['normal', 200, 2],
    ['special', 12, 3],
    ['special', 30, 4],
    ['special', 60, 5],
  ] as const)('fills a %s month of %i leaders (seed %i) breaking no hard rule', (kind, n, seed) => {
    const problem = generateMonth({ kind, leaders: n, seed });
    const g = greedyRoster(problem, open(problem));
    expect(g.hardViolations).toEqual([]);
    // Recounted here: every session has exactly the people it needs, each at most once a day.
    for (const c of problem.cover)
      expect(g.assignments.filter((a) => a.date === c.date && a.shift === c.shift)).toHaveLength(
        c.required,
      );
    const days = new Set(g.assignments.map((a) => `${a.personId}|${a.date}`));
    expect(days.size).toBe(g.assignments.length);
  });

  it('seats first whoever is short of a hard minimum', () => {
    // P1 comes first and costs nothing; P2 must sit twice, and there are two sessions.
    const problem = tinyProblem({ days: 2, people: [{ id: 'P1' }, { id: 'P2', minTotal: 2 }] });
    const g = greedyRoster(problem, open(problem));
    expect(g.hardViolations).toEqual([]);
    expect(seatsOf(g.assignments, 'P2')).toBe(2);
  });

  it('stops at the first person no seat relieves, once the sessions keep every shared rule', () => {
    // P1 must sit three times in two days: no seat relieves it, so the roster cannot count, and
    // P2's shortfall (it sits one session; the other would be over cover, which is only priced)
    // is left unweighed.
    const problem = tinyProblem({
      days: 2,
      cover: { overWeight: 1 },
      people: [
        { id: 'P1', minTotal: 3 },
        { id: 'P2', minTotal: 2 },
      ],
    });
    const g = greedyRoster(problem, open(problem));
    expect(seatsOf(g.assignments, 'P1')).toBe(2);
    expect(seatsOf(g.assignments, 'P2')).toBe(1);
    expect(g.hardViolations.map((h) => h.personId).sort()).toEqual(['P1', 'P2']);
  });

  it('never makes a hard rule worse, even leaving a seat empty', () => {
    const problem = tinyProblem({ days: 3, people: [{ id: 'P1', maxTotal: 2 }] });
    const g = greedyRoster(problem, open(problem));
    expect(seatsOf(g.assignments, 'P1')).toBe(2);
    expect(g.hardViolations.map((h) => [h.rule, h.side])).toEqual([['cover', 'under']]);
  });

  it('fills a seat of soft cover only when it pays', () => {
    const problem = tinyProblem({
      days: 2,
      cover: { underWeight: 2 },
      people: [{ id: 'P1', requests: [{ date: '2026-03-02', on: false, weight: 5 }] }],
    });
    const g = greedyRoster(problem, open(problem));
    // Leaving Monday empty costs 2; seating P1 there costs 5.
    expect(g.assignments).toEqual([{ personId: 'P1', date: '2026-03-03', shift: 'AM' }]);
    expect(verify(problem, g.assignments).objective).toBe(2);
  });

  it('keeps pins', () => {
    const problem = {
      ...tinyProblem({ days: 2, people: 2 }),
      pins: [{ personId: 'P2', date: '2026-03-02', shift: 'AM' }],
    };
    const g = greedyRoster(problem, open(problem));
    expect(g.hardViolations).toEqual([]);
    expect(g.assignments).toContainEqual({ personId: 'P2', date: '2026-03-02', shift: 'AM' });
  });
});
