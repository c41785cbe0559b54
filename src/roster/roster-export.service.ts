import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import type { AuthUser } from '../auth/auth-user.js';
import { LeadersService } from '../org/leaders.service.js';
import { UnitsService } from '../org/units.service.js';
import { DUTY_NAMES } from './problem-builder.js';
import { RostersService } from './rosters.service.js';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

export interface NoticeRow {
  date: string;
  weekday: string;
  session: string;
  hours: string;
  leader: string;
  title: string;
  portfolio: string;
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

/** The published roster as the 一览表 (xlsx) and as the public notice (HTML): public data only. */
@Injectable()
export class RosterExportService {
  constructor(
    private readonly rosters: RostersService,
    private readonly units: UnitsService,
    private readonly leaders: LeadersService,
  ) {}

  /** The latest published duties (or the draft's, marked as such), in date order. */
  async rows(user: AuthUser, rosterId: string) {
    const roster = await this.rosters.load(user, rosterId);
    const [unit, leaders] = await Promise.all([
      this.units.byId(roster.unitId),
      this.leaders.forUnit(roster.unitId),
    ]);
    const published =
      roster.publishedVersion > 0
        ? await this.rosters.publishedVersion(roster.id, roster.publishedVersion)
        : null;
    const duties = published ? published.duties : await this.rosters.assignmentsOf(roster.id);
    const byId = new Map(leaders.map((l) => [l.id, l]));
    const hours = new Map(unit.sessionTemplates.map((t) => [t.code, `${t.start}-${t.end}`]));
    const rows: NoticeRow[] = [...duties]
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.session.localeCompare(b.session) ||
          (byId.get(a.leaderId)?.protocolOrder ?? 0) - (byId.get(b.leaderId)?.protocolOrder ?? 0),
      )
      .map((d) => {
        const leader = byId.get(d.leaderId);
        return {
          date: d.date,
          weekday: `星期${WEEKDAYS[DateTime.fromISO(d.date).weekday - 1]}`,
          session: DUTY_NAMES[d.session],
          hours: d.session === 'CALL' ? '24小时' : (hours.get(d.session) ?? ''),
          leader: leader?.name ?? '',
          title: leader?.title ?? '',
          portfolio: leader?.portfolioText ?? '',
          venue: unit.receptionVenue,
        };
      });
    const [year, month] = roster.month.split('-').map(Number);
    return { roster, unit, rows, year, month, draft: !published, version: published?.number };
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
    const header = ['日期', '星期', '场次', '时间', '接访领导', '职务', '分管领域', '接访地点'];
    sheet.addRow(header).font = { bold: true };
    for (const r of rows) {
      sheet.addRow(
        [r.date, r.weekday, r.session, r.hours, r.leader, r.title, r.portfolio, r.venue].map(
          safeCell,
        ),
      );
    }
    [12, 8, 6, 13, 10, 30, 36, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return { filename: `${year}-${String(month).padStart(2, '0')}-roster.xlsx`, body };
  }

  async noticeHtml(user: AuthUser, rosterId: string): Promise<string> {
    const { rows, year, month, draft } = await this.rows(user, rosterId);
    const body = rows
      .map(
        (r) =>
          `<tr><td>${r.date}</td><td>${r.weekday}</td><td>${r.session} ${r.hours}</td>` +
          `<td>${escapeHtml(r.leader)}</td><td>${escapeHtml(r.title)}</td>` +
          `<td>${escapeHtml(r.venue)}</td></tr>`,
      )
      .join('\n');
    return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${year}年${month}月市领导接访日程公告</title>
<style>
body{font-family:"SimSun","Songti SC",serif;max-width:900px;margin:2em auto;line-height:1.8}
h1{text-align:center;font-size:22px}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #333;padding:4px 8px;text-align:center}
@media print{body{margin:0}}
</style></head><body>
<h1>${year}年${month}月市领导接访日程公告${draft ? '（草稿）' : ''}</h1>
<p>现将${year}年${month}月市领导接访日程公告如下，请有诉求的群众按时到接访地点反映问题。</p>
<table><thead><tr><th>日期</th><th>星期</th><th>时间</th><th>接访领导</th><th>职务</th><th>接访地点</th></tr></thead>
<tbody>
${body}
</tbody></table>
</body></html>
`;
  }
}
