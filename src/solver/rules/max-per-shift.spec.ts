import { solveCore } from '../core.js';
import { checkRule, sitting, tinyProblem } from '../testing.js';
import { maxPerShiftRule } from './max-per-shift.js';

describe('maxPerShift rule', () => {
  const shifts = [
    { id: 'AM', minutes: 180 },
    { id: 'PM', minutes: 240 },
  ];

  it('model: keeps a person off a capped shift type', async () => {
    const p = tinyProblem({
      days: 2,
      shifts,
      people: [
        { id: 'A', maxPerShift: { PM: 0 } },
        { id: 'B', maxPerDay: 2 },
      ],
    });
    const r = await solveCore(p);
    expect(r.status).toBe('optimal');
    expect(r.assignments.filter((x) => x.personId === 'A' && x.shift === 'PM')).toEqual([]);
  });

  it('check: reports the shift, the cap and the count', () => {
    const p = tinyProblem({ days: 3, shifts, people: [{ id: 'A', maxPerShift: { PM: 1 } }] });
    expect(checkRule(maxPerShiftRule, p, sitting('A', [0, 1], 'PM')).hardViolations).toEqual([
      expect.objectContaining({ rule: 'maxPerShift', shift: 'PM', limit: 1, actual: 2 }),
    ]);
    expect(checkRule(maxPerShiftRule, p, sitting('A', [0, 1], 'AM')).hardViolations).toEqual([]);
  });
});
