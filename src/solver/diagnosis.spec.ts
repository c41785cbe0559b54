import { solveCore } from './core.js';
import { diagnose } from './diagnosis.js';
import { generateMonth } from './generator.js';
import { tinyProblem } from './testing.js';

describe('infeasibility diagnosis', () => {
  it('reports a session with too few available leaders', async () => {
    const p = tinyProblem({
      start: '2026-03-07',
      days: 1,
      shifts: [{ id: 'AM' }],
      people: [
        { id: 'A', name: '张三' },
        { id: 'B', unavailable: [{ date: '2026-03-07' }] },
      ],
      required: 2,
    });
    p.shiftTypes[0].name = '上午';
    const r = await solveCore(p);
    expect(r.status).toBe('infeasible');
    expect(r.diagnosis).toContainEqual(
      expect.objectContaining({
        code: 'COVER_SUPPLY',
        message: '2026-03-07 上午需要 2 名领导，仅 1 名可用',
        date: '2026-03-07',
        shift: 'AM',
        required: 2,
        available: 1,
      }),
    );
  });

  it('reports total demand above the sum of max quotas', () => {
    const p = generateMonth({ kind: 'normal', leaders: 12, seed: 1 });
    for (const q of p.people) {
      q.maxTotal = 2;
      q.minTotal = 0;
    }
    const d = diagnose(p);
    expect(d.map((x) => x.message)).toContain('需求 44 班次超过最多可排班次之和 24');
  });

  it('reports a pin that contradicts unavailability', () => {
    const p = tinyProblem({
      days: 1,
      people: [{ id: 'A', name: '李四', unavailable: [{ date: '2026-03-02' }] }, { id: 'B' }],
    });
    p.pins = [{ date: '2026-03-02', shift: 'AM', personId: 'A' }];
    expect(diagnose(p)).toEqual([
      expect.objectContaining({
        code: 'PIN_UNAVAILABLE',
        personId: 'A',
        message: '李四 被固定在 2026-03-02 AM，但该时段已登记不可用',
      }),
    ]);
  });

  it('falls back to the elastic re-solve when counting finds nothing', async () => {
    // Each of 2 sessions has 2 candidates, but the 5-day spacing (hard) allows A and B one each
    // while both sessions need both: counting passes, the combination does not.
    const p = tinyProblem({
      days: 2,
      people: [
        { id: 'A', windows: [{ days: 5, max: 1 }] },
        { id: 'B', windows: [{ days: 5, max: 1 }] },
      ],
      required: 2,
    });
    expect(diagnose(p)).toEqual([]);
    const r = await solveCore(p);
    expect(r.status).toBe('infeasible');
    expect(r.diagnosis?.length).toBeGreaterThan(0);
    expect(r.diagnosis!.every((d) => d.source === 'elastic')).toBe(true);
    const relaxed = r.diagnosis!.reduce((a, d) => a + (d.amount ?? 0), 0);
    expect(relaxed).toBe(2);
    expect(r.diagnosis![0].message).toMatch(/需要|最多/);
  });
});
