import { firstRoster } from './first-roster.js';
import { greedyRoster } from './greedy.js';
import { buildModel } from './model/build.js';
import { runsProblem, tinyProblem } from './testing.js';
import { verify } from './verifier.js';

const clock = () => 0;

describe('first roster without the full model', () => {
  it('goes person by person where the greedy fill leaves someone short of a minimum', async () => {
    const problem = runsProblem(10, 720);
    const built = buildModel(problem);
    // Seat by seat, a new run of one day is a breach, so nobody reaches four sessions.
    const open = built.assignmentCols.map(({ personId, date, shift }) => ({
      personId,
      date,
      shift,
    }));
    expect(greedyRoster(problem, open).hardViolations.map((h) => h.rule)).toEqual([
      'minutes',
      'minutes',
    ]);
    const roster = await firstRoster(problem, built, clock, 10);
    expect(roster?.by).toBe('personByPerson');
    expect(verify(problem, roster!.assignments).hardViolations).toEqual([]);
  });

  it('gives none where the greedy fill leaves hard cover short', async () => {
    const problem = tinyProblem({ days: 3, people: [{ id: 'P1', maxTotal: 2 }] });
    expect(await firstRoster(problem, buildModel(problem), clock, 10)).toBeUndefined();
  });
});
