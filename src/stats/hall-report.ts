import ExcelJS from 'exceljs';
import { safeCell } from '../roster/index.js';
import { FIGURE_LABELS, type HallFigures } from './hall-figures.js';
import type { HallStatsService } from './hall-stats.service.js';

export type HallYear = Awaited<ReturnType<HallStatsService['year']>>;

const ATTENDANCE_LABELS: Array<[string, string]> = [
  ['planned', '计划'],
  ['confirmed', '已确认'],
  ['sat', '实际坐班'],
  ['substitutedOut', '被代班'],
  ['substitutedIn', '代他人坐班'],
  ['absent', '缺席'],
  ['unrecorded', '待登记'],
];

const values = (f: HallFigures) => FIGURE_LABELS.map(([k]) => f[k]);

/** 2026-11-25 → 2026年11月25日 */
export const chineseDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** One sheet per view: 汇总 (per unit), 按月, 按特护期, 按领导, 到岗情况, 报告语句. */
export async function hallXlsx(y: HallYear): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const headers = FIGURE_LABELS.map(([, label]) => label);
  const sheet = (name: string, first: string[]) => {
    const s = book.addWorksheet(name);
    s.addRow([
      `${y.unit.name} ${y.year}年信访接待统计${y.demo ? '（含演示数据）' : ''}，截至 ${y.asOf}`,
    ]);
    s.addRow([...first, ...headers]).font = { bold: true };
    s.views = [{ state: 'frozen', ySplit: 2 }];
    return s;
  };
  const unit = sheet('按单位', ['单位']);
  for (const u of y.byUnit) unit.addRow([safeCell(u.name), ...values(u.figures)]);
  const month = sheet('按月', ['月份']);
  for (const m of y.byMonth) month.addRow([m.month, ...values(m.figures)]);
  month.addRow(['全年', ...values(y.total)]).font = { bold: true };
  const period = sheet('按特护期', ['特护期', '开始', '结束']);
  for (const p of y.byPeriod) {
    period.addRow([safeCell(p.name), p.startDate, p.endDate, ...values(p.figures)]);
  }
  const leader = sheet('按领导', ['领导', '职务']);
  for (const l of y.byLeader) {
    leader.addRow([safeCell(l.name), safeCell(l.title), ...values(l.figures)]);
  }
  const att = book.addWorksheet('到岗情况');
  att.addRow([`${y.unit.name} ${y.year}年领导到岗情况，截至 ${y.asOf}`]);
  att.addRow(['领导', '月份', ...ATTENDANCE_LABELS.map(([, l]) => l)]).font = { bold: true };
  for (const l of y.attendance) {
    for (const m of l.months) {
      if (m.planned === 0 && m.sat === 0) continue;
      const row = m as unknown as Record<string, number | null>;
      att.addRow([safeCell(l.name), m.month, ...ATTENDANCE_LABELS.map(([k]) => row[k])]);
    }
  }
  const text = book.addWorksheet('报告语句');
  text.addRow(['报告语句']).font = { bold: true };
  text.addRow([y.sentence]);
  for (const p of y.byPeriod) text.addRow([p.sentence]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The printable report: the annual report's sentences, then the tables, with unit and date. */
export function hallReportHtml(y: HallYear): string {
  const t = y.total;
  const periodRows = y.byPeriod
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.name)}</td><td>${p.startDate}至${p.endDate}</td><td>${p.figures.sittingDays}</td>` +
        `<td>${p.figures.batches}</td><td>${p.figures.persons}</td><td>${p.figures.walkInBatches}</td><td>${p.figures.appointmentBatches}</td></tr>`,
    )
    .join('\n');
  const leaderRows = y.byLeader
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.name)}</td><td>${l.figures.sittingDays}</td><td>${l.figures.sittingHalfDays}</td>` +
        `<td>${l.figures.batches}</td><td>${l.figures.persons}</td><td>${l.figures.casesOpen}</td><td>${l.figures.casesClosed}</td>` +
        `<td>${l.attendance.substitutedOut}</td><td>${l.attendance.substitutedIn}</td><td>${l.attendance.absent}</td></tr>`,
    )
    .join('\n');
  const sentences = [
    `${y.sentence}（其中来访接待${t.walkInBatches}批次${t.walkInPersons}人次，重点约访${t.appointmentBatches}批次${t.appointmentPersons}人次）。`,
    `接待重点约访案件${t.priorityReceived}件，化解${t.priorityResolved}件；领导包案在办${t.casesOpen}件、办结${t.casesClosed}件。`,
    `按期办结率${pct(t.onTimeRate)}（应办结${t.dueInPeriod}件，按期办结${t.closedOnTime}件），群众满意率${pct(t.satisfactionRate)}（回访${t.followUps}件，满意及基本满意${t.satisfied}件）。`,
    `代班${t.substitutions}次，缺席${t.absences}次。`,
    ...y.byPeriod.map((p) => `${p.sentence}。`),
  ];
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${escapeHtml(y.unit.name)}${y.year}年领导接访工作情况</title>
<style>
body{font-family:"SimSun","Songti SC",serif;max-width:1000px;margin:2em auto;line-height:1.8}
h1{text-align:center;font-size:22px}table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #333;padding:4px 8px;text-align:center}.demo{color:#a00;text-align:center}
.signature{text-align:right;margin-top:2em}@media print{body{margin:0}}
</style></head><body>
<h1>${escapeHtml(y.unit.name)}${y.year}年领导接访工作情况</h1>
${y.demo ? '<p class="demo">（本报告含演示数据，不是真实记录）</p>' : ''}
<p>统计范围：${y.year}年1月1日至${chineseDay(y.asOf < `${y.year}-12-31` ? y.asOf : `${y.year}-12-31`)}，依据到岗登记、来访接待和约访接待记录。</p>
${sentences.map((s) => `<p>${escapeHtml(s)}</p>`).join('\n')}
<h2>特护期</h2>
<table><thead><tr><th>特护期</th><th>时间</th><th>坐班天数</th><th>约访接访批次</th><th>人次</th><th>来访批次</th><th>约访批次</th></tr></thead>
<tbody>
${periodRows}
</tbody></table>
<h2>领导</h2>
<table><thead><tr><th>领导</th><th>坐班天数</th><th>半天数</th><th>批次</th><th>人次</th><th>包案在办</th><th>包案办结</th><th>被代班</th><th>代他人</th><th>缺席</th></tr></thead>
<tbody>
${leaderRows}
</tbody></table>
<div class="signature">
${escapeHtml(y.unit.issuingOffice)
  .split(/[\s\u3000]+/)
  .filter(Boolean)
  .map((o) => `<div>${o}</div>`)
  .join('')}
<div>${chineseDay(y.asOf)}</div>
</div>
</body></html>
`;
}
