import { checkArrangement, type ImportProblem, parseYearImport } from './holiday-import.js';
import { looksLikeNotice, parseNotice } from './holiday-notice.js';
import { packageArrangement } from './holiday-package.js';

/** 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号), as published. */
const NOTICE_2025 = `国务院办公厅关于2025年部分节假日安排的通知
国办发明电〔2024〕12号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作，遇有重大突发事件，要按规定及时报告并妥善处置，确保人民群众祥和平安度过节日假期。

国务院办公厅
2024年11月12日`;

/** 国务院办公厅关于2026年部分节假日安排的通知, as published. */
const NOTICE_2026 = `国务院办公厅关于2026年部分节假日安排的通知
一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
国务院办公厅
2025年11月4日`;

/** 2023: 元旦 starts in the year before (the notice writes both years). */
const NOTICE_2023 = `国务院办公厅关于2023年部分节假日安排的通知
一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。
二、春节：1月21日至27日放假调休，共7天。1月28日（星期六）、1月29日（星期日）上班。
三、清明节：4月5日放假，共1天。
四、劳动节：4月29日至5月3日放假调休，共5天。4月23日（星期日）、5月6日（星期六）上班。
五、端午节：6月22日至24日放假调休，共3天。6月25日（星期日）上班。
六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。`;

const dates = (list: Array<{ date: string }>) => list.map((d) => d.date);

describe('the State Council notice as published', () => {
  for (const [year, text] of [
    [2023, NOTICE_2023],
    [2025, NOTICE_2025],
    [2026, NOTICE_2026],
  ] as const) {
    it(`reads the ${year} notice into the same dates as the holiday package`, () => {
      expect(looksLikeNotice(text)).toBe(true);
      const problems: ImportProblem[] = [];
      const arrangement = checkArrangement(year, parseNotice(text, year, problems), problems);
      expect(problems).toEqual([]);
      const known = packageArrangement(year)!;
      expect(dates(arrangement.holidays)).toEqual(dates(known.holidays));
      expect(dates(arrangement.makeupWorkdays)).toEqual(dates(known.makeupWorkdays));
    });
  }

  it('names days by their item, 调休 working days included, ranges across months', () => {
    const problems: ImportProblem[] = [];
    const rows = parseNotice(NOTICE_2025, 2025, problems);
    expect(rows.filter((r) => r.name === '端午节').map((r) => r.date)).toEqual([
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
    ]);
    expect(rows.find((r) => r.date === '2025-02-08')).toMatchObject({
      kind: 'makeup_workday',
      name: '春节',
      line: 7,
    });
    expect(rows.filter((r) => r.name === '国庆节、中秋节')).toHaveLength(10);
  });

  it('leaves out the days of the year before and runs a range into the next year', () => {
    const problems: ImportProblem[] = [];
    const rows = parseNotice(
      '一、元旦：12月31日至1月2日放假调休，共3天。12月27日（周日）上班。',
      2030,
      problems,
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.date, r.kind])).toEqual([
      ['2030-12-31', 'holiday'],
      ['2030-12-27', 'makeup_workday'],
    ]);
  });

  it('a notice pasted with wrapped lines still reads', () => {
    const wrapped = NOTICE_2026.replace('放假调休，共9天。', '放假调休，\n共9天。');
    const problems: ImportProblem[] = [];
    const rows = parseNotice(wrapped, 2026, problems);
    expect(problems).toEqual([]);
    expect(rows.filter((r) => r.name === '春节')).toHaveLength(11);
  });

  it('says which item is wrong: a day count that does not match, a notice of another year', () => {
    const problems: ImportProblem[] = [];
    parseNotice(NOTICE_2026.replace('共9天', '共8天'), 2026, problems);
    expect(problems).toEqual([
      {
        field: 'text',
        line: 3,
        message: '第 3 行（春节）：写明共 8 天，但 2026-02-15 至 2026-02-23 是 9 天',
      },
    ]);
    const other: ImportProblem[] = [];
    parseNotice(NOTICE_2025, 2026, other);
    expect(other[0].message).toBe('粘贴的是 2025 年的通知，不是 2026 年的');
  });

  it('goes through the PUT body like the line format', () => {
    const parsed = parseYearImport(2026, { text: NOTICE_2026 });
    expect(parsed.kind).toBe('text');
    if (parsed.kind !== 'text') return;
    expect(parsed.arrangement.makeupWorkdays.map((d) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(() => parseYearImport(2026, { text: NOTICE_2026.replace('共9天', '共8天') })).toThrow(
      /第 3 行（春节）/,
    );
  });
});
