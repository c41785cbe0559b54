import { dutyHours } from '../org/index.js';
import {
  dayBeforeDate,
  dutyRef,
  dutySource,
  type DutyInput,
  type DutyPlanContext,
} from './duty-planning.js';
import type { PendingRequest } from './notify-extensions.js';
import { OFFICE_RECIPIENT } from './notify.types.js';
import type { PlannedNotification } from './planned.js';
import { chooseChannel, leaderRecipient, secretaryRecipient } from './recipients.js';
import { chineseDate, outsideQuietHours, SESSION_LABEL } from './times.js';
import { chinaTime } from '../common/clock.js';

export type UnconfirmedDuty = DutyInput & { assignmentId: string };

const dutyLabel = (date: string, session: string) =>
  `${chineseDate(date)}${session === 'CALL' ? '24小时在岗值班' : `${SESSION_LABEL[session as 'AM' | 'PM']}接访`}`;

/**
 * The second reminder (确认出席) of duties still unconfirmed at the unit's `confirmAgainAt` on the
 * day of their day-before reminder: to the leader and the secretary, with the same one-click
 * link. Planned only once that hour has passed, at that hour (outside quiet hours), so a tick
 * that plans it again changes nothing; never once the session has begun.
 */
export function planConfirmAgain(
  duties: readonly UnconfirmedDuty[],
  ctx: DutyPlanContext,
): PlannedNotification[] {
  const at = ctx.settings.rules.confirmAgainAt;
  if (!at) return [];
  const { unit } = ctx;
  const out: PlannedNotification[] = [];
  for (const duty of duties) {
    const leader = ctx.leaders.get(duty.leaderId);
    if (!leader) continue;
    const day = dayBeforeDate(
      duty.date,
      ctx.working.get(duty.date) ?? true,
      ctx.lastWorkingBefore.get(duty.date) ?? null,
    );
    if (!day) continue;
    const nominal = chinaTime(day, at);
    const times = dutyHours(unit, duty.session);
    const start = chinaTime(duty.date, times.start);
    if (ctx.now < nominal || ctx.now >= start) continue;
    const due = outsideQuietHours(nominal, ctx.settings.quietHours);
    if (due >= start) continue;
    const link = ctx.confirmLink?.(duty);
    const recipients = [leaderRecipient(leader)];
    const sec = ctx.settings.rules.notifySecretary ? secretaryRecipient(leader) : null;
    if (sec) recipients.push(sec);
    for (const r of recipients) {
      const whose = r.key.startsWith('secretary:') ? `${leader.name}${leader.title}` : '您';
      out.push({
        unitId: unit.id,
        source: dutySource(duty),
        rule: 'duty_confirm_again',
        recipient: r,
        channel: chooseChannel(r, ctx.settings),
        rosterId: duty.rosterId,
        dueAt: due,
        subject: `请确认出席：${dutyLabel(duty.date, duty.session)}`,
        body:
          `${r.name}：您好！${whose}${dutyLabel(duty.date, duty.session)}（${times.start}—${times.end}）尚未确认出席，` +
          `请尽快确认；如不能出席，请在系统中申请请假或换班。` +
          (link ? `\n确认出席请点击（无需登录，仅确认本次安排）：${link}` : '') +
          `（${unit.name}信访工作联席会议办公室）`,
        ref: dutyRef(duty, times, start),
      });
    }
  }
  return out;
}

/**
 * 两办's digest of a working day at the unit's digest hour: requests waiting for a decision (or
 * for the other leader) and the duties of the next 2 working days nobody has confirmed yet.
 */
export function planOfficeDigest(
  date: string,
  pending: readonly PendingRequest[],
  unconfirmed: readonly (UnconfirmedDuty & { leaderName: string })[],
  ctx: Pick<DutyPlanContext, 'unit' | 'settings' | 'now'>,
): PlannedNotification | null {
  const at = ctx.settings.rules.digestAt;
  if (!at || (pending.length === 0 && unconfirmed.length === 0)) return null;
  const requestLine = (r: PendingRequest) =>
    r.kind === 'leave'
      ? `${r.leaderName}${dutyLabel(r.date, r.session)}请假（${r.status === 'requested' ? '待审批' : r.status}）`
      : `${r.leaderName}${dutyLabel(r.date, r.session)}与${r.otherLeaderName ?? ''}${dutyLabel(r.otherDate ?? r.date, r.otherSession ?? r.session)}换班（${r.status === 'accepted' ? '对方已同意，待审批' : '待对方同意'}）`;
  const parts = [
    pending.length
      ? `待处理的请假、换班申请 ${pending.length} 件：${pending.map(requestLine).join('；')}`
      : '',
    unconfirmed.length
      ? `近两个工作日尚未确认出席 ${unconfirmed.length} 项：${unconfirmed.map((d) => `${dutyLabel(d.date, d.session)} ${d.leaderName}`).join('；')}`
      : '',
  ].filter(Boolean);
  const nominal = chinaTime(date, at);
  return {
    unitId: ctx.unit.id,
    source: `office-digest:${date}`,
    rule: 'office_digest',
    recipient: OFFICE_RECIPIENT,
    channel: chooseChannel(OFFICE_RECIPIENT, ctx.settings as DutyPlanContext['settings']),
    rosterId: null,
    dueAt: outsideQuietHours(nominal < ctx.now ? ctx.now : nominal, ctx.settings.quietHours),
    subject: `接访排班待办：${chineseDate(date)}`,
    body: `${OFFICE_RECIPIENT.name}：${parts.join('。\n')}。`,
    ref: { date },
  };
}
