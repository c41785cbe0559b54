import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/client.js';
import type { CaseUpdateResult, PriorityCase, Subject } from '../../api/types.js';
import { formOf, invalidRows, patchOf, peopleOf, personText, savedText } from './case-form.js';

const flags = {
  crossLevel: false,
  beijing: false,
  threeCross: false,
  threat: false,
  lawRelated: false,
  accusation: false,
};
const c = {
  id: 'c1',
  reference: 'ZD-1',
  submittedBy: 'petition',
  batch: null,
  subjectCode: 'housing',
  subjectLabel: '住房',
  subcategory: null,
  locality: '城东',
  summary: '拆迁补偿',
  risk: 'yellow',
  groupSize: 3,
  repeatCount: 0,
  backlogYears: 0,
  flags,
  receiveBefore: '2027-01-31',
  previousLeaderId: null,
  departmentIds: ['d1', 'd2'],
  petitioners: [{ position: 1, name: '张*', phone: null, idNumber: '1101**' }],
} as unknown as PriorityCase;
const subjects = [{ code: 'labour', name: '劳动社保', restricted: false }] as Subject[];

describe('the case edit form', () => {
  it('sends nothing when nothing changed', () => {
    expect(patchOf(c, formOf(c), subjects, null)).toEqual({});
  });

  it('sends only what changed, as the submission names it', () => {
    const form = {
      ...formOf(c),
      reference: ' ZD-2 ',
      subjectCode: 'labour',
      locality: '  ',
      groupSize: '5',
      flags: { ...flags, threat: true },
      receiveBefore: '',
      previousLeaderId: 'l9',
      departmentIds: ['d2', 'd1'],
    };
    expect(patchOf(c, form, subjects, null)).toEqual({
      reference: 'ZD-2',
      subject: '劳动社保',
      locality: null,
      groupSize: 5,
      flags: { threat: true },
      receiveBefore: null,
      previousLeader: 'l9',
    });
  });

  it('replaces the petitioners only when they were loaded for editing', () => {
    const people = [{ name: ' 张三 ', phone: ' ', idNumber: '110101199001011234 ' }];
    expect(patchOf(c, formOf(c), subjects, people)).toEqual({
      petitioners: [{ name: '张三', phone: null, idNumber: '110101199001011234' }],
    });
    expect(peopleOf(c)).toEqual([{ name: '张*', phone: '', idNumber: '1101**' }]);
    expect(personText(c.petitioners[0])).toBe('张* · 1101**');
  });

  it('reads the row problems of a refusal', () => {
    const rows = [{ row: 1, column: 'summary', message: '不能为空' }];
    expect(
      invalidRows(new ApiError(422, 'INVALID_ROWS', 'x', undefined, { errors: rows })),
    ).toEqual(rows);
    expect(invalidRows(new Error('x'))).toEqual([]);
  });

  it('says what a saved edit did to the appointments', () => {
    const saved = {
      reference: 'ZD-1',
      appointmentEffects: [
        { appointmentId: 'a1', action: 'flagged', reasons: [] },
        { appointmentId: 'a2', action: 'cancelled', reasons: [] },
        { appointmentId: 'a3', action: 'flagged', reasons: [] },
      ],
    } as unknown as CaseUpdateResult;
    expect(savedText(saved)).toBe(
      '已保存案件 ZD-1 的修改。2 件约访已不再符合条件，退回待确认，请重新安排。1 件约访已取消（案件不再公开安排接访）。',
    );
  });
});
