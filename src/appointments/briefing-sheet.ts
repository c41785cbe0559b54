import type { BriefingService } from './briefing.service.js';

type Briefing = Awaited<ReturnType<BriefingService['forLeader']>>;

const esc = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The printable briefing sheet: one block per session, one table row per booked case. */
export function briefingHtml(b: Briefing): string {
  const blocks = b.sessions
    .map((s) => {
      const rows = s.cases
        .map(
          (c) =>
            `<tr><td>${esc(c.reference)}</td><td>${c.slotStart ?? ''}–${c.slotEnd ?? ''}</td>` +
            `<td>${esc(c.petitioners.join('、'))}</td><td>${esc(c.summary)}</td>` +
            `<td>${esc(c.history.map((h) => `${h.date} ${h.leaderName} ${h.outcome}`).join('；') || '首次')}</td>` +
            `<td>${esc(c.previousLeaderName ?? '—')}</td><td>${esc(c.departments.join('、') || '—')}</td></tr>`,
        )
        .join('\n');
      return `<h2>${s.date} ${s.session === 'AM' ? '上午' : '下午'}${s.revealed ? '' : '（信访人姓名接访当日显示）'}</h2>
<table><thead><tr><th>案件编号</th><th>时段</th><th>信访人</th><th>事项</th><th>既往接待</th><th>原包案领导</th><th>参加部门</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(b.leaderName)}同志接访情况简介</title>
<style>
body{font-family:"SimSun","Songti SC",serif;max-width:1000px;margin:2em auto;line-height:1.7}
h1{text-align:center;font-size:22px}table{border-collapse:collapse;width:100%;margin-bottom:1em}
th,td{border:1px solid #333;padding:4px 6px;text-align:left;vertical-align:top}@media print{body{margin:0}}
</style></head><body>
<h1>${esc(b.leaderName)}同志接访情况简介</h1>
<p>内部材料，注意保密；信访人个人信息不得外传。</p>
${blocks || '<p>近期没有已约定的重点约访。</p>'}
</body></html>
`;
}
