import { addDays } from '../common/dates.js';
import { dutyHours, type Leader, type Unit, venueOf } from '../org/index.js';
import { dutyMessage } from './messages.js';
import type { NotificationRef } from './notification.entity.js';
import { sessionCasesKey, type SessionCases } from './notify-extensions.js';
import type { NotifySettingsView, RecipientAddress } from './notify.types.js';
import type { PlannedNotification } from './planned.js';
import { chooseChannel, leaderRecipient, secretaryRecipient } from './recipients.js';
import { outsideQuietHours } from './times.js';
import { chinaTime } from '../common/clock.js';

export interface DutyInput {
  rosterId: string;
  date: string;
  /** A reception session, or CALL: the day's 24-hour on-call duty (from 00:00). */
  session: 'AM' | 'PM' | 'CALL';
  leaderId: string;
  sequence: number;
  /** The duty's assignment row (published duties have one): its confirmation link needs it. */
  assignmentId?: string;
}

/** Everything planning reads, loaded beforehand so that planning itself is a pure function. */
export interface DutyPlanContext {
  unit: Pick<Unit, 'id' | 'name' | 'receptionVenue' | 'sessionTemplates'>;
  leaders: ReadonlyMap<string, Leader>;
  settings: NotifySettingsView;
  /** Working flag of each duty date. */
  working: ReadonlyMap<string, boolean>;
  /** Last working day before each non-working duty date (null: none in the look-back window). */
  lastWorkingBefore: ReadonlyMap<string, string | null>;
  now: Date;
  /**
   * Booked appointments by session (sessionCasesKey), when the appointments module is there:
   * their count and case codes go into the leaders' reminders.
   */
  cases?: ReadonlyMap<string, SessionCases>;
  /** The one-click 确认出席 link of a duty, carried by its day-before reminder. */
  confirmLink?: (duty: DutyInput & { assignmentId: string }) => string;
}

export const dutySource = (d: Pick<DutyInput, 'date' | 'session' | 'leaderId'>) =>
  `duty:${d.date}:${d.session}:${d.leaderId}`;

/**
 * The date of the "day before" reminder: the calendar day before a working-day duty; for a duty
 * on a weekend or holiday the unit's last working day before it (nobody is in the office the day
 * before to act on it).
 */
export function dayBeforeDate(
  date: string,
  working: boolean,
  lastWorkingBefore: string | null,
): string | null {
  return working ? addDays(date, -1) : lastWorkingBefore;
}

/**
 * Due time of a reminder: its nominal time moved out of the quiet hours; a reminder planned after
 * its time goes out now, unless the session has already begun (then it is pointless).
 */
export function effectiveDue(
  nominal: Date,
  sessionStart: Date,
  ctx: Pick<DutyPlanContext, 'settings' | 'unit' | 'now'>,
): Date | null {
  let due = nominal < ctx.now ? ctx.now : nominal;
  due = outsideQuietHours(due, ctx.settings.quietHours);
  return due < sessionStart ? due : null;
}

/**
 * What a duty's notice refers to: the duty, its hours and place (none for an on-call duty). A
 * notice that retries or quiet hours push past the session's start (`notAfter`) is dropped.
 */
export function dutyRef(
  duty: DutyInput,
  times: { start: string; end: string },
  start: Date,
  venue: string | null = null,
): NotificationRef {
  return {
    rosterId: duty.rosterId,
    date: duty.date,
    session: duty.session,
    start: times.start,
    end: times.end,
    leaderId: duty.leaderId,
    ...(venue !== null ? { venue } : {}),
    sequence: duty.sequence,
    notAfter: start.toISOString(),
  };
}

/**
 * Leader and secretary reminders (day before, same morning) for the given duties. An on-call
 * duty begins at midnight, so only its day-before reminder is ever due.
 */
export function planDutyReminders(
  duties: readonly DutyInput[],
  ctx: DutyPlanContext,
): PlannedNotification[] {
  const { unit, settings } = ctx;
  const out: PlannedNotification[] = [];
  for (const duty of duties) {
    const leader = ctx.leaders.get(duty.leaderId);
    if (!leader) continue;
    const times = dutyHours(unit, duty.session);
    const start = chinaTime(duty.date, times.start);
    // The leader's own place (e.g. 纪检监察's) or the unit's hall; an on-call duty has none.
    const venue = duty.session === 'CALL' ? null : venueOf(unit, leader);
    if (start <= ctx.now) continue;
    const recipients: Array<{ r: RecipientAddress; asSecretary: boolean }> = [
      { r: leaderRecipient(leader), asSecretary: false },
    ];
    const secretary = settings.rules.notifySecretary ? secretaryRecipient(leader) : null;
    if (secretary) recipients.push({ r: secretary, asSecretary: true });

    const caseCodes = ctx.cases
      ? (ctx.cases.get(sessionCasesKey(duty))?.cases.map((c) => c.code) ?? [])
      : undefined;
    const slots: Array<{ rule: 'duty_day_before' | 'duty_same_morning'; at: Date }> = [];
    if (settings.rules.dayBeforeAt) {
      const day = dayBeforeDate(
        duty.date,
        ctx.working.get(duty.date) ?? true,
        ctx.lastWorkingBefore.get(duty.date) ?? null,
      );
      if (day)
        slots.push({
          rule: 'duty_day_before',
          at: chinaTime(day, settings.rules.dayBeforeAt),
        });
    }
    if (settings.rules.sameMorningAt) {
      slots.push({
        rule: 'duty_same_morning',
        at: chinaTime(duty.date, settings.rules.sameMorningAt),
      });
    }
    for (const slot of slots) {
      const due = effectiveDue(slot.at, start, ctx);
      if (!due) continue;
      for (const { r, asSecretary } of recipients) {
        const msg = dutyMessage({
          kind: slot.rule,
          unitName: unit.name,
          venue: venue ?? '',
          date: duty.date,
          session: duty.session,
          times,
          leaderName: leader.name,
          leaderTitle: leader.title,
          recipientName: r.name,
          asSecretary,
          caseCodes,
          confirmUrl:
            slot.rule === 'duty_day_before' && duty.assignmentId && ctx.confirmLink
              ? ctx.confirmLink({ ...duty, assignmentId: duty.assignmentId })
              : undefined,
        });
        out.push({
          unitId: unit.id,
          source: dutySource(duty),
          rule: slot.rule,
          recipient: r,
          channel: chooseChannel(r, settings),
          rosterId: duty.rosterId,
          dueAt: due,
          subject: msg.subject,
          body: msg.body,
          ref: dutyRef(duty, times, start, venue),
        });
      }
    }
  }
  return out;
}
