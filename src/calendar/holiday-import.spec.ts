import { AppError } from '../common/app-error.js';
import { parseYearImport } from './holiday-import.js';

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('holiday import', () => {
  it('reads pasted text with ranges, marks and comments', () => {
    const result = parseYearImport(2027, {
      text: '# 2027 节假日\n2027-01-01 休 元旦\n\n2027-02-06~2027-02-08 休 春节\n2027-02-14，班，春节\n',
    });
    expect(result).toEqual({
      kind: 'text',
      arrangement: {
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-02-06', name: '春节' },
          { date: '2027-02-07', name: '春节' },
          { date: '2027-02-08', name: '春节' },
        ],
        makeupWorkdays: [{ date: '2027-02-14', name: '春节' }],
      },
    });
  });

  it('names the line of a bad date in pasted text', () => {
    const err = errorOf(() =>
      parseYearImport(2027, { text: '2027-01-01 休 元旦\n2027-01-02 休 元旦\n2027-02-30 休 春节' }),
    );
    expect(err.status).toBe(400);
    expect(err.field).toBe('text');
    expect(err.message).toContain('第 3 行');
  });

  it.each([
    [
      'a date of another year',
      { holidays: [{ date: '2028-01-01', name: '元旦' }] },
      'holidays[0].date',
    ],
    [
      'a duplicate date',
      {
        holidays: [
          { date: '2027-01-01', name: '元旦' },
          { date: '2027-01-01', name: '元旦' },
        ],
        makeupWorkdays: [],
      },
      'holidays[1].date',
    ],
    [
      'a make-up workday on a weekday',
      {
        holidays: [{ date: '2027-01-01', name: '元旦' }],
        makeupWorkdays: [{ date: '2027-02-10', name: '春节' }],
      },
      'makeupWorkdays[0].date',
    ],
    [
      'a malformed date',
      { holidays: [{ date: '2027-1-1', name: '元旦' }], makeupWorkdays: [] },
      'holidays[0].date',
    ],
    [
      'an unknown field',
      { holidays: [{ date: '2027-01-01', name: '元旦' }], source: 'x' },
      'source',
    ],
  ])('rejects %s', (_what, body, field) => {
    const err = errorOf(() => parseYearImport(2027, { makeupWorkdays: [], ...body }));
    expect(err.status).toBe(400);
    expect(err.field).toBe(field);
  });

  it('rejects a date that is both a holiday and a make-up workday', () => {
    const err = errorOf(() =>
      parseYearImport(2027, { text: '2027-02-13 休 春节\n2027-02-13 班 春节' }),
    );
    expect(err.message).toContain('第 2 行');
  });

  it('lists every bad line of pasted text at once, the first one as the message', () => {
    const err = errorOf(() =>
      parseYearImport(2027, {
        text: [
          '2027-01-01 休 元旦',
          '2027-02-30 休 春节',
          '# comment',
          '2027-02-10 班 春节',
          '2028-01-01 休 元旦',
          '2027-01-01 休 元旦',
          '2027-03-01 放 春节',
        ].join('\n'),
      }),
    );
    expect(err.status).toBe(400);
    expect(err.field).toBe('text');
    expect(err.message).toMatch(/^text 第 2 行：日期不合法/);
    const problems = err.details.problems as Array<{ line: number; message: string }>;
    expect(problems.map((p) => p.line)).toEqual([2, 4, 5, 6, 7]);
    expect(problems[1].message).toBe('第 4 行：2027-02-10 不是周六或周日，不能作为调休上班日');
    expect(problems[2].message).toContain('不属于 2027 年');
    expect(problems[3].message).toContain('重复（已在 第 1 行 出现）');
    expect(problems[4].message).toContain('第二列应为“休”或“班”');
  });

  it('names text, not holidays, when pasted text has only make-up workdays', () => {
    const err = errorOf(() => parseYearImport(2027, { text: '2027-02-13 班 春节' }));
    expect(err.field).toBe('text');
    expect(err.message).toBe('text：至少需要一个节假日');
  });

  it('rejects a range longer than 15 days and accepts one of exactly 15', () => {
    const long = errorOf(() => parseYearImport(2027, { text: '2027-01-01~2027-01-16 休 元旦' }));
    expect(long.message).toContain('一个范围最多 15 天');
    const ok = parseYearImport(2027, { text: '2027-01-01~2027-01-15 休 元旦' });
    expect(ok.kind === 'text' && ok.arrangement.holidays).toHaveLength(15);
  });
});
