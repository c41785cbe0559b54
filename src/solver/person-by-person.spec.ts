import { personByPerson, personSeconds } from './person-by-person.js';
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

  it('gives one person more than its seconds when the time left allows', () => {
    // 30 s left for 40 people: two even shares are 1.5 s.
    expect(personSeconds(1, 30, 40)).toBeCloseTo(1.5);
    // 30 s for 120 people: the floor of 1 s.
    expect(personSeconds(1, 30, 120)).toBe(1);
    // Never more than is left, and a person planned again gets one share.
    expect(personSeconds(1, 0.4, 10)).toBeCloseTo(0.4);
    expect(personSeconds(1, 30, 2, 1)).toBe(15);
    // Without a deadline, the floor.
    expect(personSeconds(5, Infinity, 3)).toBe(5);
  });
});
