import { chineseDate, SESSION_LABEL } from './times.js';

type DutyCode = 'AM' | 'PM' | 'CALL';

/** What an on-call duty (在岗值班) is called in messages. */
const ON_CALL = '24小时在岗值班';
/** 上午 / 下午 / 值班: the short name of a duty in lists. */
const DUTY_LABEL = { ...SESSION_LABEL, CALL: '值班' } as const;

// Office-facing text. Only session, venue, appointment counts and case codes: never petitioner data.

export interface DutyMessageInput {
  kind: 'duty_day_before' | 'duty_same_morning';
  unitName: string;
  /** Where the leader receives (unused for an on-call duty). */
  venue: string;
  date: string;
  session: DutyCode;
  times: { start: string; end: string };
  leaderName: string;
  leaderTitle: string;
  recipientName: string;
  asSecretary: boolean;
  /** Case codes booked in the session; undefined when appointments are not tracked. */
  caseCodes?: readonly string[];
  /** The one-click 确认出席 link (day-before reminders of published duties). */
  confirmUrl?: string;
}

export interface Message {
  subject: string;
  body: string;
}

const slot = (date: string, session: 'AM' | 'PM', times: { start: string; end: string }) =>
  `${chineseDate(date)}${SESSION_LABEL[session]} ${times.start}—${times.end}`;

/** The appointment count and case codes of a session (never who the petitioners are). */
function appointmentsLine(codes: readonly string[] | undefined): string {
  if (codes === undefined) return '';
  return codes.length
    ? `本场已安排约访 ${codes.length} 件（案件编号 ${codes.join('、')}），`
    : '本场暂无约访，';
}

const confirmLine = (url: string | undefined) =>
  url ? `\n确认出席请点击（无需登录，仅确认本次安排）：${url}` : '';

export function dutyMessage(m: DutyMessageInput): Message {
  const msg =
    m.session === 'CALL' ? onCallMessage(m) : sessionMessage({ ...m, session: m.session });
  return { ...msg, body: msg.body + confirmLine(m.confirmUrl) };
}

function sessionMessage(m: DutyMessageInput & { session: 'AM' | 'PM' }): Message {
  const when = slot(m.date, m.session, m.times);
  const today = m.kind === 'duty_same_morning';
  const subject = `${today ? '今日' : ''}接访提醒：${chineseDate(m.date)}${SESSION_LABEL[m.session]}`;
  const who = m.asSecretary ? `${m.leaderName}${m.leaderTitle}` : '您';
  const ask = m.asSecretary ? '请协助提前做好安排。' : '请提前安排好时间。';
  const body =
    `${m.recipientName}：您好！${who}${today ? '今天' : '定于'}${when}在${m.venue}` +
    `接待来访群众，${appointmentsLine(m.caseCodes)}${ask}（${m.unitName}信访工作联席会议办公室）`;
  return { subject, body };
}

/** The reminder of an on-call day: the whole day and night, no venue, no appointments. */
function onCallMessage(m: DutyMessageInput): Message {
  const today = m.kind === 'duty_same_morning';
  const who = m.asSecretary ? `${m.leaderName}${m.leaderTitle}` : '您';
  const ask = m.asSecretary ? '请协助做好安排。' : '请保持通讯畅通，遇突发情况及时处置。';
  return {
    subject: `${today ? '今日' : ''}值班提醒：${chineseDate(m.date)}${ON_CALL}`,
    body:
      `${m.recipientName}：您好！${who}${today ? '今天' : '定于'}${chineseDate(m.date)}` +
      `全天${ON_CALL}，${ask}（${m.unitName}信访工作联席会议办公室）`,
  };
}

export interface DutyChangeLine {
  change: 'added' | 'removed';
  date: string;
  session: DutyCode;
}

function changeLine(l: DutyChangeLine, venue: string): string {
  const day = chineseDate(l.date);
  if (l.session === 'CALL')
    return l.change === 'removed' ? `${day}的${ON_CALL}已取消` : `新安排${day}${ON_CALL}`;
  return l.change === 'removed'
    ? `${day}${SESSION_LABEL[l.session]}的接访已取消`
    : `新安排${day}${SESSION_LABEL[l.session]}接访（地点：${venue}）`;
}

export function changeMessage(
  unitName: string,
  venue: string,
  recipientName: string,
  whose: string,
  lines: readonly DutyChangeLine[],
): Message {
  const text = lines.map((l) => changeLine(l, venue)).join('；');
  return {
    subject: '接访安排变更通知',
    body: `${recipientName}：您好！接访排班已调整，${whose}${text}。请以最新排班表为准。（${unitName}信访工作联席会议办公室）`,
  };
}

export interface RosterLine {
  date: string;
  session: DutyCode;
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
    .map((l) => `${chineseDate(l.date)}${DUTY_LABEL[l.session]}：${l.leaderName}`)
    .join('\n');
  const changed = changes.length
    ? '\n本次调整：' +
      changes
        .map(
          (c) =>
            `${chineseDate(c.date)}${DUTY_LABEL[c.session]}${c.change === 'added' ? '新增' : '取消'}${c.leaderName}`,
        )
        .join('；')
    : '';
  return { subject: title, body: `${title}。\n${list}${changed}` };
}

export interface DigestLine {
  session: DutyCode;
  start: string;
  end: string;
  leaderName: string;
  leaderTitle: string;
  /** The leader's own place when it is not the unit's hall. */
  venue?: string;
}

function digestLine(l: DigestLine): string {
  const who = `${l.leaderName}${l.leaderTitle}`;
  if (l.session === 'CALL') return `${ON_CALL}：${who}`;
  const where = l.venue ? `（地点：${l.venue}）` : '';
  return `${SESSION_LABEL[l.session]} ${l.start}—${l.end}：${who}${where}`;
}

export function digestMessage(
  unitName: string,
  venue: string,
  date: string,
  lines: readonly DigestLine[],
  appointmentCount: number | null,
): Message {
  const subject = `今日接访安排：${chineseDate(date)}`;
  const plan = lines.length ? lines.map(digestLine).join('；') : '今日无领导接访安排';
  const count = appointmentCount === null ? '' : `；已约访 ${appointmentCount} 件`;
  return {
    subject,
    body: `${chineseDate(date)}${unitName}领导接访：${plan}；地点：${venue}${count}。`,
  };
}

/**
 * `nominal`: the counted last day when it fell on a rest day and the deadline rolled to
 * `deadline` (民法典 第二百零三条); both are named.
 */
export function caseClockMessage(
  caseCode: string,
  deadline: string,
  days: number,
  nominal?: string,
): Message {
  const rolled =
    nominal && nominal !== deadline ? `（原为${chineseDate(nominal)}，遇休息日顺延）` : '';
  return {
    subject: `信访事项办理期限提醒：${caseCode}`,
    body: `信访事项 ${caseCode} 的办理期限为${chineseDate(deadline)}${rolled}，${days > 0 ? `距今还有 ${days} 天` : '今天到期'}，请及时办结并答复。`,
  };
}

export interface InvitationInput {
  departmentName: string;
  date: string;
  session: 'AM' | 'PM';
  times: { start: string; end: string };
  venue: string;
  caseCodes: readonly string[];
  /** The reminder the day before (otherwise: the invitation when an appointment is accepted). */
  dayBefore: boolean;
}

export function invitationMessage(m: InvitationInput): Message {
  const when = slot(m.date, m.session, m.times);
  const codes = m.caseCodes.length
    ? `涉及约访 ${m.caseCodes.length} 件（案件编号 ${m.caseCodes.join('、')}）`
    : '涉及约访案件见约访清单';
  return {
    subject: `接访会商${m.dayBefore ? '提醒' : '邀请'}：${chineseDate(m.date)}${SESSION_LABEL[m.session]}`,
    body:
      `${m.departmentName}：请派员于${when}到${m.venue}参加领导接访会商，${codes}。` +
      (m.dayBefore ? '请按时参加。' : '请提前准备相关材料。'),
  };
}

export interface WithdrawalInput {
  departmentName: string;
  /** The session the department was invited to, as its invitation gave it. */
  date: string;
  session: 'AM' | 'PM';
  times: { start: string; end: string };
  /** The venue, when the invitation named one. */
  venue: string | null;
  /**
   * The case code; null for a 纪检监察 / 检举控告 case, which no message may name: the notice then
   * says only that the session's invitation is withdrawn (as invitations leave such cases out).
   */
  caseCode: string | null;
  /** The appointment moved to another session that still needs the department. */
  movedTo: { date: string; session: 'AM' | 'PM'; times: { start: string; end: string } } | null;
  /** The move is confirmed (its own invitation follows) rather than still proposed. */
  movedConfirmed: boolean;
  /** The appointment is to be arranged again (sent back for review, postponed). */
  rearranged: boolean;
  /** The department is still invited to the same session for other cases. */
  othersRemain: boolean;
}

/** 撤销通知 / 改期通知: an invitation the department received no longer holds. */
export function withdrawalMessage(m: WithdrawalInput): Message {
  const when = slot(m.date, m.session, m.times);
  const where = m.venue ? `到${m.venue}` : '';
  const day = `${chineseDate(m.date)}${SESSION_LABEL[m.session]}`;
  const moved = m.caseCode !== null && m.movedTo !== null;
  const told = `${m.departmentName}：此前通知贵单位派员于${when}${where}参加领导接访会商`;
  let body: string;
  if (m.caseCode === null) {
    body = `${told}，该邀请已撤销，贵单位无需就此派员参加。`;
  } else if (moved) {
    const to = slot(m.movedTo!.date, m.movedTo!.session, m.movedTo!.times);
    body =
      `${told}（案件编号 ${m.caseCode}），该件约访已改期至${to}，原定场次无需参加。` +
      (m.movedConfirmed ? '新场次的会商邀请另行发送。' : '新场次确认后另行通知。');
  } else if (m.rearranged) {
    body = `${told}（案件编号 ${m.caseCode}），该件约访需重新安排，原定场次无需参加，重新安排后另行通知。`;
  } else {
    body = `${told}（案件编号 ${m.caseCode}），该件约访已取消，贵单位无需就此派员参加。`;
  }
  if (m.othersRemain) body += '本场次涉及贵单位的其他约访安排不变。';
  return {
    subject: `接访会商${moved ? '改期' : '邀请撤销'}通知：${day}`,
    body,
  };
}
