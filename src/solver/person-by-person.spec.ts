import { personByPerson } from './person-by-person.js';
import { runsProblem, tinyProblem } from './testing.js';
import { verify } from './verifier.js';

describe('one person at a time', () => {
  it('gives each person runs their own rules allow, on seats nobody else took', async () => {
    // Missing someone is only priced; two in one session is forbidden.
    const problem = runsProblem(10, 540);
    const roster = await personByPerson(problem, 5);
    expect(roster).toBeDefined();
    expect(verify(problem, roster!).hardViolations).toEqual([]);
    for (const c of problem.cover)
      expect(roster!.filter((a) => a.date === c.date).length).toBeLessThanOrEqual(1);
    // Both sit: P2 takes what P1 left.
    expect(new Set(roster!.map((a) => a.personId))).toEqual(new Set(['P1', 'P2']));
  });

  it('gives up when the seats left cannot meet a person’s own minimum', async () => {
    // Three sessions, one seat each, and each of the two must sit twice.
    const problem = tinyProblem({
      days: 3,
      people: [
        { id: 'P1', minTotal: 2 },
        { id: 'P2', minTotal: 2 },
      ],
    });
    expect(await personByPerson(problem, 5)).toBeUndefined();
  });

  it('stops at its deadline', async () => {
    const problem = tinyProblem({ days: 3, people: 2 });
    expect(await personByPerson(problem, 5, () => 10, 5)).toBeUndefined();
  });
});
