import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../api/client.js';
import type { Duty, Leader, LeaderRank, RotationPool, SpecialPeriod } from '../api/types.js';
import { canEdit, useSigned } from '../auth.js';
import { daysInMonth, thisMonth } from '../dates.js';
import {
  DUTY_NAMES,
  isoWeekday,
  POOL_NAMES,
  RANK_NAMES,
  SESSION_NAMES,
  shortDate,
} from '../labels.js';
import { Alert, Loading, Note, YearSteps } from '../ui/common.js';
import { NamedButton } from '../ui/form.js';
import { PeriodDialog } from './period-dialog.js';

function rulesText(p: SpecialPeriod, leaders: Map<string, Leader>): string[] {
  const lines = [
    `${p.coverage === 'every_day' ? '每天（含节假日）' : '仅工作日'}接访，${p.sessionCodes.map((s) => SESSION_NAMES[s]).join('、')}各 ${p.leadersPerSession} 名领导`,
  ];
  if (p.quotaPerLeader !== null) lines.push(`每位领导期间最多 ${p.quotaPerLeader} 次`);
  const pools = Object.entries(p.poolQuotas) as Array<[RotationPool, number]>;
  if (pools.length)
    lines.push(`序列要求：${pools.map(([k, n]) => `${POOL_NAMES[k]} ${n} 次`).join('，')}`);
  if (p.onCallLeader)
    lines.push(
      `另安排一名领导 24 小时在岗值班${p.onCallQuotaPerLeader !== null ? `，每人最多 ${p.onCallQuotaPerLeader} 天` : ''}`,
    );
  for (const [duty, ranks] of Object.entries(p.sessionRanks) as Array<[Duty, LeaderRank[]]>)
    lines.push(`${DUTY_NAMES[duty]}限${ranks.map((r) => RANK_NAMES[r]).join('、')}`);
  lines.push(p.spacingDays > 1 ? `同一领导 ${p.spacingDays} 天内不重复安排` : '不限间隔');
  if (p.firstDayLeaderId)
    lines.push(`首日由${leaders.get(p.firstDayLeaderId)?.name ?? '（已停用领导）'}坐班`);
  if (p.excludedDates.length) lines.push(`不接访：${p.excludedDates.map(shortDate).join('、')}`);
  return lines;
}

/** From November the office prepares next year's periods, so that year opens first. */
function preparingYear(): number {
  const [year, month] = thisMonth().split('-').map(Number);
  return month >= 11 ? year + 1 : year;
}

/** 特护期: the year's periods with their cover rules, and where they fall on the calendar. */
export function SpecialPeriodsPage({ query }: { query: URLSearchParams }) {
  const { me, unit } = useSigned();
  const editor = canEdit(me.role);
  const year = Number(query.get('year')) || preparingYear();
  const [periods, setPeriods] = useState<SpecialPeriod[] | null>(null);
  const [leaders, setLeaders] = useState<Leader[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<SpecialPeriod | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = () =>
    api<SpecialPeriod[]>(`/units/${unit.id}/special-periods?year=${year}`)
      .then((ps) => setPeriods(ps.sort((a, b) => a.startDate.localeCompare(b.startDate))))
      .catch((err: unknown) => setError(errorText(err)));
  useEffect(() => {
    setPeriods(null);
    void load();
  }, [year]);
  useEffect(() => {
    api<Leader[]>(`/leaders?unitId=${unit.id}&includeInactive=true`)
      .then((ls) => setLeaders(ls.sort((a, b) => a.protocolOrder - b.protocolOrder)))
      .catch((err: unknown) => setError(errorText(err)));
  }, [unit.id]);
  const leaderMap = new Map(leaders.map((l) => [l.id, l]));

  const remove = async (p: SpecialPeriod) => {
    if (
      !window.confirm(
        `确定删除特护期“${p.name}”吗？已发布的班表不受影响，重新排班时不再按特护期要求。`,
      )
    )
      return;
    try {
      await api(`/units/${unit.id}/special-periods/${p.id}`, { method: 'DELETE' });
      setMessage(`已删除“${p.name}”。`);
      await load();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">{year}年特护期</h1>
        {editor && (
          <button type="button" class="primary" onClick={() => setEditing('new')}>
            新增特护期
          </button>
        )}
      </div>
      <YearSteps year={year} path="/special-periods" />
      {error && <Alert kind="error">{error}</Alert>}
      <Note text={message} onDismiss={() => setMessage(null)} />
      {!periods && !error && <Loading />}
      {periods && periods.length === 0 && <p>本年度尚无特护期。</p>}
      {periods && periods.length > 0 && (
        <div class="periods-layout">
          <ol class="period-list">
            {periods.map((p, i) => (
              <li key={p.id} class={`period-card period-color-${i % 6}`}>
                <h2>
                  {p.name}
                  <span class="muted small">
                    {' '}
                    {shortDate(p.startDate)}—{shortDate(p.endDate)}
                  </span>
                </h2>
                <ul>
                  {rulesText(p, leaderMap).map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
                {p.notes && <p class="muted small">{p.notes}</p>}
                {editor && (
                  <div class="row-actions">
                    <NamedButton
                      class="link-button"
                      name={`编辑 ${p.name}`}
                      onClick={() => setEditing(p)}
                    >
                      编辑
                    </NamedButton>
                    <NamedButton
                      class="link-button danger"
                      name={`删除 ${p.name}`}
                      onClick={() => void remove(p)}
                    >
                      删除
                    </NamedButton>
                  </div>
                )}
              </li>
            ))}
          </ol>
          <YearCalendar year={year} periods={periods} />
        </div>
      )}
      {editing && (
        <PeriodDialog
          unitId={unit.id}
          period={editing === 'new' ? null : editing}
          year={year}
          leaders={leaders}
          onClose={() => setEditing(null)}
          onSaved={async (name) => {
            setEditing(null);
            setMessage(`已保存“${name}”。`);
            await load();
          }}
        />
      )}
    </section>
  );
}

function YearCalendar({ year, periods }: { year: number; periods: SpecialPeriod[] }) {
  const periodOf = (date: string) =>
    periods.findIndex((p) => p.startDate <= date && date <= p.endDate);
  return (
    <div class="year-calendar" aria-label={`${year}年日历，彩色为特护期`}>
      {Array.from({ length: 12 }, (_, m) => {
        const month = `${year}-${String(m + 1).padStart(2, '0')}`;
        const dates = daysInMonth(month);
        const lead = isoWeekday(dates[0]) - 1;
        return (
          <figure key={month} class="mini-month">
            <figcaption>{m + 1}月</figcaption>
            <div class="mini-grid">
              {Array.from({ length: lead }, (_, i) => (
                <span key={`p${i}`} aria-hidden="true" />
              ))}
              {dates.map((d) => {
                const i = periodOf(d);
                const p = i >= 0 ? periods[i] : null;
                const excluded = p?.excludedDates.includes(d);
                return (
                  <span
                    key={d}
                    class={`${p ? `period-color-${i % 6} in` : ''} ${excluded ? 'excluded' : ''} ${isoWeekday(d) >= 6 ? 'weekend' : ''}`}
                    title={
                      p ? `${shortDate(d)} ${p.name}${excluded ? '（不接访）' : ''}` : undefined
                    }
                  >
                    {Number(d.slice(8))}
                  </span>
                );
              })}
            </div>
          </figure>
        );
      })}
    </div>
  );
}
