import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type { AuthUser } from '../auth/index.js';
import { CalendarService } from '../calendar/index.js';
import { monthBounds } from '../common/dates.js';
import { AppError } from '../common/app-error.js';
import { CHINA_ZONE, Clock } from '../common/clock.js';
import {
  isPublicLeader,
  LeadersService,
  sessionHours,
  UnitsService,
  venueOf,
} from '../org/index.js';
import { DUTY_NAMES } from './problem-builder.js';
import { RosterRecordService } from './roster-record.service.js';
import { RostersService } from './rosters.service.js';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
/** How the notice and the 一览表 name an on-call duty. */
export const ON_CALL_NAME = '24小时在岗值班';

export interface NoticeRow {
  date: string;
  /** 星期六, or 星期六（调休上班） on a make-up working day. */
  weekday: string;
  session: string;
  hours: string;
  leader: string;
  title: string;
  portfolio: string;
  /** Where the leader receives; empty for an on-call duty (held at no venue). */
  venue: string;
}

/** Spreadsheet programs run cells starting with = + - @ as formulas: keep them text. */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** 2026-11-25 → 2026年11月25日 */
const chineseDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/**
 * The roster as the 一览表 (xlsx) and as the public notice (HTML): public data only. Non-public
 * leaders' duties (纪检监察, received apart) are left out; each duty shows its leader's venue;
 * on-call duties read 24小时在岗值班; make-up working days are marked 调休上班. Neither is made
 * while a hard rule is broken over the month's window (422 ROSTER_RECORD_BROKEN).
 */
@Injectable()
export class RosterExportService {
  constructor(
    private readonly rosters: RostersService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
    private readonly calendar: CalendarService,
    private readonly record: RosterRecordService,
    private readonly clock: Clock,
  ) {}

  /** The latest published duties (or the draft's, marked as such), in date order. */
  async rows(user: AuthUser, rosterId: string) {
    const roster = await this.rosters.load(user, rosterId);
    await this.refuseBrokenRecord(roster.unitId, roster.month);
    const { from, to } = monthBounds(roster.month);
    const [unit, leaders, days] = await Promise.all([
      this.units.byId(roster.unitId),
      this.leaders.forUnit(roster.unitId),
      this.calendar.days(roster.unitId, from, to),
    ]);
    const published =
      roster.publishedVersion > 0
        ? await this.rosters.publishedVersion(roster.id, roster.publishedVersion)
        : null;
    const duties = published ? published.duties : await this.rosters.assignmentsOf(roster.id);
    const byId = new Map(leaders.map((l) => [l.id, l]));
    const makeup = new Set(days.filter((d) => d.kind === 'makeup_workday').map((d) => d.date));
    // Sessions first, the day's on-call duty last; leaders in protocol order.
    const order = { AM: 0, PM: 1, CALL: 2 };
    const rows: NoticeRow[] = duties
      .filter((d) => isPublicLeader(byId.get(d.leaderId)))
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          order[a.session] - order[b.session] ||
          byId.get(a.leaderId)!.protocolOrder - byId.get(b.leaderId)!.protocolOrder,
      )
      .map((d) => {
        const leader = byId.get(d.leaderId)!;
        const weekday = `星期${WEEKDAYS[DateTime.fromISO(d.date).weekday - 1]}`;
        const common = {
          date: d.date,
          weekday: makeup.has(d.date) ? `${weekday}（调休上班）` : weekday,
          session: DUTY_NAMES[d.session],
          leader: leader.name,
          title: leader.title,
          portfolio: leader.portfolioText,
        };
        if (d.session === 'CALL') return { ...common, hours: ON_CALL_NAME, venue: '' };
        const hours = sessionHours(unit, d.session);
        return { ...common, hours: `${hours.start}-${hours.end}`, venue: venueOf(unit, leader) };
      });
    const [year, month] = roster.month.split('-').map(Number);
    // The notice is dated the day its version was published (a draft: today).
    const issued = DateTime.fromJSDate(published?.publishedAt ?? this.clock.now())
      .setZone(CHINA_ZONE)
      .toISODate()!;
    return {
      roster,
      unit,
      rows,
      year,
      month,
      issued,
      draft: !published,
      version: published?.number,
    };
  }

  /**
   * An official list is not made from a record that breaks a hard rule: the month is checked
   * with the months it shares a window with (quarters, special periods), as the range check does.
   */
  private async refuseBrokenRecord(unitId: string, month: string): Promise<void> {
    const check = await this.record.checkRange(unitId, month, month);
    if (check.errors === 0) return;
    const errors = check.findings.filter((f) => f.severity === 'error');
    const rules = [...new Set(errors.map((f) => f.ruleName))].join('、');
    throw new AppError(
      'ROSTER_RECORD_BROKEN',
      { errors: check.errors, rules },
      { details: { findings: errors } },
    );
  }

  async xlsx(user: AuthUser, rosterId: string): Promise<{ filename: string; body: Buffer }> {
    const { rows, year, month, draft } = await this.rows(user, rosterId);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(`${year}年${month}月`, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
    });
    const title = `${year}年${month}月市领导接访日程安排${draft ? '（草稿）' : ''}`;
    sheet.mergeCells('A1:H1');
    sheet.getCell('A1').value = title;
    sheet.getCell('A1').font = { size: 16, bold: true };
    sheet.getCell('A1').alignment = { horizontal: 'center' };
    const header = ['日期', '星期', '场次', '时间', '领导', '职务', '分管工作范围', '接访地点'];
    sheet.addRow(header).font = { bold: true };
    for (const r of rows) {
      sheet.addRow(
        [r.date, r.weekday, r.session, r.hours, r.leader, r.title, r.portfolio, r.venue].map(
          safeCell,
        ),
      );
    }
    [12, 16, 6, 16, 10, 30, 36, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: `${year}-${String(month).padStart(2, '0')}-roster.xlsx`, body };
  }

  async noticeHtml(user: AuthUser, rosterId: string): Promise<string> {
    const { rows, year, month, draft, unit, issued } = await this.rows(user, rosterId);
    const makeup = rows.some((r) => r.weekday.endsWith('（调休上班）'));
    const body = rows
      .map(
        (r) =>
          `<tr><td>${r.date}</td><td>${r.weekday}</td>` +
          `<td>${r.session === DUTY_NAMES.CALL ? ON_CALL_NAME : `${r.session} ${r.hours}`}</td>` +
          `<td>${escapeHtml(r.leader)}</td><td>${escapeHtml(r.title)}</td>` +
          `<td>${escapeHtml(r.portfolio)}</td><td>${escapeHtml(r.venue) || '—'}</td></tr>`,
      )
      .join('\n');
    // Joint issuers (两办) stand one per line above the date.
    const issuers = unit.issuingOffice
      .split(/[\s\u3000]+/)
      .filter(Boolean)
      .map((o) => `<div>${escapeHtml(o)}</div>`)
      .join('');
    return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${year}年${month}月市领导接访日程公告</title>
<style>
body{font-family:"SimSun","Songti SC",serif;max-width:1000px;margin:2em auto;line-height:1.8}
h1{text-align:center;font-size:22px}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #333;padding:4px 8px;text-align:center}
.signature{text-align:right;margin-top:2em}
@media print{body{margin:0}}
</style></head><body>
<h1>${year}年${month}月市领导接访日程公告${draft ? '（草稿）' : ''}</h1>
<p>现将${year}年${month}月市领导接访日程公告如下，请有诉求的群众按时到接访地点反映问题。${makeup ? '标注“调休上班”的日期为调休工作日，照常接访。' : ''}</p>
<table><thead><tr><th>日期</th><th>星期</th><th>时间</th><th>接访领导</th><th>职务</th><th>分管工作范围</th><th>接访地点</th></tr></thead>
<tbody>
${body}
</tbody></table>
<div class="signature">
${issuers}
<div>${chineseDay(issued)}</div>
</div>
</body></html>
`;
  }
}
