import { solveCore } from '../core.js';
import { diagnose } from '../diagnosis.js';
import { validateProblem, formatPath } from '../problem.js';
import { dateOf, tinyProblem } from '../testing.js';
import { verify } from '../verifier.js';

const sits = (id: string, days: number[]) =>
  days.map((d) => ({ date: dateOf(d), shift: 'AM', personId: id }));

describe('range limit rules (person.rangeLimits)', () => {
  it('a hard range cap keeps a person to max sessions on the dates of the range', async () => {
    // A wants to work every day, but may sit at most 1 session from day 1 to day 3.
    const p = tinyProblem({
      days: 5,
      people: [
        {
          id: 'A',
          requests: [0, 1, 2, 3, 4].map((d) => ({ date: dateOf(d), on: true, weight: 3 })),
          rangeLimits: [{ from: dateOf(1), to: dateOf(3), max: 1 }],
        },
        { id: 'B' },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    const a = r.assignments.filter((x) => x.personId === 'A').map((x) => x.date);
    expect(a.filter((d) => d >= dateOf(1) && d <= dateOf(3))).toHaveLength(1);
    expect(a).toHaveLength(3);
    expect(r.objective).toBe(6);
  });

  it('the verifier reports a breach of a hard cap at the first date of the range', () => {
    const p = tinyProblem({
      days: 4,
      people: [{ id: 'A', rangeLimits: [{ from: dateOf(1), to: dateOf(2), max: 1 }] }],
    });
    const capBreaches = (days: number[]) =>
      verify(p, sits('A', days)).hardViolations.filter((v) => v.rule === 'rangeLimit');
    expect(capBreaches([0, 1, 2, 3])).toEqual([
      expect.objectContaining({ rule: 'rangeLimit', personId: 'A', date: dateOf(1) }),
    ]);
    expect(capBreaches([0, 1, 3])).toEqual([]);
  });

  it('a soft cap costs its weight per session above max, placed on its first date', async () => {
    const p = tinyProblem({
      days: 3,
      people: [{ id: 'A', rangeLimits: [{ from: dateOf(0), to: dateOf(2), max: 1, weight: 4 }] }],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.objective).toBe(8);
    expect(r.penaltyByRule).toEqual({ rangeLimit: 8 });
    expect(verify(p, r.assignments).softViolations).toEqual([
      expect.objectContaining({
        rule: 'rangeLimit',
        side: 'over',
        penalty: 8,
        personId: 'A',
        date: dateOf(0),
        limit: 1,
        actual: 3,
      }),
    ]);
  });

  it('a range reaching beyond the horizon counts only the sessions of the horizon', async () => {
    const p = tinyProblem({
      days: 3,
      people: [
        { id: 'A', rangeLimits: [{ from: '2026-02-20', to: dateOf(1), max: 1 }] },
        { id: 'B', maxTotal: 1 },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.filter((x) => x.personId === 'A')).toHaveLength(2);
  });

  it('rejects a range that ends before it starts', () => {
    const p = tinyProblem({
      people: [{ id: 'A', rangeLimits: [{ from: dateOf(2), to: dateOf(1), max: 1 }] }],
    });
    expect(validateProblem(p).issues.map((i) => formatPath(i.path))).toEqual([
      'people[0].rangeLimits[0].to',
    ]);
  });

  it('pre-check: more pins inside the range than a hard cap allows', async () => {
    const p = tinyProblem({
      days: 3,
      people: [
        { id: 'A', name: '张三', rangeLimits: [{ from: dateOf(0), to: dateOf(2), max: 1 }] },
        { id: 'B' },
      ],
    });
    p.pins = sits('A', [0, 2]);
    expect(diagnose(p)).toEqual([
      expect.objectContaining({
        code: 'RANGE_PINS',
        message: `张三 在 ${dateOf(0)} 至 ${dateOf(2)} 最多排 1 次，但已固定 2 次`,
        personId: 'A',
        date: dateOf(0),
        to: dateOf(2),
      }),
    ]);
    expect((await solveCore(p)).status).toBe('infeasible');
  });

  it('the elastic re-solve names a hard cap that other rules break', async () => {
    // A must sit 3 of the 3 days but may sit only 1 of days 0..1: relax by 1.
    const p = tinyProblem({
      days: 3,
      people: [
        {
          id: 'A',
          name: '张三',
          minTotal: 3,
          rangeLimits: [{ from: dateOf(0), to: dateOf(1), max: 1 }],
        },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('infeasible');
    expect(r.diagnosis?.map((d) => d.message)).toContain(
      `张三 在 ${dateOf(0)} 至 ${dateOf(1)} 最多排 1 次，需要多排 1 次`,
    );
  });
});

describe('range limit rules: minimums, tags and fixed duties', () => {
  it('counts fixed duties in the range, so a later part sits only what is left', async () => {
    // Days 0-1 are fixed history; A already sat day 0, and may sit 2 in days 0..3.
    const p = tinyProblem({
      days: 4,
      people: [
        {
          id: 'A',
          name: '甲',
          rangeLimits: [{ name: '特护期', from: dateOf(0), to: dateOf(3), max: 2 }],
          requests: [2, 3].map((d) => ({ date: dateOf(d), on: true, weight: 3 })),
        },
        { id: 'B' },
      ],
    });
    p.cover = p.cover.filter((c) => c.date >= dateOf(2));
    p.fixed = [
      { date: dateOf(0), shift: 'AM', personId: 'A' },
      { date: dateOf(1), shift: 'AM', personId: 'B' },
    ];
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.filter((a) => a.personId === 'A')).toHaveLength(1);
    expect(r.objective).toBe(3);
    // Both free days for A would break the cap, and the breach names the fixed day too.
    const v = verify(p, sits('A', [2, 3])).hardViolations;
    expect(v).toEqual([
      expect.objectContaining({
        rule: 'rangeLimit',
        side: 'over',
        actual: 3,
        dates: [dateOf(0), dateOf(2), dateOf(3)],
      }),
    ]);
  });

  it('a tagged minimum counts only tagged sessions, soft at its under weight', async () => {
    const p = tinyProblem({
      days: 4,
      people: [
        {
          id: 'A',
          rangeLimits: [
            { from: dateOf(0), to: dateOf(3), tags: ['period'], min: 2, underWeight: 7 },
          ],
        },
        { id: 'B' },
      ],
    });
    p.cover.forEach((c, i) => (c.tag = i < 3 ? 'normal' : 'period'));
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    // Only day 3 is tagged: one session short.
    expect(r.objective).toBe(7);
    expect(verify(p, sits('A', [0, 1, 2])).softViolations).toEqual([
      expect.objectContaining({ rule: 'rangeLimit', side: 'under', actual: 0, penalty: 14 }),
    ]);
  });

  it('pre-check: fixed duties already above a hard cap are named', () => {
    const p = tinyProblem({
      days: 3,
      people: [
        {
          id: 'A',
          name: '甲',
          rangeLimits: [{ name: '国庆特护期', from: dateOf(0), to: dateOf(2), max: 1 }],
        },
        { id: 'B' },
      ],
    });
    p.cover = p.cover.filter((c) => c.date === dateOf(2));
    p.fixed = sits('A', [0, 1]);
    expect(diagnose(p)).toEqual([
      expect.objectContaining({
        code: 'RANGE_PINS',
        message: `甲 在 国庆特护期 最多排 1 次，但已有 ${dateOf(0)}、${dateOf(1)} 的安排`,
      }),
    ]);
  });
});

describe('range limit pre-check: caps used up by fixed duties', () => {
  it('names the fixed duties when the caps left cannot cover the range', async () => {
    // A period over days 0..3, 1 session each, everyone capped at 1: A and B sat days 0 and 1
    // (fixed), so days 2 and 3 need 2 sittings and only C has quota left.
    const cap = [{ name: '国庆', from: dateOf(0), to: dateOf(3), max: 1 }];
    const p = tinyProblem({
      days: 4,
      people: [
        { id: 'A', name: '甲', rangeLimits: cap },
        { id: 'B', name: '乙', rangeLimits: cap },
        { id: 'C', name: '丙', rangeLimits: cap },
      ],
    });
    p.cover = p.cover.filter((c) => c.date >= dateOf(2));
    p.fixed = [...sits('A', [0]), ...sits('B', [1])];
    expect(diagnose(p)).toEqual([
      expect.objectContaining({
        code: 'RANGE_SUPPLY',
        required: 2,
        available: 1,
        message: `国庆尚需 2 人次，但各领导在国庆的剩余坐班额度合计仅 1 次；已排的 2 次占用了额度（甲 ${dateOf(0)}、乙 ${dateOf(1)}）`,
      }),
    ]);
    expect((await solveCore(p)).status).toBe('infeasible');
  });
});
