import { describe, expect, it } from '@jest/globals';
import type { Leader } from '../org/index.js';
import {
  planConfirmAgain,
  planOfficeDigest,
  type UnconfirmedDuty,
} from './confirmation-planning.js';
import type { DutyPlanContext } from './duty-planning.js';
import { DEFAULT_PREFERENCE, DEFAULT_QUIET_HOURS, DEFAULT_RULES } from './notify.types.js';

const leader = {
  id: 'L1',
  name: '甘素问',
  title: '副市长',
  contact: {},
  secretary: { name: '秘书甲' },
} as unknown as Leader;

function ctx(now: string, confirmAgainAt: string | null = '19:00'): DutyPlanContext {
  return {
    unit: {
      id: 'unit',
      name: '青嵘市',
      receptionVenue: '市群众来访接待中心',
      sessionTemplates: [
        { code: 'AM', start: '08:30', end: '11:30' },
        { code: 'PM', start: '14:30', end: '17:30' },
      ],
    },
    leaders: new Map([[leader.id, leader]]),
    settings: {
      unitId: 'unit',
      channels: {},
      preference: DEFAULT_PREFERENCE,
      recipientChannels: {},
      rules: { ...DEFAULT_RULES, confirmAgainAt },
      quietHours: DEFAULT_QUIET_HOURS,
      petitionRecipients: [],
    },
    // Thursday 10 December 2026, a working day: the day before is Wednesday.
    working: new Map([['2026-12-10', true]]),
    lastWorkingBefore: new Map([['2026-12-10', '2026-12-09']]),
    now: new Date(`${now}+08:00`),
    confirmLink: (d) => `https://roster.example/api/v1/duty-confirmations/${d.assignmentId}?t=x`,
  };
}

const duty: UnconfirmedDuty = {
  assignmentId: 'a1',
  rosterId: 'r1',
  date: '2026-12-10',
  session: 'AM',
  leaderId: 'L1',
  sequence: 0,
};

describe('the second confirmation reminder', () => {
  it('is planned only once the configured hour of the day before has passed', () => {
    expect(planConfirmAgain([duty], ctx('2026-12-09T18:59:00'))).toEqual([]);
    const planned = planConfirmAgain([duty], ctx('2026-12-09T19:00:00'));
    expect(planned.map((p) => p.recipient.key)).toEqual(['leader:L1', 'secretary:L1']);
    expect(planned.every((p) => p.rule === 'duty_confirm_again')).toBe(true);
    // At the nominal hour, not "now": planning it again on the next tick changes nothing.
    const later = planConfirmAgain([duty], ctx('2026-12-09T19:35:00'));
    expect(later.map((p) => p.dueAt.toISOString())).toEqual(
      planned.map((p) => p.dueAt.toISOString()),
    );
    expect(planned[0].body).toContain('https://roster.example/api/v1/duty-confirmations/a1?t=x');
    expect(planned[1].body).toContain('甘素问副市长');
  });

  it('is never planned once the session has begun, nor when the unit turned it off', () => {
    expect(planConfirmAgain([duty], ctx('2026-12-10T08:30:00'))).toEqual([]);
    expect(planConfirmAgain([duty], ctx('2026-12-09T20:00:00', null))).toEqual([]);
  });

  it('waits for the end of the quiet hours, and is dropped if that is after the session begins', () => {
    // 23:00 falls in the quiet hours (22:00–07:00): moved to 07:00, before the 08:30 session.
    const late = planConfirmAgain([duty], ctx('2026-12-09T23:30:00', '23:00'));
    expect(late[0].dueAt.toISOString()).toBe(new Date('2026-12-10T07:00:00+08:00').toISOString());
    const early = { ...duty, session: 'CALL' as const };
    // An on-call duty begins at midnight: a 23:00 reminder pushed to 07:00 is pointless.
    expect(planConfirmAgain([early], ctx('2026-12-09T23:30:00', '23:00'))).toEqual([]);
  });
});

describe('两办 daily digest', () => {
  it('lists pending requests and unconfirmed duties, and is not sent when there are none', () => {
    expect(planOfficeDigest('2026-12-09', [], [], ctx('2026-12-09T07:00:00'))).toBeNull();
    const digest = planOfficeDigest(
      '2026-12-09',
      [
        {
          kind: 'leave',
          status: 'requested',
          date: '2026-12-11',
          session: 'AM',
          leaderName: '罗守正',
          otherLeaderName: null,
          otherDate: null,
          otherSession: null,
        },
      ],
      [{ ...duty, leaderName: '甘素问' }],
      ctx('2026-12-09T07:00:00'),
    )!;
    expect(digest.recipient.key).toBe('office:1');
    expect(digest.rule).toBe('office_digest');
    expect(digest.body).toContain('罗守正');
    expect(digest.body).toContain('待审批');
    expect(digest.body).toContain('尚未确认出席 1 项');
    expect(digest.dueAt.toISOString()).toBe(new Date('2026-12-09T08:00:00+08:00').toISOString());
  });
});
