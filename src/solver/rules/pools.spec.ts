import { solveCore } from '../core.js';
import { diagnose } from '../diagnosis.js';
import type { Problem } from '../problem.js';
import { dateOf, tinyProblem } from '../testing.js';
import { verify } from '../verifier.js';

/** 人大 member R prefers to stay off (weight 1 a day); 党政 members D1, D2 are free. */
function poolProblem(days = 4): Problem {
  return tinyProblem({
    days,
    people: [
      {
        id: 'R',
        name: '人大领导',
        pools: ['人大'],
        requests: Array.from({ length: days }, (_, d) => ({
          date: dateOf(d),
          on: false,
          weight: 1,
        })),
      },
      { id: 'D1', pools: ['党政'] },
      { id: 'D2', pools: ['党政'] },
    ],
  });
}

const countPool = (p: Problem, ids: string[], from: string, to: string, a: Problem['pins']) =>
  (a ?? []).filter((x) => ids.includes(x.personId) && x.date >= from && x.date <= to).length;

describe('pool quota rules (problem.poolQuotas)', () => {
  it('a hard min makes the pool sit enough sessions in the range', async () => {
    const p = poolProblem();
    p.poolQuotas = [{ pool: '人大', from: dateOf(1), to: dateOf(3), min: 2 }];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(countPool(p, ['R'], dateOf(1), dateOf(3), r.assignments)).toBe(2);
    expect(r.objective).toBe(2);
  });

  it('a hard max keeps the pool below it', async () => {
    const p = poolProblem();
    p.people[0].requests = [0, 1, 2, 3].map((d) => ({ date: dateOf(d), on: true, weight: 1 }));
    p.poolQuotas = [{ pool: '人大', from: dateOf(0), to: dateOf(3), max: 1 }];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(countPool(p, ['R'], dateOf(0), dateOf(3), r.assignments)).toBe(1);
    expect(r.objective).toBe(3);
  });

  it('counts a person in two pools for each of them', () => {
    const p = poolProblem(2);
    p.people[1].pools = ['党政', '人大'];
    p.poolQuotas = [{ pool: '人大', from: dateOf(0), to: dateOf(1), max: 1 }];
    const roster = [
      { date: dateOf(0), shift: 'AM', personId: 'R' },
      { date: dateOf(1), shift: 'AM', personId: 'D1' },
    ];
    expect(verify(p, roster).hardViolations).toEqual([
      expect.objectContaining({ rule: 'poolQuota', date: dateOf(0) }),
    ]);
  });

  it('a soft quota costs its weight per session short or over, placed on its first date', async () => {
    const p = poolProblem(3);
    p.people[0].unavailable = [{ date: dateOf(1) }, { date: dateOf(2) }];
    p.poolQuotas = [{ pool: '人大', from: dateOf(0), to: dateOf(2), min: 3, weight: 5 }];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    // R sits day 0 (request cost 1) and the pool is 2 short (10).
    expect(r.objective).toBe(11);
    expect(verify(p, r.assignments).softViolations).toContainEqual(
      expect.objectContaining({
        rule: 'poolQuota',
        side: 'under',
        penalty: 10,
        date: dateOf(0),
        limit: 3,
        actual: 1,
      }),
    );
  });

  it('pre-check: a pool whose members cannot reach a hard min (range beyond the horizon)', async () => {
    const p = poolProblem(5);
    // R is available on one day only in the horizon part of the period.
    p.people[0].unavailable = [1, 2, 3, 4].map((d) => ({ date: dateOf(d) }));
    p.poolQuotas = [{ pool: '人大', from: '2026-02-25', to: '2026-03-13', min: 2 }];
    const r = await solveCore(p);
    expect(r.status).toBe('infeasible');
    expect(r.diagnosis).toEqual([
      expect.objectContaining({
        code: 'POOL_SUPPLY',
        message: '2026-02-25 至 2026-03-13 人大 轮值组需要 2 个班次，最多只能安排 1 个',
        pool: '人大',
        date: '2026-02-25',
        to: '2026-03-13',
        required: 2,
        available: 1,
        source: 'precheck',
      }),
    ]);
  });

  it("pre-check: members' own hard caps count against a pool min", () => {
    const p = poolProblem(4);
    p.people[0].rangeLimits = [{ from: dateOf(0), to: dateOf(1), max: 0 }];
    p.people[0].maxTotal = 1;
    p.poolQuotas = [{ pool: '人大', from: dateOf(0), to: dateOf(3), min: 2 }];
    expect(diagnose(p).map((d) => [d.code, d.available])).toEqual([['POOL_SUPPLY', 1]]);
  });

  it('pre-check: sessions only the pool can sit force it above a hard max', () => {
    const p = poolProblem(3);
    p.cover[0].pools = ['人大'];
    p.cover[1].pools = ['人大'];
    p.poolQuotas = [{ pool: '人大', from: dateOf(0), to: dateOf(2), max: 1 }];
    expect(diagnose(p)).toEqual([
      expect.objectContaining({
        code: 'POOL_FORCED',
        message: `${dateOf(0)} 至 ${dateOf(2)} 人大 轮值组最多安排 1 个班次，但按固定安排和人数需要至少 2 个`,
        required: 1,
        available: 2,
      }),
    ]);
  });

  it('the elastic re-solve names a pool min that other rules make unreachable', async () => {
    // R may sit only 1 session in any 3 days: counting alone does not see it.
    const p = poolProblem(3);
    p.people[0].windows = [{ days: 3, max: 1 }];
    p.poolQuotas = [{ pool: '人大', from: dateOf(0), to: dateOf(2), min: 2 }];
    expect(diagnose(p)).toEqual([]);
    const r = await solveCore(p);
    expect(r.status).toBe('infeasible');
    expect(r.diagnosis).toContainEqual(
      expect.objectContaining({
        rule: 'poolQuota',
        side: 'under',
        pool: '人大',
        source: 'elastic',
        message: `${dateOf(0)} 至 ${dateOf(2)} 人大 轮值组需要 2 个班次，在其他硬性规则下最多只能安排 1 个`,
      }),
    );
  });
});
