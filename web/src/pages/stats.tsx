import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ReceptionFigures, RosterStats, RosterYear } from '../api/types.js';
import { useSigned } from '../auth.js';
import { thisYear } from '../dates.js';
import { monthOfYear, STATUS_NAMES } from '../labels.js';
import { Alert, Loading, YearSteps } from '../ui/common.js';
import { DataTable } from '../ui/table.js';
import { useYearData } from '../ui/use-year-data.js';
import { AttendanceTable } from './attendance-table.js';
import { YearTable } from './year-table.js';

/** 统计: sessions per leader against quota by month and year, and each month's cover. */
export function StatsPage({ query }: { query: URLSearchParams }) {
  const { unit } = useSigned();
  const year = Number(query.get('year')) || thisYear();
  const [error, setError] = useState<string | null>(null);
  const record = useYearData<RosterYear>(`/units/${unit.id}/roster-year`, year, setError);
  const stats = useYearData<RosterStats>(`/units/${unit.id}/roster-stats`, year, setError);
  const receptions = useYearData<ReceptionFigures>(
    `/units/${unit.id}/reception-figures`,
    year,
    setError,
  );

  const months = stats?.months ?? [];
  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">{year}年接访统计</h1>
      </div>
      <YearSteps year={year} path="/stats" />
      {error && <Alert kind="error">{error}</Alert>}
      {!stats && !error && <Loading />}
      {stats && months.length === 0 && <p>本年度还没有排班。</p>}
      {stats && months.length > 0 && <RosterFigures stats={stats} />}
      {record && months.length > 0 && (
        <>
          <h2>年度排班对照限额（已安排 / 已发布）</h2>
          <YearTable data={record} />
          <p class="muted small">
            月份一栏为接访场次（含特护期），“值班”为 24
            小时在岗值班天数；季度一栏为本季度接访场次，括号内为每季度限额所计的平时场次；特护期一栏为期间场次
            / 期间限额。
          </p>
        </>
      )}
      <AttendanceTable unitId={unit.id} year={year} />
      {receptions && <Receptions figures={receptions} />}
    </section>
  );
}

/** Each month's cover, then each leader's sessions a month against the monthly quota. */
function RosterFigures({ stats }: { stats: RosterStats }) {
  const { months } = stats;
  return (
    <>
      <h2>各月情况</h2>
      <DataTable columns={['月份', '状态', '应接访场次', '已安排', '满足意愿', '间隔过近']}>
        {months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthOfYear(m.month)}</th>
            <td>
              {STATUS_NAMES[m.status] ?? m.status}
              {m.publishedVersion > 0 ? `（第 ${m.publishedVersion} 版）` : ''}
            </td>
            <td>{m.sessionsRequired}</td>
            <td class={m.sessionsCovered < m.sessionsRequired ? 'count-error' : ''}>
              {m.sessionsCovered}
            </td>
            <td>
              {m.preferencesHonoured}/{m.preferencesTotal}
            </td>
            <td>{m.spacingBreaks}</td>
          </tr>
        ))}
      </DataTable>
      <h2>领导坐班次数（已安排 / 已完成）</h2>
      <DataTable
        class="stats-table"
        columns={['领导', '每月限额', ...months.map((m) => monthOfYear(m.month)), '全年']}
      >
        {stats.leaders.map((l) => (
          <LeaderRow key={l.leaderId} name={l.name} year={[l.year.planned, l.year.sat]}>
            <td>
              {l.quota.minPerMonth}–{l.quota.maxPerMonth}
            </td>
            {l.months.map((m) => {
              const off = m.planned < l.quota.minPerMonth || m.planned > l.quota.maxPerMonth;
              return (
                <td
                  key={m.month}
                  class={off ? 'count-warning' : ''}
                  title={off ? '不在每月限额内' : undefined}
                >
                  {m.planned} / {m.sat}
                </td>
              );
            })}
          </LeaderRow>
        ))}
      </DataTable>
      <p class="muted small">“已完成”只计已发布且日期已过的场次。</p>
    </>
  );
}

/** 约访接访: the year's batches and persons, and each leader's by month. */
function Receptions({ figures }: { figures: ReceptionFigures }) {
  return (
    <>
      <h2>约访接访（批次 / 人次）</h2>
      <p>
        全年共接访 <strong>{figures.total.batches}</strong> 批次、
        <strong>{figures.total.persons}</strong> 人次。
      </p>
      {figures.byLeader.length > 0 && (
        <DataTable
          class="stats-table"
          columns={['领导', ...figures.byMonth.map((m) => monthOfYear(m.month)), '全年']}
        >
          {figures.byLeader.map((l) => (
            <LeaderRow key={l.leaderId} name={l.name} year={[l.total.batches, l.total.persons]}>
              {l.months.map((m) => (
                <td key={m.month}>
                  {m.batches} / {m.persons}
                </td>
              ))}
            </LeaderRow>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** A leader's row: their cells, then the year's pair of figures, the first in bold. */
function LeaderRow(props: { name: string; year: [number, number]; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{props.name}</th>
      {props.children}
      <td>
        <strong>{props.year[0]}</strong> / {props.year[1]}
      </td>
    </tr>
  );
}
