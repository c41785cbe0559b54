/** The words office staff read for the service's codes. */
import type {
  AvailabilityKind,
  CalendarDay,
  Duty,
  LeaderRank,
  Role,
  RosterStatus,
  RotationPool,
  Session,
  UnavailableReason,
} from './api/types.js';
import { chinaTime } from './dates.js';

export const ROLE_NAMES: Record<Role, string> = {
  admin: '系统管理员',
  office: '两办',
  petition: '信访局',
  politics: '政法委',
  leader: '领导',
  department: '责任单位',
};

export const SESSION_NAMES: Record<Session, string> = { AM: '上午', PM: '下午' };
export const SESSIONS: Session[] = ['AM', 'PM'];
export const DUTY_NAMES: Record<Duty, string> = { ...SESSION_NAMES, CALL: '值班' };

export const RANK_NAMES: Record<LeaderRank, string> = {
  principal: '主要领导',
  standing: '市委常委',
  vice_mayor: '副市长',
  npc: '人大',
  cppcc: '政协',
  other: '其他',
};
export const RANKS = Object.keys(RANK_NAMES) as LeaderRank[];

export const POOL_NAMES: Record<RotationPool, string> = {
  party_government: '党政',
  npc: '人大',
  cppcc: '政协',
};

export const STATUS_NAMES: Record<RosterStatus, string> = {
  draft: '草稿',
  published: '已发布',
  amending: '修订中（未发布）',
};

/** A roster status as read from an answer that types it as text (holiday previews). */
export function rosterStatusName(status: string): string {
  return STATUS_NAMES[status as RosterStatus] ?? status;
}

export const KIND_NAMES: Record<AvailabilityKind, string> = {
  unavailable: '不可参加',
  preferred: '希望安排',
  avoided: '希望回避',
};

export const REASON_NAMES: Record<UnavailableReason, string> = {
  trip: '出差',
  meeting: '会议',
  leave: '请假',
  other: '其他',
};

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** ISO weekday (1 = Monday) → 周一 … 周日 */
export function weekdayName(isoWeekday: number): string {
  return `周${WEEKDAYS[isoWeekday - 1]}`;
}

export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** 2026-12-03 → 12月3日 */
export function shortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
}

/**
 * A handling deadline as shown: 3月22日（星期一）, and when the counted day fell on a rest day,
 * the day it was: "3月22日（星期一）（原 3月21日（星期日），遇休息日顺延）".
 */
export function dueDateText(due: string, nominal: string | null): string {
  const day = (d: string) =>
    `${shortDate(d)}（${weekdayName(isoWeekday(d)).replace('周', '星期')}）`;
  return nominal && nominal !== due ? `${day(due)}（原 ${day(nominal)}，遇休息日顺延）` : day(due);
}

/** 2026-12 → 2026年12月 */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** 2026-03 → 3月 (a column or row within its year) */
export function monthOfYear(month: string): string {
  return `${Number(month.slice(5))}月`;
}

export function dayKindName(day: CalendarDay): string {
  switch (day.kind) {
    case 'holiday':
      return day.holidayName ? `${day.holidayName}假期` : '法定节假日';
    case 'makeup_workday':
      return '调休上班';
    case 'weekend':
      return '周末';
    case 'workday':
      return '工作日';
  }
}

/** An instant as Beijing wall-clock time, whatever the browser's zone. */
export function formatDateTime(iso: string): string {
  return chinaTime(Date.parse(iso)).replace('T', ' ');
}
