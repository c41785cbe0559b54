import { AppError } from '../common/app-error.js';
import {
  assertEditable,
  auditedValues,
  caseChanges,
  draftFields,
  givenFields,
  patchedInput,
  type StoredPetitioner,
} from './case-patch.js';
import type { CaseDraft } from './case-validator.js';
import type { PriorityCase } from './priority-case.entity.js';

const FLAGS = {
  crossLevel: false,
  beijing: true,
  threeCross: false,
  threat: false,
  lawRelated: false,
  accusation: false,
};

const PEOPLE: StoredPetitioner[] = [{ name: '张三', phone: null, idNumber: '11010519800101001X' }];

function storedCase(over: Partial<PriorityCase> = {}): PriorityCase {
  return {
    id: 'c1',
    unitId: 'u1',
    reference: 'ZF-2027-001',
    submittedBy: 'politics',
    batch: '第一批',
    subjectCode: 'URBAN',
    subjectLabel: '城乡建设（旧）',
    subcategory: null,
    locality: '嵘城区',
    summary: '房屋征收补偿',
    risk: 'yellow',
    groupSize: 1,
    repeatCount: 2,
    backlogYears: 0,
    flags: FLAGS,
    routing: 'politics_law',
    receiveBefore: '2027-03-31',
    previousLeaderId: null,
    departmentIds: ['d1', 'd2'],
    status: 'received',
    version: 3,
    ...over,
  } as PriorityCase;
}

/** The draft the submission check would make of the stored case with some fields changed. */
function draftOf(c: PriorityCase, over: Partial<CaseDraft> = {}): CaseDraft {
  return {
    row: 1,
    ...draftFields({ ...c, row: 1, petitioners: [] } as unknown as CaseDraft),
    subjectLabel: '城乡建设',
    petitioners: PEOPLE.map((p) => ({ ...p, idNumberHmac: `hmac:${p.idNumber}` })),
    ...over,
  } as CaseDraft;
}

describe('an edit of a stored case', () => {
  it('lays the given fields over the stored case and merges flags key by key', () => {
    const c = storedCase();
    const input = patchedInput(
      c,
      PEOPLE,
      givenFields({ version: 3, risk: 'red', flags: { threat: true } }),
    );
    expect(input.risk).toBe('red');
    expect(input.summary).toBe('房屋征收补偿');
    expect(input.subject).toBe('URBAN');
    expect(input.petitioners).toEqual(PEOPLE);
    expect(input.flags).toEqual({ ...FLAGS, threat: true });
    expect(input.submittedBy).toBe('politics');
  });

  it('treats a field given as undefined as not given, and never passes the version on', () => {
    const given = givenFields({ version: 3, risk: undefined, locality: '东城区' });
    expect(given).toEqual({ locality: '东城区' });
  });

  it('refuses to change the submitting body (that is a transfer), but accepts the same body', () => {
    const c = storedCase();
    expect(() => patchedInput(c, PEOPLE, { submittedBy: '信访局' })).toThrow(
      expect.objectContaining({ code: 'TRANSFER_REQUIRED', field: 'submittedBy' }),
    );
    expect(() => patchedInput(c, PEOPLE, { submittedBy: '政法委' })).not.toThrow();
  });

  it('finds no change when only the order of ids or of flag keys differs', () => {
    const c = storedCase();
    const draft = draftOf(c, {
      departmentIds: ['d2', 'd1'],
      flags: Object.fromEntries(Object.entries(FLAGS).reverse()) as typeof FLAGS,
    });
    const edit = caseChanges(c, draft, { departments: ['d2', 'd1'] }, PEOPLE);
    expect(edit.changed).toEqual([]);
    expect(edit.peopleChanged).toBe(false);
    // The label as once submitted stays unless the subject was given.
    expect(edit.next.subjectLabel).toBe('城乡建设（旧）');
  });

  it('names the changed fields and takes the current label when the subject is given', () => {
    const c = storedCase();
    const draft = draftOf(c, { risk: 'red', departmentIds: ['d1'] });
    const edit = caseChanges(c, draft, { risk: 'red', subject: '城乡建设' }, PEOPLE);
    expect(edit.changed.sort()).toEqual(['departmentIds', 'risk']);
    expect(edit.next.subjectLabel).toBe('城乡建设');
  });

  it('sees a change of petitioners only when they were given and differ', () => {
    const c = storedCase();
    const other = draftOf(c, {
      petitioners: [{ name: '李四', phone: null, idNumber: PEOPLE[0].idNumber, idNumberHmac: 'h' }],
    });
    expect(caseChanges(c, other, {}, PEOPLE).peopleChanged).toBe(false);
    expect(caseChanges(c, other, { petitioners: [] }, PEOPLE).peopleChanged).toBe(true);
    expect(caseChanges(c, draftOf(c), { petitioners: [] }, PEOPLE).peopleChanged).toBe(false);
  });

  it('audits old and new values except free text about people', () => {
    const before = storedCase();
    const after = storedCase({ risk: 'red', summary: '新的情况', version: 4 });
    const values = auditedValues(['risk', 'summary'], before, after);
    expect(values).toEqual({ risk: { from: 'yellow', to: 'red' } });
  });

  it('refuses to edit a closed case or one edited since it was read', () => {
    expect(() => assertEditable(storedCase({ status: 'closed' }), 3)).toThrow(
      expect.objectContaining({ code: 'CASE_CLOSED' }),
    );
    const stale = (() => {
      try {
        assertEditable(storedCase(), 2);
      } catch (e) {
        return e;
      }
    })();
    expect(stale).toBeInstanceOf(AppError);
    expect((stale as AppError).code).toBe('VERSION_CONFLICT');
    expect(() => assertEditable(storedCase(), 3)).not.toThrow();
  });
});
