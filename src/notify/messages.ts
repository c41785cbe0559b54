import { chineseDate, SESSION_LABEL } from './times.js';

// Office-facing text. Only session, venue, appointment counts and case codes: never petitioner data.

export interface DutyMessageInput {
  kind: 'duty_day_before' | 'duty_same_morning';
  unitName: string;
  venue: string;
  date: string;
  session: 'AM' | 'PM';
  times: { start: string; end: string };
  leaderName: string;
  leaderTitle: string;
  recipientName: string;
  asSecretary: boolean;
}

export interface Message {
  subject: string;
  body: string;
}

const slot = (date: string, session: 'AM' | 'PM', times: { start: string; end: string }) =>
  `${chineseDate(date)}${SESSION_LABEL[session]} ${times.start}—${times.end}`;

export function dutyMessage(m: DutyMessageInput): Message {
  const when = slot(m.date, m.session, m.times);
  const today = m.kind === 'duty_same_morning';
  const subject = `${today ? '今日' : ''}接访提醒：${chineseDate(m.date)}${SESSION_LABEL[m.session]}`;
  const who = m.asSecretary ? `${m.leaderName}${m.leaderTitle}` : '您';
  const ask = m.asSecretary ? '请协助提前做好安排。' : '请提前安排好时间。';
  const body =
    `${m.recipientName}：您好！${who}${today ? '今天' : '定于'}${when}在${m.venue}` +
    `接待来访群众，${ask}（${m.unitName}信访工作联席会议办公室）`;
  return { subject, body };
}

export interface DutyChangeLine {
  change: 'added' | 'removed';
  date: string;
  session: 'AM' | 'PM';
}

export function changeMessage(
  unitName: string,
  venue: string,
  recipientName: string,
  whose: string,
  lines: readonly DutyChangeLine[],
): Message {
  const text = lines
    .map((l) =>
      l.change === 'removed'
        ? `${chineseDate(l.date)}${SESSION_LABEL[l.session]}的接访已取消`
        : `新安排${chineseDate(l.date)}${SESSION_LABEL[l.session]}接访（地点：${venue}）`,
    )
    .join('；');
  return {
    subject: '接访安排变更通知',
    body: `${recipientName}：您好！接访排班已调整，${whose}${text}。请以最新排班表为准。（${unitName}信访工作联席会议办公室）`,
  };
}

export interface RosterLine {
  date: string;
  session: 'AM' | 'PM';
  leaderName: string;
}

export function publishedMessage(
  unitName: string,
  month: string,
  version: number,
  lines: readonly RosterLine[],
  changes: readonly (DutyChangeLine & { leaderName: string })[],
): Message {
  const [y, m] = month.split('-').map(Number);
  const title = `${unitName}${y}年${m}月领导接访排班表${version > 1 ? `（第${version}版）` : ''}已发布`;
  const list = lines
    .map((l) => `${chineseDate(l.date)}${SESSION_LABEL[l.session]}：${l.leaderName}`)
    .join('\n');
  const changed = changes.length
    ? '\n本次调整：' +
      changes
        .map(
          (c) =>
            `${chineseDate(c.date)}${SESSION_LABEL[c.session]}${c.change === 'added' ? '新增' : '取消'}${c.leaderName}`,
        )
        .join('；')
    : '';
  return { subject: title, body: `${title}。\n${list}${changed}` };
}

export interface DigestLine {
  session: 'AM' | 'PM';
  start: string;
  end: string;
  leaderName: string;
  leaderTitle: string;
}

export function digestMessage(
  unitName: string,
  venue: string,
  date: string,
  lines: readonly DigestLine[],
  appointmentCount: number | null,
): Message {
  const subject = `今日接访安排：${chineseDate(date)}`;
  const plan = lines.length
    ? lines
        .map(
          (l) => `${SESSION_LABEL[l.session]} ${l.start}—${l.end}：${l.leaderName}${l.leaderTitle}`,
        )
        .join('；')
    : '今日无领导接访安排';
  const count = appointmentCount === null ? '' : `；已约访 ${appointmentCount} 件`;
  return {
    subject,
    body: `${chineseDate(date)}${unitName}领导接访：${plan}；地点：${venue}${count}。`,
  };
}

export function caseClockMessage(caseCode: string, deadline: string, days: number): Message {
  return {
    subject: `信访事项办理期限提醒：${caseCode}`,
    body: `信访事项 ${caseCode} 的办理期限为${chineseDate(deadline)}，距今还有 ${days} 天，请及时办结并答复。`,
  };
}

export function invitationMessage(
  departmentName: string,
  date: string,
  session: 'AM' | 'PM',
  venue: string,
  caseCodes: readonly string[],
  dayBefore: boolean,
): Message {
  return {
    subject: `${dayBefore ? '明日' : ''}接访会商邀请：${chineseDate(date)}${SESSION_LABEL[session]}`,
    body:
      `${departmentName}：请派员于${chineseDate(date)}${SESSION_LABEL[session]}到${venue}参加领导接访会商，` +
      `涉及信访事项：${caseCodes.join('、') || '（见约访清单）'}。`,
  };
}
