import { diffDuties } from './duties.js';

describe('diffDuties', () => {
  it('reports removals and additions, nothing for unchanged duties', () => {
    const before = [
      { date: '2026-12-01', session: 'AM' as const, leaderId: 'a' },
      { date: '2026-12-02', session: 'AM' as const, leaderId: 'b' },
    ];
    const after = [
      { date: '2026-12-01', session: 'AM' as const, leaderId: 'a' },
      { date: '2026-12-02', session: 'AM' as const, leaderId: 'c' },
    ];
    expect(diffDuties(before, after)).toEqual([
      { change: 'added', date: '2026-12-02', session: 'AM', leaderId: 'c' },
      { change: 'removed', date: '2026-12-02', session: 'AM', leaderId: 'b' },
    ]);
    expect(diffDuties(after, after)).toEqual([]);
  });
});
