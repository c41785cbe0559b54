import { sessionHours, type SessionTemplate } from '../org/index.js';
import type { PublishedDuty } from '../roster/index.js';
import type { SessionAppointments } from './feed-appointments.js';
import type { FeedEvent, FeedModel } from './ical-render.js';
import { CHINA_ZONE } from '../common/clock.js';

/** What the feed content needs to know about the unit and its leaders (no contact data). */
export interface FeedContext {
  unit: {
    name: string;
    receptionVenue: string;
    sessionTemplates: SessionTemplate[];
  };
  leaders: Map<string, FeedLeader>;
  window: { from: string; to: string };
}

export interface FeedLeader {
  name: string;
  title: string;
  /** Where the leader receives (their own place or the unit's hall). */
  venue: string;
  /** false: their duties stay out of the unit and department feeds (纪检监察). */
  publicReception: boolean;
}

const SESSION_LABEL = { AM: '上午', PM: '下午' } as const;
/** The reminder the day before (a bonus: real reminders come from the notify module). */
const ALARM_AT = '16:00';
const ON_CALL = '24小时在岗值班';

export const dutyUid = (assignmentId: string) => `${assignmentId}@reception-roster`;
const sessionKey = (a: { date: string; session: string; leaderId: string }) =>
  `${a.date}|${a.session}|${a.leaderId}`;

const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** Duties a public list may show: never a non-public leader's (纪检监察 receives apart). */
const publicDuties = (ctx: FeedContext, duties: PublishedDuty[]) =>
  duties.filter((d) => ctx.leaders.get(d.leaderId)?.publicReception === true);

function dutyEvent(
  ctx: FeedContext,
  duty: PublishedDuty,
  summary: string,
  lines: string[],
  appointments: SessionAppointments | undefined,
): FeedEvent {
  const common = {
    uid: dutyUid(duty.assignmentId),
    sequence: duty.sequence,
    changedAt: appointments ? latest(duty.updatedAt, appointments.updatedAt) : duty.updatedAt,
    date: duty.date,
    summary,
    alarmDayBefore: ALARM_AT,
  };
  if (duty.session === 'CALL') {
    // On call all day and night: a whole-day event, not held at the reception venue.
    return {
      ...common,
      start: '00:00',
      end: '24:00',
      allDay: true,
      description: [
        `时间：${duty.date} 全天（${ON_CALL}）`,
        ...lines,
        '请保持通讯畅通，遇突发情况及时处置',
        '以正式排班通知为准',
      ].join('\n'),
      location: null,
      alarmText: `明天${ON_CALL}`,
    };
  }
  const { start, end } = sessionHours(ctx.unit, duty.session);
  const label = SESSION_LABEL[duty.session];
  const venue = ctx.leaders.get(duty.leaderId)?.venue ?? ctx.unit.receptionVenue;
  return {
    ...common,
    start,
    end,
    description: [
      `时间：${duty.date} ${label} ${start}–${end}`,
      `地点：${venue}`,
      ...lines,
      // No version number here: an unchanged duty must stay byte-identical across versions.
      '以正式排班通知为准',
    ].join('\n'),
    location: venue,
    alarmText: `明天${label}${start}接访：${venue}`,
  };
}

/** 接访（上午） or 24小时在岗值班. */
const dutyLabel = (d: PublishedDuty) =>
  d.session === 'CALL' ? ON_CALL : `接访（${SESSION_LABEL[d.session]}）`;

const caseLine = (a: SessionAppointments | undefined) =>
  a && a.caseCodes.length
    ? [`约访：${a.caseCodes.length} 件（案件编号 ${a.caseCodes.join('、')}）`]
    : ['约访：暂无'];

function model(
  ctx: FeedContext,
  name: string,
  description: string,
  events: FeedEvent[],
): FeedModel {
  return {
    name,
    description,
    timezone: CHINA_ZONE,
    fromYear: Number(ctx.window.from.slice(0, 4)),
    toYear: Number(ctx.window.to.slice(0, 4)),
    events,
  };
}

/** A leader's own sessions, with the number and codes of their appointments. */
export function leaderFeed(
  ctx: FeedContext,
  leaderId: string,
  duties: PublishedDuty[],
  appointments: SessionAppointments[],
): FeedModel {
  const leader = ctx.leaders.get(leaderId);
  const bySession = new Map(appointments.map((a) => [sessionKey(a), a]));
  // The leader's own feed shows every duty of theirs, public or not, at its own venue.
  const events = duties
    .filter((d) => d.leaderId === leaderId)
    .map((d) => {
      if (d.session === 'CALL') return dutyEvent(ctx, d, `领导${ON_CALL}`, [], undefined);
      const a = bySession.get(sessionKey(d));
      const count = a?.caseCodes.length ?? 0;
      const summary = `领导${dutyLabel(d)}${count ? `·约访 ${count} 件` : ''}`;
      return dutyEvent(ctx, d, summary, caseLine(a), a);
    });
  return model(
    ctx,
    `${leader?.name ?? ''} 接访安排`,
    `${ctx.unit.name}领导接访排班（已发布），${leader?.name ?? ''}的接访场次`,
    events,
  );
}

/**
 * The whole published roster of a unit: who receives in which session, who is on call. Public
 * duties only: a non-public leader's (纪检监察) duties are in their own feed alone.
 */
export function unitFeed(ctx: FeedContext, duties: PublishedDuty[]): FeedModel {
  const events = publicDuties(ctx, duties).map((d) => {
    const leader = ctx.leaders.get(d.leaderId);
    const who = leader ? `${leader.name}（${leader.title}）` : '';
    return dutyEvent(
      ctx,
      d,
      `${leader?.name ?? ''} ${dutyLabel(d)}`,
      [`${d.session === 'CALL' ? '值班领导' : '接访领导'}：${who}`],
      undefined,
    );
  });
  return model(
    ctx,
    `${ctx.unit.name} 领导接访排班`,
    `${ctx.unit.name}领导接访排班（已发布）`,
    events,
  );
}

/** Sessions a department attends (集体会商): only those on a published duty. */
export function departmentFeed(
  ctx: FeedContext,
  departmentName: string,
  duties: PublishedDuty[],
  invitations: SessionAppointments[],
): FeedModel {
  // Public duties only: a department never learns of a non-public leader's session here.
  const byDuty = new Map(publicDuties(ctx, duties).map((d) => [sessionKey(d), d]));
  const events: FeedEvent[] = [];
  for (const a of invitations) {
    const duty = byDuty.get(sessionKey(a));
    if (!duty) continue;
    const leader = ctx.leaders.get(duty.leaderId);
    events.push(
      dutyEvent(
        ctx,
        duty,
        `会商：${leader?.name ?? ''} ${dutyLabel(duty)}`,
        [`接访领导：${leader ? `${leader.name}（${leader.title}）` : ''}`, ...caseLine(a)],
        a,
      ),
    );
  }
  events.sort((x, y) => x.date.localeCompare(y.date) || x.start.localeCompare(y.start));
  return model(
    ctx,
    `${departmentName} 接访会商安排`,
    `${ctx.unit.name}领导接访中${departmentName}需参加的场次`,
    events,
  );
}
