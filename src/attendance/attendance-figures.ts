import type { DutyRecord } from './attendance.service.js';

/** A leader's duties in a month, from the record (see README, 统计口径). */
export interface AttendanceCounts {
  /** 计划: duties the published plan gave the leader that have begun. */
  planned: number;
  /** 已确认: begun duties of the leader's own that they had confirmed (确认出席) beforehand. */
  confirmed: number;
  /** 实际坐班: recorded 到岗 on the leader's own duty, plus 代班 the leader sat for another. */
  sat: number;
  /** 被代班: the leader's own duty, sat by another leader (代班 recorded). */
  substitutedOut: number;
  /** 代他人坐班: another leader's duty the leader sat (代班 recorded). */
  substitutedIn: number;
  /** 缺席: the leader's own duty, nobody sat in their place. */
  absent: number;
  /** 待登记: begun duties of the leader with no attendance recorded yet. */
  unrecorded: number;
}

export const emptyCounts = (): AttendanceCounts => ({
  planned: 0,
  confirmed: 0,
  sat: 0,
  substitutedOut: 0,
  substitutedIn: 0,
  absent: 0,
  unrecorded: 0,
});

/** Adds one duty's record to the counts of `leaderId` (the one place these figures are defined). */
export function countDuty(c: AttendanceCounts, r: DutyRecord, leaderId: string): void {
  const own = r.plannedLeaderId === leaderId;
  if (own) c.planned += 1;
  if (own && r.confirmed) c.confirmed += 1;
  if (own && r.status === 'unrecorded') c.unrecorded += 1;
  if (own && r.status === 'absent') c.absent += 1;
  if (own && r.status === 'substituted') c.substitutedOut += 1;
  if (!own && r.status === 'substituted' && r.satLeaderId === leaderId) c.substitutedIn += 1;
  if (r.satLeaderId === leaderId && (r.status === 'present' || r.status === 'substituted')) {
    c.sat += 1;
  }
}

/** Per leader and month of a year, and each leader's year. */
export function attendanceByLeaderMonth(
  records: DutyRecord[],
  leaders: Array<{ id: string; code: string; name: string }>,
  year: number,
) {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return leaders.map((l) => {
    const perMonth = months.map((month) => {
      const c = emptyCounts();
      for (const r of records) if (r.date.startsWith(month)) countDuty(c, r, l.id);
      return { month, ...c };
    });
    const total = emptyCounts();
    for (const r of records) countDuty(total, r, l.id);
    return { leaderId: l.id, code: l.code, name: l.name, months: perMonth, year: total };
  });
}
