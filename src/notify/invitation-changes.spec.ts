import { describe, expect, it } from '@jest/globals';
import type { DutyPlanContext } from './duty-planning.js';
import { planAppointmentMessages, type AppointmentState } from './invitation-changes.js';
import type { AppointmentNoticeRow } from './notification-store.js';
import type { SessionCases } from './notify-extensions.js';
import {
  DEFAULT_PREFERENCE,
  DEFAULT_QUIET_HOURS,
  DEFAULT_RULES,
  type NotificationStatus,
} from './notify.types.js';

const A = '11111111-1111-4111-8111-111111111111';
const D1 = 'd1';
const D2 = 'd2';
const VENUE = '市群众来访接待中心';

const departments = new Map([
  [D1, { id: D1, name: '市住房和城乡建设局', contact: {} }],
  [D2, { id: D2, name: '市交通运输局', contact: {} }],
]);

function ctx(now: string, cases: SessionCases[] = []): DutyPlanContext {
  return {
    unit: {
      id: 'unit',
      name: '青嵘市',
      receptionVenue: VENUE,
      sessionTemplates: [
        { code: 'AM', start: '08:30', end: '11:30' },
        { code: 'PM', start: '14:30', end: '17:30' },
      ],
    },
    leaders: new Map(),
    settings: {
      unitId: 'unit',
      channels: {},
      preference: DEFAULT_PREFERENCE,
      recipientChannels: {},
      rules: DEFAULT_RULES,
      quietHours: DEFAULT_QUIET_HOURS,
      petitionRecipients: [],
    },
    working: new Map(),
    lastWorkingBefore: new Map(),
    now: new Date(`${now}+08:00`),
    cases: new Map(cases.map((c) => [`${c.date}|${c.session}|${c.leaderId}`, c])),
  };
}

const appointment = (over: Partial<AppointmentState> = {}): AppointmentState => ({
  id: A,
  unitId: 'unit',
  date: '2026-12-10',
  session: 'AM',
  leaderId: 'L12',
  status: 'scheduled',
  departmentIds: [D1],
  caseCode: 'WD-01',
  ...over,
});

let seq = 0;
function row(
  rule: 'department_invitation' | 'department_withdrawal',
  date: string,
  status: NotificationStatus,
  department = D1,
  source = `appointment:${A}`,
): AppointmentNoticeRow {
  return {
    id: `row${++seq}`,
    source,
    rule,
    recipientKey: `department:${department}`,
    recipient: {
      key: `department:${department}`,
      name: departments.get(department)?.name ?? '已撤销部门',
    },
    channel: 'outbox',
    status,
    ref: { date, session: 'AM', start: '08:30', end: '11:30', leaderId: 'L12', venue: VENUE },
    sentAt: status === 'sent' ? new Date() : null,
  };
}

const summary = (planned: ReturnType<typeof planAppointmentMessages>) =>
  planned.map((p) => [p.rule, p.recipient.key, p.source, p.ref.date]);

describe('planAppointmentMessages', () => {
  it('invites a booked appointment’s departments under the plain key when nothing was sent', () => {
    const planned = planAppointmentMessages(
      appointment(),
      [],
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(summary(planned)).toEqual([
      ['department_invitation', `department:${D1}`, `appointment:${A}`, '2026-12-10'],
    ]);
    expect(planned[0].appointmentId).toBe(A);
  });

  it('a sent invitation for the session still booked: nothing new', () => {
    const history = [row('department_invitation', '2026-12-10', 'sent')];
    expect(
      planAppointmentMessages(appointment(), history, departments, ctx('2026-12-01T10:00')),
    ).toEqual([]);
  });

  it('moved and booked again: a 改期 notice about the old session and the new invitation, after the sent keys', () => {
    const history = [row('department_invitation', '2026-12-08', 'sent')];
    const planned = planAppointmentMessages(
      appointment(),
      history,
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(summary(planned)).toEqual([
      ['department_withdrawal', `department:${D1}`, `appointment:${A}:1`, '2026-12-08'],
      ['department_invitation', `department:${D1}`, `appointment:${A}:1`, '2026-12-10'],
    ]);
    expect(planned[0].subject).toBe('接访会商改期通知：12月8日（星期二）上午');
    expect(planned[0].body).toContain('已改期至12月10日（星期四）上午 08:30—11:30');
    expect(planned[0].body).toContain('新场次的会商邀请另行发送');
    expect(planned[0].ref.notAfter).toBe(new Date('2026-12-08T08:30+08:00').toISOString());
  });

  it('a move still proposed says the new session will be confirmed; a department dropped from the list hears of a cancellation', () => {
    const history = [
      row('department_invitation', '2026-12-08', 'sent', D1),
      row('department_invitation', '2026-12-08', 'sent', D2),
    ];
    const planned = planAppointmentMessages(
      appointment({ status: 'proposed', departmentIds: [D1] }),
      history,
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(planned.map((p) => [p.recipient.key, p.rule])).toEqual([
      [`department:${D1}`, 'department_withdrawal'],
      [`department:${D2}`, 'department_withdrawal'],
    ]);
    expect(planned[0].body).toContain('新场次确认后另行通知');
    expect(planned[1].subject).toBe('接访会商邀请撤销通知：12月8日（星期二）上午');
    expect(planned[1].body).toContain('该件约访已取消，贵单位无需就此派员参加。');
  });

  it('sent back for review in the same session: the department waits for a new arrangement', () => {
    const history = [row('department_invitation', '2026-12-10', 'sent')];
    const [notice] = planAppointmentMessages(
      appointment({ status: 'proposed' }),
      history,
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(notice.body).toContain('该件约访需重新安排，原定场次无需参加，重新安排后另行通知。');
  });

  it('back in the old session before the notice went out: the notice is not planned (the caller cancels it)', () => {
    const history = [
      row('department_invitation', '2026-12-10', 'sent'),
      row('department_withdrawal', '2026-12-10', 'planned', D1, `appointment:${A}:1`),
    ];
    expect(
      planAppointmentMessages(appointment(), history, departments, ctx('2026-12-01T10:00')),
    ).toEqual([]);
  });

  it('replays what was sent: invited, withdrawn, invited again — only the last invitation is believed', () => {
    const history = [
      row('department_invitation', '2026-12-08', 'sent'),
      row('department_withdrawal', '2026-12-08', 'sent', D1, `appointment:${A}:1`),
      row('department_invitation', '2026-12-10', 'sent', D1, `appointment:${A}:2`),
    ];
    const planned = planAppointmentMessages(
      appointment({ status: 'cancelled' }),
      history,
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(summary(planned)).toEqual([
      ['department_withdrawal', `department:${D1}`, `appointment:${A}:3`, '2026-12-10'],
    ]);
  });

  it('a row being sent counts as sent; a dead or cancelled one does not', () => {
    const sending = [row('department_invitation', '2026-12-08', 'sending')];
    expect(
      planAppointmentMessages(
        appointment({ status: 'cancelled' }),
        sending,
        departments,
        ctx('2026-12-01T10:00'),
      ),
    ).toHaveLength(1);
    for (const status of ['dead', 'cancelled', 'planned', 'retrying'] as const) {
      const history = [row('department_invitation', '2026-12-08', status)];
      expect(
        planAppointmentMessages(
          appointment({ status: 'cancelled' }),
          history,
          departments,
          ctx('2026-12-01T10:00'),
        ),
      ).toEqual([]);
    }
  });

  it('a restricted case is never named, and a department still needed that morning is told so', () => {
    const history = [row('department_invitation', '2026-12-10', 'sent')];
    const others: SessionCases = {
      date: '2026-12-10',
      session: 'AM',
      leaderId: 'L12',
      cases: [{ code: 'WD-09', departmentIds: [D1] }],
    };
    const [notice] = planAppointmentMessages(
      appointment({ status: 'cancelled', caseCode: null }),
      history,
      departments,
      ctx('2026-12-01T10:00', [others]),
    );
    expect(notice.subject).toBe('接访会商邀请撤销通知：12月10日（星期四）上午');
    expect(notice.body).toBe(
      `市住房和城乡建设局：此前通知贵单位派员于12月10日（星期四）上午 08:30—11:30到${VENUE}参加领导接访会商，该邀请已撤销，贵单位无需就此派员参加。本场次涉及贵单位的其他约访安排不变。`,
    );
    expect(JSON.stringify(notice)).not.toContain('WD-01');
  });

  it('a restricted case that moved is still only withdrawn', () => {
    const history = [row('department_invitation', '2026-12-08', 'sent')];
    const [notice] = planAppointmentMessages(
      appointment({ status: 'scheduled', caseCode: null }),
      history,
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(notice.rule).toBe('department_withdrawal');
    expect(notice.subject).toContain('邀请撤销');
    expect(notice.body).not.toContain('改期');
  });

  it('nothing once the old session has begun, or when quiet hours would carry it past the start', () => {
    const history = [row('department_invitation', '2026-12-08', 'sent')];
    const gone = appointment({ status: 'cancelled' });
    expect(planAppointmentMessages(gone, history, departments, ctx('2026-12-08T08:30'))).toEqual(
      [],
    );
    // 23:00 the evening before an 06:30 session: quiet until 07:00.
    const early = [{ ...history[0], ref: { ...history[0].ref, start: '06:30', end: '07:30' } }];
    expect(planAppointmentMessages(gone, early, departments, ctx('2026-12-07T23:00'))).toEqual([]);
    // 23:00 before an 08:30 session: due when the quiet hours end.
    const [late] = planAppointmentMessages(gone, history, departments, ctx('2026-12-07T23:00'));
    expect(late.dueAt).toEqual(new Date('2026-12-08T07:00+08:00'));
  });

  it('a department deactivated since is told at the address its invitation went to; with no venue in the invitation, none in the notice', () => {
    const history = [
      {
        ...row('department_invitation', '2026-12-08', 'sent', 'gone'),
        ref: { date: '2026-12-08', session: 'PM' as const },
      },
    ];
    const [notice] = planAppointmentMessages(
      appointment({ status: 'cancelled', departmentIds: ['gone'] }),
      history,
      departments,
      ctx('2026-12-01T10:00'),
    );
    expect(notice.recipient).toEqual(history[0].recipient);
    expect(notice.body).toContain('派员于12月8日（星期二）下午 14:30—17:30参加领导接访会商');
  });
});
