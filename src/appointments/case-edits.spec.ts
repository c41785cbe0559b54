import type { Department, Leader } from '../org/index.js';
import type { Appointment } from './appointment.entity.js';
import { judgeEdit } from './case-edits.js';
import type { PriorityCase } from './priority-case.entity.js';

const housingLeader = { id: 'L-housing', active: true, portfolioSubjects: ['urban_construction'] };
const lawLeader = { id: 'L-law', active: true, portfolioSubjects: ['politics_law'] };
const leaders = [housingLeader, lawLeader, { ...housingLeader, id: 'L-gone', active: false }];
const departments = [
  { id: 'D-housing', subjectCodes: ['urban_construction'] },
  { id: 'D-health', subjectCodes: ['health'] },
];
const org = { leaders: leaders as Leader[], departments: departments as Department[] };

const kase = (over: Partial<PriorityCase> = {}) =>
  ({
    id: 'C1',
    reference: 'ZF-2026-001',
    subjectCode: 'urban_construction',
    routing: 'public',
    receiveBefore: '2026-04-01',
    departmentIds: [],
    ...over,
  }) as PriorityCase;

const booked = (over: Partial<Appointment> = {}) =>
  ({
    id: 'A1',
    leaderId: 'L-housing',
    date: '2026-03-10',
    departmentIds: ['D-housing'],
    ...over,
  }) as Appointment;

/** The reasons an edit from `before` to `after` gives to send the appointment back. */
const reasons = (before: PriorityCase, after: PriorityCase, a = booked()) =>
  judgeEdit(before, after, org).misfits(a);

describe('an edited case and its open appointments (case-edits.ts)', () => {
  it('keeps an appointment the edit does not concern', () => {
    expect(reasons(kase(), kase({ reference: 'ZF-2026-001A' }))).toEqual([]);
    // The leader left since matching: not this edit's business (a roster amendment handles it).
    expect(reasons(kase(), kase({ groupSize: 3 }), booked({ leaderId: 'L-gone' }))).toEqual([]);
  });

  it('sends it back when the new subject or routing is outside the leader portfolio', () => {
    expect(reasons(kase(), kase({ subjectCode: 'health' }))).toContain(
      '接访领导的分管领域不包括修改后的信访事项分类',
    );
    expect(reasons(kase(), kase({ routing: 'politics_law' }))).toEqual([
      '涉法涉诉案件须由分管政法的领导接待',
    ]);
    expect(
      reasons(kase(), kase({ routing: 'politics_law' }), booked({ leaderId: 'L-law' })),
    ).toEqual([]);
  });

  it('sends it back when the new deadline is not after its session', () => {
    expect(reasons(kase(), kase({ receiveBefore: '2026-03-10' }))).toEqual([
      '场次不早于修改后的约访截止日期 2026-03-10',
    ]);
    expect(reasons(kase(), kase({ receiveBefore: '2026-03-11' }))).toEqual([]);
  });

  it('sends it back when the departments to invite change, whatever their order', () => {
    expect(reasons(kase(), kase({ departmentIds: ['D-health'] }))).toEqual(['须参加的部门已变更']);
    expect(
      reasons(
        kase({ departmentIds: ['D-housing'] }),
        kase({ departmentIds: ['D-health', 'D-housing'] }),
        booked({ departmentIds: ['D-housing', 'D-health'] }),
      ),
    ).toEqual([]);
  });

  it('names the departments to invite only when what decides them changed', () => {
    expect(judgeEdit(kase(), kase({ groupSize: 9 }), org).invited).toBeNull();
    expect(judgeEdit(kase(), kase({ subjectCode: 'health' }), org).invited).toEqual(['D-health']);
    expect(judgeEdit(kase(), kase({ departmentIds: ['D-health'] }), org).invited).toEqual([
      'D-health',
      'D-housing',
    ]);
  });

  it('gives every reason at once', () => {
    expect(reasons(kase(), kase({ subjectCode: 'health', receiveBefore: '2026-03-01' }))).toEqual([
      '接访领导的分管领域不包括修改后的信访事项分类',
      '场次不早于修改后的约访截止日期 2026-03-01',
      '须参加的部门已变更',
    ]);
  });
});
