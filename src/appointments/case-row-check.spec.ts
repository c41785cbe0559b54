import { checkCaseRow, type RowCheckContext, type RowToCheck } from './case-row-check.js';
import type { CaseInput } from './case-input.js';

/** A valid ID number: 17 digits and the GB 11643 check character. */
function idNumber(seq: number): string {
  const first17 = `11010519800101${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const DEP_ID = '0b7c2f9e-1111-4c1e-9d7e-00000000000d';
const ctx: RowCheckContext = {
  user: { role: 'petition' },
  today: '2027-03-10',
  subjects: [
    { code: 'URBAN', name: '城乡建设', restricted: false, oldLabels: [] },
    { code: 'EDU', name: '教育', restricted: false, oldLabels: ['教育文体'] },
    { code: 'CULTURE', name: '文化旅游', restricted: false, oldLabels: ['教育文体'] },
    { code: 'DISCIPLINE', name: '纪检监察', restricted: true, oldLabels: [] },
  ],
  subjectCodes: new Map([
    ['城乡建设', ['URBAN']],
    ['教育文体', ['EDU', 'CULTURE']],
    ['纪检监察', ['DISCIPLINE']],
  ]),
  leaders: [{ id: '0b7c2f9e-1111-4c1e-9d7e-000000000001', code: 'L01', name: '程望岳' }],
  departments: [{ id: DEP_ID, name: '市住建局' }],
  hmacIdNumber: (id) => `hmac:${id}`,
};

const input = (over: Partial<CaseInput> = {}): CaseInput => ({
  reference: ' qr-2027-001 ',
  subject: '城乡建设',
  summary: '小区加装电梯',
  risk: '黄',
  groupSize: 2,
  petitioners: [{ name: '张三', phone: '138 1234 1234', idNumber: idNumber(1) }],
  receiveBefore: '2027-04-30',
  ...over,
});

const check = (over: Partial<CaseInput> = {}, row: Partial<RowToCheck> = {}) =>
  checkCaseRow(ctx, { row: 3, input: input(over), column: (f) => f, ...row });

const problems = (over: Partial<CaseInput> = {}, row: Partial<RowToCheck> = {}) => {
  const r = check(over, row);
  return 'problems' in r ? r.problems.map((p) => [p.column, p.message]) : [];
};

describe('checkCaseRow', () => {
  it('makes a draft of a good row: trimmed identifiers, resolved subject and department', () => {
    const r = check({ departments: ['市住建局'], previousLeader: 'L01' });
    expect('draft' in r && r.draft).toMatchObject({
      row: 3,
      reference: 'qr-2027-001',
      submittedBy: 'petition',
      subjectCode: 'URBAN',
      routing: 'public',
      risk: 'yellow',
      receiveBefore: '2027-04-30',
      previousLeaderId: ctx.leaders[0].id,
      departmentIds: [DEP_ID],
      petitioners: [{ name: '张三', phone: '13812341234', idNumberHmac: `hmac:${idNumber(1)}` }],
    });
  });

  it('collects every problem of the row, each on its field', () => {
    expect(
      problems({ reference: '', summary: ' ', risk: '紫', groupSize: 0, subject: '外星事务' }),
    ).toEqual([
      ['reference', '案件编号不能为空'],
      ['subject', expect.stringMatching(/^未知的信访事项分类：外星事务/)],
      ['summary', '简要案情不能为空'],
      ['risk', '风险等级只能是 红、橙、黄、蓝：紫'],
      ['groupSize', '涉及人数至少为 1'],
    ]);
  });

  it('asks for one current subject when an old label names several', () => {
    expect(problems({ subject: '教育文体' })).toEqual([
      ['subject', '旧分类「教育文体」对应多个现行分类（教育、文化旅游），请填写其中一个'],
    ]);
  });

  it('judges the deadline against today, and lets an edit keep its stored one', () => {
    expect(problems({ receiveBefore: '2027-03-10' })).toEqual([
      ['receiveBefore', '约访截止日期 2027-03-10 已过（须晚于今天 2027-03-10）'],
    ]);
    expect(problems({ receiveBefore: '2027-03-11' })).toEqual([]);
    expect(problems({ receiveBefore: '2027-02-30' })[0][0]).toBe('receiveBefore');
    const existing = {
      id: 'c1',
      submittedBy: 'petition' as const,
      receiveBefore: '2027-03-01',
      departmentIds: [],
    };
    expect(problems({ receiveBefore: '2027-03-01' }, { existing })).toEqual([]);
  });

  it('lets a restricted case go without a deadline, and only it', () => {
    expect(problems({ subject: '纪检监察', receiveBefore: null })).toEqual([]);
    expect(problems({ receiveBefore: null })).toEqual([['receiveBefore', '约访截止日期不能为空']]);
  });

  it('keeps personal data out of fields that travel to calendars and exports', () => {
    expect(problems({ batch: `第一批 ${idNumber(2)}` }).map(([c]) => c)).toEqual(['batch']);
    expect(problems({ locality: '联系 13812341234' }).map(([c]) => c)).toEqual(['locality']);
  });

  it('holds the representatives to 5 and to the size of the group', () => {
    const five = Array.from({ length: 6 }, (_, i) => ({ name: `代表${i}`, idNumber: idNumber(i) }));
    expect(problems({ groupSize: 50, petitioners: five })).toEqual([
      ['petitioners[5].name', '最多 5 名代表参加接访'],
    ]);
    expect(problems({ groupSize: 1, petitioners: five.slice(0, 2) })).toEqual([
      ['groupSize', '涉及人数（1）少于填写的信访人数（2）'],
    ]);
  });

  it('names the closest department and refuses another body’s name', () => {
    expect(problems({ departments: ['市住建委'] })).toEqual([
      [
        'departments[0]',
        expect.stringMatching(/^本单位没有这个部门：市住建委.*市住建局.*本单位的 1 个部门/),
      ],
    ]);
    expect(problems({ submittedBy: '政法委' })).toEqual([
      ['submittedBy', '只能以本单位（政法委或信访局）名义提交'],
    ]);
    expect(problems({ previousLeader: 'L99' })).toEqual([
      ['previousLeader', '本单位没有这位领导：L99'],
    ]);
  });
});
