import { expandRange, parseAbsenceList, parsePastedDate } from './absences.js';

const leaders = [
  { id: 'a', name: '林海峰', code: 'L01', active: true },
  { id: 'b', name: '周文清', code: 'L02', active: true },
  { id: 'c', name: '陈旧', code: 'L99', active: false },
];

describe('absence ranges', () => {
  it('expands a trip across a month end into whole days', () => {
    const e = expandRange({
      leaderIds: ['a'],
      from: '2026-12-30',
      to: '2027-01-02',
      startsAt: 'AM',
      endsAfter: 'PM',
      reason: 'trip',
      note: '',
    });
    expect(e.map((x) => [x.date, x.session])).toEqual([
      ['2026-12-30', null],
      ['2026-12-31', null],
      ['2027-01-01', null],
      ['2027-01-02', null],
    ]);
  });

  it('keeps the free half days at either end, for every leader named', () => {
    const e = expandRange({
      leaderIds: ['a', 'b'],
      from: '2027-01-10',
      to: '2027-01-12',
      startsAt: 'PM',
      endsAfter: 'AM',
      reason: 'meeting',
      note: '',
    });
    expect(e.map((x) => [x.leaderId, x.date, x.session])).toEqual([
      ['a', '2027-01-10', 'PM'],
      ['b', '2027-01-10', 'PM'],
      ['a', '2027-01-11', null],
      ['b', '2027-01-11', null],
      ['a', '2027-01-12', 'AM'],
      ['b', '2027-01-12', 'AM'],
    ]);
  });

  it('a single morning is one AM entry', () => {
    const e = expandRange({
      leaderIds: ['a'],
      from: '2027-01-10',
      to: '2027-01-10',
      startsAt: 'AM',
      endsAfter: 'AM',
      reason: 'leave',
      note: '',
    });
    expect(e.map((x) => x.session)).toEqual(['AM']);
  });
});

describe('pasted absence lists', () => {
  it('reads dates in the usual spellings, with halves', () => {
    expect(parsePastedDate('2027/1/9')).toEqual({ date: '2027-01-09', session: null });
    expect(parsePastedDate('2027年1月9日下午')).toEqual({ date: '2027-01-09', session: 'PM' });
    expect(parsePastedDate('2027-01-09 上午')).toEqual({ date: '2027-01-09', session: 'AM' });
    expect(parsePastedDate('2027-02-30')).toBeUndefined();
    expect(parsePastedDate('1月9日')).toBeUndefined();
  });

  it('parses tab- and comma-separated lines, several leaders, a header, odd reasons as notes', () => {
    const r = parseAbsenceList(
      [
        '领导\t开始\t结束\t原因',
        '林海峰\t2027-01-10\t2027-01-20\t出差',
        '林海峰、L02，2027/2/1 下午，2027/2/3 上午，省委党校学习, 第二期',
      ].join('\n'),
      leaders,
    );
    expect(r.problems).toEqual([]);
    expect(r.ranges).toEqual([
      expect.objectContaining({ row: 2, leaderIds: ['a'], from: '2027-01-10', to: '2027-01-20' }),
      expect.objectContaining({
        row: 3,
        leaderIds: ['a', 'b'],
        startsAt: 'PM',
        endsAfter: 'AM',
        reason: 'other',
        note: '省委党校学习；第二期',
      }),
    ]);
  });

  it('names every bad cell by line and column', () => {
    const r = parseAbsenceList(
      [
        '林海峰,2027-01-10,2027-01-20,出差',
        '王小二,2027-13-01,2027-01-05,请假',
        '陈旧,2027-01-05,2027-01-01,会议',
        '周文清,2027-01-05',
      ].join('\n'),
      leaders,
    );
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 1],
      [2, 2],
      [3, 1],
      [4, 3],
    ]);
    expect(r.problems[0].message).toBe('第2行第1列（领导）：本单位没有在任领导“王小二”');
    expect(r.problems[1].message).toContain('2027-13-01');
  });

  it('refuses an end before the start and an empty list', () => {
    expect(parseAbsenceList('林海峰,2027-01-05,2027-01-01,会议', leaders).problems).toEqual([
      { row: 1, column: 3, message: '第1行第3列（结束）：结束日期早于开始日期' },
    ]);
    expect(parseAbsenceList('\n\n', leaders).problems).toHaveLength(1);
  });
});
