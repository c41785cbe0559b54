import { datesBetween, isIsoDate } from '../common/dates.js';
import { normaliseIdentifier, textProblem } from '../common/text.js';
import type { AvailabilitySession, UnavailableReason } from './availability.entity.js';

/**
 * Absences as the office thinks of them: one trip from a date to a date (starting in the morning
 * or the afternoon, ending after the morning or the afternoon), for one leader or several. The
 * roster keeps one entry per leader and date, so a range is expanded into those entries.
 */
export interface AbsenceRange {
  leaderIds: string[];
  from: string;
  to: string;
  /** The first day starts with this session (PM: the morning of `from` is still free). */
  startsAt: AvailabilitySession;
  /** The last day ends after this session (AM: the afternoon of `to` is still free). */
  endsAfter: AvailabilitySession;
  reason: UnavailableReason;
  note: string;
}

export interface AbsenceEntry {
  leaderId: string;
  date: string;
  session: AvailabilitySession | null;
  kind: 'unavailable';
  reason: UnavailableReason;
  note: string;
}

/** The longest range one line may cover: a quarter is more than any trip, less than a typo's year. */
export const MAX_RANGE_DAYS = 92;

/** Why a range cannot be expanded, or undefined. */
export function rangeProblem(r: Pick<AbsenceRange, 'from' | 'to' | 'startsAt' | 'endsAfter'>) {
  if (r.to < r.from) return '结束日期早于开始日期';
  if (r.from === r.to && r.startsAt === 'PM' && r.endsAfter === 'AM') {
    return '同一天不能从下午开始到上午结束';
  }
  if (datesBetween(r.from, r.to).length > MAX_RANGE_DAYS) {
    return `一次最多登记 ${MAX_RANGE_DAYS} 天`;
  }
  return undefined;
}

/** The per-day entries of a range: whole days, and a half day at either end when asked. */
export function expandRange(r: AbsenceRange): AbsenceEntry[] {
  const out: AbsenceEntry[] = [];
  for (const date of datesBetween(r.from, r.to)) {
    const am = date !== r.from || r.startsAt === 'AM';
    const pm = date !== r.to || r.endsAfter === 'PM';
    const session: AvailabilitySession | null = am && pm ? null : am ? 'AM' : 'PM';
    for (const leaderId of r.leaderIds) {
      out.push({ leaderId, date, session, kind: 'unavailable', reason: r.reason, note: r.note });
    }
  }
  return out;
}

export const REASON_WORDS: Record<string, UnavailableReason> = {
  出差: 'trip',
  会议: 'meeting',
  开会: 'meeting',
  请假: 'leave',
  休假: 'leave',
  其他: 'other',
};

export const PASTE_COLUMNS = ['领导', '开始', '结束', '原因', '备注'] as const;

export interface PasteProblem {
  /** 1-based line of the pasted text. */
  row: number;
  /** 1-based column (领导, 开始, 结束, 原因, 备注). */
  column: number;
  message: string;
}

export interface PastedRange extends AbsenceRange {
  row: number;
}

export interface PasteResult {
  ranges: PastedRange[];
  problems: PasteProblem[];
}

const DATE_RE =
  /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*(上午|下午|AM|PM)?$/i;

/** "2027-01-10", "2027/1/10", "2027年1月10日", each optionally followed by 上午/下午. */
export function parsePastedDate(
  cell: string,
): { date: string; session: AvailabilitySession | null } | undefined {
  const m = DATE_RE.exec(cell.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  if (!isIsoDate(date) || Number(m[1]) < 2000 || Number(m[1]) > 2099) return undefined;
  const half = m[4]?.toUpperCase();
  return {
    date,
    session:
      half === '上午' || half === 'AM' ? 'AM' : half === '下午' || half === 'PM' ? 'PM' : null,
  };
}

/**
 * A list pasted from a spreadsheet or typed: one absence a line, "领导, 开始, 结束, 原因[, 备注]",
 * cells separated by tabs or commas, several leaders in one cell separated by 、. A header line is
 * skipped. A start date with 下午 starts in the afternoon; an end date with 上午 ends at noon. A
 * reason other than 出差/会议/请假/其他 is kept as the note under 其他. Every problem is reported
 * with its line and column, so the whole list can be fixed at once.
 */
export function parseAbsenceList(
  text: string,
  leaders: Array<{ id: string; name: string; code: string; active: boolean }>,
): PasteResult {
  const ranges: PastedRange[] = [];
  const problems: PasteProblem[] = [];
  const byName = new Map<string, string>();
  for (const l of leaders) {
    if (!l.active) continue;
    byName.set(l.name, l.id);
    byName.set(l.code.toUpperCase(), l.id);
  }
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const row = index + 1;
    if (!line.trim()) return;
    const cells = line.split(/\t|,|，/).map((c) => c.trim());
    if (index === 0 && /^(领导|姓名)/.test(cells[0])) return;
    const problem = (column: number, message: string) =>
      problems.push({
        row,
        column,
        message: `第${row}行第${column}列（${PASTE_COLUMNS[column - 1]}）：${message}`,
      });
    if (cells.length < 3) {
      problem(Math.max(cells.length + 1, 2), '每行应为“领导, 开始日期, 结束日期, 原因”');
      return;
    }
    if (cells.length > PASTE_COLUMNS.length) {
      problem(5, `多出 ${cells.length - PASTE_COLUMNS.length} 列（备注中请勿使用逗号）`);
      return;
    }
    const before = problems.length;
    const leaderIds: string[] = [];
    for (const name of cells[0].split(/[、/]/).map(normaliseIdentifier)) {
      if (!name) continue;
      const id = byName.get(name) ?? byName.get(name.toUpperCase());
      if (!id) problem(1, `本单位没有在任领导“${name}”`);
      else if (!leaderIds.includes(id)) leaderIds.push(id);
    }
    if (leaderIds.length === 0 && problems.length === before) problem(1, '请填写领导姓名');
    const from = parsePastedDate(cells[1]);
    if (!from) problem(2, `无法识别日期“${cells[1]}”，应如 2027-01-10 或 2027-01-10 下午`);
    const to = parsePastedDate(cells[2]);
    if (!to) problem(3, `无法识别日期“${cells[2]}”，应如 2027-01-20 或 2027-01-20 上午`);
    const reasonCell = cells[3] ?? '';
    const reason = REASON_WORDS[reasonCell] ?? 'other';
    const extra = cells[4] ?? '';
    const note = [REASON_WORDS[reasonCell] || !reasonCell ? '' : reasonCell, extra]
      .filter(Boolean)
      .join('；');
    if (!reasonCell) problem(4, '请填写原因（出差/会议/请假/其他）');
    const noteProblem = note.length > 200 ? '备注最多 200 字' : textProblem(note);
    if (noteProblem) problem(extra ? 5 : 4, noteProblem);
    if (!from || !to || problems.length > before) return;
    const range: PastedRange = {
      row,
      leaderIds,
      from: from.date,
      to: to.date,
      startsAt: from.session ?? 'AM',
      endsAfter: to.session ?? 'PM',
      reason,
      note,
    };
    const wrong = rangeProblem(range);
    if (wrong) problem(3, wrong);
    else ranges.push(range);
  });
  if (ranges.length === 0 && problems.length === 0) {
    problems.push({ row: 1, column: 1, message: '没有可登记的行' });
  }
  return { ranges, problems };
}
