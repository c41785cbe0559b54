import type { RosterYear } from '../api/types.js';
import { monthOfYear, shortDate } from '../labels.js';

type LeaderYear = RosterYear['leaders'][number];

/**
 * 年度排班表: per leader, each month's reception sessions as planned and as published (and
 * on-call days), each quarter against the quarterly quota, each special period against its quota.
 * A figure outside its quota is marked; a quarter's minimum only once its three months are planned.
 */
export function YearTable({ data }: { data: RosterYear }) {
  const planned = new Set(data.months.filter((m) => m.rosterId).map((m) => m.month));
  const quarterPlanned = (q: number) =>
    [1, 2, 3].every((i) => planned.has(`${data.year}-${String((q - 1) * 3 + i).padStart(2, '0')}`));
  return (
    <div class="table-scroll">
      <table class="data-table stats-table year-table">
        <caption class="visually-hidden">
          各领导每月已安排 / 已发布的接访场次，季度和特护期对照限额
        </caption>
        <thead>
          <tr>
            <th scope="col">领导</th>
            <th scope="col">限额</th>
            {data.months.map((m) => (
              <th scope="col" key={m.month} class={m.rosterId ? '' : 'muted'}>
                {monthOfYear(m.month)}
              </th>
            ))}
            {[1, 2, 3, 4].map((q) => (
              <th scope="col" key={`q${q}`}>
                第{q}季度
              </th>
            ))}
            {data.periods.map((p) => (
              <th
                scope="col"
                key={p.id}
                title={`${shortDate(p.startDate)}—${shortDate(p.endDate)}`}
              >
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.leaders.map((l) => (
            <tr key={l.leaderId} data-leader={l.code}>
              <th scope="row">{l.name}</th>
              <td class="small">{quotaText(l)}</td>
              {l.months.map((m) => {
                const short = planned.has(m.month) && m.planned < l.quota.minPerMonth;
                return (
                  <td
                    key={m.month}
                    class={short ? 'count-warning' : ''}
                    title={short ? `少于每月最少 ${l.quota.minPerMonth} 次` : undefined}
                  >
                    {planned.has(m.month) ? `${m.planned} / ${m.published}` : '—'}
                    {m.onCall > 0 && <div class="small on-call-count">值班 {m.onCall}</div>}
                  </td>
                );
              })}
              {l.quarters.map((q) => {
                const over = l.quota.maxPerQuarter !== null && q.normal > l.quota.maxPerQuarter;
                const under =
                  l.quota.minPerQuarter !== null &&
                  quarterPlanned(q.quarter) &&
                  q.reception < l.quota.minPerQuarter;
                return (
                  <td
                    key={q.quarter}
                    class={over ? 'count-error' : under ? 'count-warning' : ''}
                    title={
                      over
                        ? `平时场次超过每季度最多 ${l.quota.maxPerQuarter} 次`
                        : under
                          ? `少于每季度最少 ${l.quota.minPerQuarter} 次`
                          : undefined
                    }
                  >
                    {q.reception}
                    {q.normal !== q.reception && (
                      <span class="muted small">（平时 {q.normal}）</span>
                    )}
                  </td>
                );
              })}
              {l.periods.map((p) => {
                const over = p.planned > p.quota;
                return (
                  <td
                    key={p.periodId}
                    class={over ? 'count-error' : ''}
                    title={over ? `超过特护期限额 ${p.quota} 次` : undefined}
                  >
                    {p.planned} / {p.quota}
                    {p.onCall > 0 && <div class="small on-call-count">值班 {p.onCall}</div>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function quotaText(l: LeaderYear): string {
  const q = l.quota;
  const month = `每月 ${q.minPerMonth}–${q.maxPerMonth}`;
  if (q.minPerQuarter === null && q.maxPerQuarter === null) return month;
  return `${month}；每季度 ${q.minPerQuarter ?? 0}–${q.maxPerQuarter ?? '不限'}`;
}
