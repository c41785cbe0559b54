import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/client.js';
import {
  arrangementText,
  groupByHoliday,
  problemsOf,
  sourceName,
  spansOf,
} from './holiday-data.js';

const spring = ['2027-02-06', '2027-02-07', '2027-02-08'].map((date) => ({ date, name: '春节' }));
const newYear = [{ date: '2027-01-01', name: '元旦' }];

describe('a year of holidays as the page shows it', () => {
  it('joins consecutive days of one holiday into a span', () => {
    expect(spansOf([...newYear, ...spring])).toEqual([
      { name: '元旦', from: '2027-01-01', to: '2027-01-01', days: 1 },
      { name: '春节', from: '2027-02-06', to: '2027-02-08', days: 3 },
    ]);
  });

  it('groups days off and make-up days per holiday in calendar order', () => {
    const groups = groupByHoliday([...spring, ...newYear], [{ date: '2027-01-31', name: '春节' }]);
    expect(groups.map((g) => [g.name, g.off.length, g.makeup])).toEqual([
      ['元旦', 1, []],
      ['春节', 1, ['2027-01-31']],
    ]);
  });

  it('writes the arrangement back as the lines the import reads', () => {
    expect(
      arrangementText({
        year: 2027,
        holidays: [...newYear, ...spring],
        makeupWorkdays: [{ date: '2027-01-31', name: '春节' }],
      }),
    ).toBe(
      '# 2027 年节假日安排\n2027-01-01 休 元旦\n2027-01-31 班 春节\n2027-02-06~2027-02-08 休 春节',
    );
  });

  it('names sources and reads import problems of a 400 only', () => {
    expect(sourceName('text')).toBe('粘贴通知文本');
    expect(sourceName('chinese-days@1.5')).toBe('节假日数据包（chinese-days@1.5）');
    expect(sourceName(null)).toBe('—');
    const problems = [{ field: 'text', line: 2, message: '日期无效' }];
    expect(problemsOf(new ApiError(400, 'BAD', 'x', undefined, { problems }))).toEqual(problems);
    expect(problemsOf(new ApiError(409, 'BAD', 'x', undefined, { problems }))).toEqual([]);
  });
});
