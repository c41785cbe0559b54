import fc from 'fast-check';
import { verify, type Assignment } from '../solver/index.js';
import { dateOf, tinyProblem } from '../solver/testing.js';
import { findings } from './findings.js';
import { spacingBreaches } from './spacing.js';

// Three weeks from Monday 2026-03-02; the rule: at most one session in any 5 working days.
const rule = { days: 5, max: 1, workingDaysOnly: true, weight: 50 };
const problem = (max = 1) =>
  tinyProblem({ days: 21, people: [{ id: 'A', windows: [{ ...rule, max }] }, { id: 'B' }] });
const duty = (day: number, personId = 'A'): Assignment => ({
  date: dateOf(day),
  shift: 'AM',
  personId,
});

describe('spacing breaches', () => {
  it('reports one breach per close pair, on the later duty, however many windows hold it', () => {
    // Wednesday and Friday of the second week: three 5-working-day windows hold both, the first
    // starting on Monday, a day A does not sit.
    const p = problem();
    const windows = verify(p, [duty(9), duty(11)]).softViolations.filter(
      (v) => v.rule === 'window',
    );
    expect(windows.map((v) => v.date)).toEqual([dateOf(7), dateOf(8), dateOf(9)]);
    expect(spacingBreaches(p, [duty(11), duty(9)])).toEqual([
      { personId: 'A', date: dateOf(11), shift: 'AM', earlier: [dateOf(9)], days: 5, max: 1 },
    ]);
  });

  it('counts working days only: Friday and the next Tuesday are close, Monday to Monday is not', () => {
    const p = problem();
    expect(spacingBreaches(p, [duty(4), duty(8)])).toHaveLength(1);
    expect(spacingBreaches(p, [duty(0), duty(7)])).toEqual([]);
    // A weekend duty (special periods) does not count for a working-day rule.
    expect(spacingBreaches(p, [duty(4), duty(5), duty(7)])).toHaveLength(1);
    expect(spacingBreaches(p, [duty(5), duty(6)])).toEqual([]);
    // Another leader's duties never pair with A's.
    expect(spacingBreaches(p, [duty(0), duty(1, 'B')])).toEqual([]);
  });

  it('with room for two sessions, the third one in the window breaks the rule', () => {
    const p = problem(2);
    expect(spacingBreaches(p, [duty(0), duty(1)])).toEqual([]);
    expect(spacingBreaches(p, [duty(0), duty(1), duty(3)])).toEqual([
      {
        personId: 'A',
        date: dateOf(3),
        shift: 'AM',
        earlier: [dateOf(0), dateOf(1)],
        days: 5,
        max: 2,
      },
    ]);
  });

  it('finds a breach exactly when the verifier charges a window', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 2 }),
        (days, max) => {
          const p = problem(max);
          const duties = days.map((d) => duty(d));
          const charged = verify(p, duties).softViolations.some((v) => v.rule === 'window');
          expect(spacingBreaches(p, duties).length > 0).toBe(charged);
        },
      ),
    );
  });

  it('words the finding on the later duty and names both dates', () => {
    const p = problem();
    p.shiftTypes[0].name = '上午';
    const found = findings(p, [duty(0), duty(2)], new Map([['A', '程望岳']])).filter(
      (f) => f.rule === 'window',
    );
    expect(found).toEqual([
      {
        severity: 'warning',
        rule: 'window',
        ruleName: '坐班间隔过近',
        message: `${dateOf(2)} 上午：程望岳 距上次坐班（${dateOf(0)}）不足 5 个工作日`,
        date: dateOf(2),
        session: 'AM',
        leaderId: 'A',
        dates: [dateOf(0), dateOf(2)],
      },
    ]);
  });
});
