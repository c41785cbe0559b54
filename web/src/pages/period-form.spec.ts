import { describe, expect, it } from '@jest/globals';
import {
  periodBody,
  periodDuties,
  periodForm,
  toggledRank,
  toggledSession,
} from './period-form.js';

describe('the 特护期 form', () => {
  it('opens a new period on 1 January with both sessions and two days apart', () => {
    const f = periodForm(null, 2027);
    expect([f.startDate, f.endDate, f.sessionCodes, f.spacingDays]).toEqual([
      '2027-01-01',
      '2027-01-01',
      ['AM', 'PM'],
      '2',
    ]);
  });

  it('limits ranks on the sessions, and on on-call only when the period has it', () => {
    const f = { ...periodForm(null, 2027), sessionCodes: ['PM' as const] };
    expect(periodDuties(f)).toEqual(['PM']);
    expect(periodDuties({ ...f, onCallLeader: true })).toEqual(['PM', 'CALL']);
  });

  it('keeps sessions in AM, PM order', () => {
    expect(toggledSession(['PM'], 'AM', true)).toEqual(['AM', 'PM']);
    expect(toggledSession(['AM', 'PM'], 'AM', false)).toEqual(['PM']);
  });

  it('keeps ranks in rank order and drops a duty with none left', () => {
    const one = toggledRank({}, 'AM', 'npc', true);
    expect(toggledRank(one, 'AM', 'principal', true)).toEqual({ AM: ['principal', 'npc'] });
    expect(toggledRank(one, 'AM', 'npc', false)).toEqual({});
  });

  it('sends numbers, the excluded dates as a list, and only the limits of its duties', () => {
    const body = periodBody({
      ...periodForm(null, 2027),
      name: ' 春节 ',
      sessionCodes: ['AM'],
      quotaPerLeader: '',
      onCallQuotaPerLeader: '3',
      excludedDates: '2027-02-06，2027-02-07 2027-02-08',
      sessionRanks: { AM: ['npc'], PM: ['cppcc'], CALL: ['other'] },
      firstDayLeaderId: '',
    });
    expect(body).toMatchObject({
      name: '春节',
      leadersPerSession: 1,
      quotaPerLeader: null,
      onCallQuotaPerLeader: null,
      excludedDates: ['2027-02-06', '2027-02-07', '2027-02-08'],
      sessionRanks: { AM: ['npc'] },
      firstDayLeaderId: null,
    });
  });
});
