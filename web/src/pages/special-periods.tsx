import { useEffect, useState } from 'preact/hooks';
import { api, errorText, fieldErrorText } from '../api/client.js';
import type {
  Duty,
  Leader,
  LeaderRank,
  RotationPool,
  Session,
  SpecialPeriod,
} from '../api/types.js';
import { canEdit, useSigned } from '../auth.js';
import { daysInMonth, thisMonth } from '../dates.js';
import {
  DUTY_NAMES,
  isoWeekday,
  POOL_NAMES,
  RANK_NAMES,
  RANKS,
  SESSION_NAMES,
  shortDate,
} from '../labels.js';
import { Alert, Loading, Note, YearSteps } from '../ui/common.js';
import { Dialog } from '../ui/dialog.js';
import { Field, FormActions, InputField } from '../ui/form.js';
import { optionalNumber, optionalText } from '../ui/form-values.js';
import { useForm } from '../ui/use-form.js';

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
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => setEditing(p)}
                      aria-label={`编辑 ${p.name}`}
                    >
                      编辑
                    </button>
                    <button
                      type="button"
                      class="link-button danger"
                      onClick={() => void remove(p)}
                      aria-label={`删除 ${p.name}`}
                    >
                      删除
                    </button>
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

interface DialogProps {
  unitId: string;
  period: SpecialPeriod | null;
  year: number;
  leaders: Leader[];
  onClose: () => void;
  onSaved: (name: string) => Promise<void>;
}

const FIELD_NAMES: Record<string, string> = {
  sessionRanks: '各场次可排级别',
  spacingDays: '特护期内间隔天数',
  onCallQuotaPerLeader: '值班每人上限',
  firstDayLeaderId: '首日坐班领导',
};

function PeriodDialog({ unitId, period, year, leaders, onClose, onSaved }: DialogProps) {
  const {
    form: f,
    text,
    number,
    update,
    error,
    busy,
    submitting,
  } = useForm({
    name: period?.name ?? '',
    startDate: period?.startDate ?? `${year}-01-01`,
    endDate: period?.endDate ?? `${year}-01-01`,
    coverage: period?.coverage ?? 'every_day',
    sessionCodes: period?.sessionCodes ?? (['AM', 'PM'] as Session[]),
    leadersPerSession: String(period?.leadersPerSession ?? 1),
    quotaPerLeader: optionalText(period?.quotaPerLeader),
    excludedDates: (period?.excludedDates ?? []).join('，'),
    onCallLeader: period?.onCallLeader ?? false,
    onCallQuotaPerLeader: optionalText(period?.onCallQuotaPerLeader),
    sessionRanks: period?.sessionRanks ?? {},
    spacingDays: String(period?.spacingDays ?? 2),
    firstDayLeaderId: period?.firstDayLeaderId ?? '',
    notes: period?.notes ?? '',
  });
  /** Duties whose ranks can be limited: the period's sessions, and on-call when it has one. */
  const duties: Duty[] = [...f.sessionCodes, ...(f.onCallLeader ? (['CALL'] as const) : [])];
  const toggleRank = (duty: Duty, rank: LeaderRank, on: boolean) => {
    const now = f.sessionRanks[duty] ?? [];
    const next = on
      ? RANKS.filter((r) => r === rank || now.includes(r))
      : now.filter((r) => r !== rank);
    const sessionRanks = { ...f.sessionRanks };
    if (next.length) sessionRanks[duty] = next;
    else delete sessionRanks[duty];
    update({ sessionRanks });
  };

  const submit = submitting(
    async () => {
      const body = {
        name: f.name.trim(),
        startDate: f.startDate,
        endDate: f.endDate,
        coverage: f.coverage,
        sessionCodes: f.sessionCodes,
        leadersPerSession: Number(f.leadersPerSession),
        quotaPerLeader: optionalNumber(f.quotaPerLeader),
        excludedDates: f.excludedDates.split(/[，,\s]+/).filter(Boolean),
        onCallLeader: f.onCallLeader,
        onCallQuotaPerLeader:
          f.onCallLeader && f.onCallQuotaPerLeader !== '' ? Number(f.onCallQuotaPerLeader) : null,
        // Only duties the period has: a limit on a session it no longer covers is dropped.
        sessionRanks: Object.fromEntries(
          Object.entries(f.sessionRanks).filter(([d]) => duties.includes(d as Duty)),
        ),
        spacingDays: Number(f.spacingDays),
        firstDayLeaderId: f.firstDayLeaderId || null,
        notes: f.notes,
      };
      if (period) {
        await api(`/units/${unitId}/special-periods/${period.id}`, {
          method: 'PATCH',
          body: { version: period.version, ...body },
        });
      } else {
        await api(`/units/${unitId}/special-periods`, { method: 'POST', body });
      }
      await onSaved(body.name);
    },
    (err) => fieldErrorText(err, FIELD_NAMES),
  );

  return (
    <Dialog title={period ? `编辑特护期：${period.name}` : '新增特护期'} onClose={onClose} wide>
      <form onSubmit={submit} class="form-grid two-col">
        {error && <Alert kind="error">{error}</Alert>}
        <InputField label="名称" required maxLength={100} value={f.name} onInput={text('name')} />
        <Field label="接访日">
          <select
            value={f.coverage}
            onChange={(e) =>
              update({ coverage: e.currentTarget.value as 'every_day' | 'working_days' })
            }
          >
            <option value="every_day">每天（含节假日）</option>
            <option value="working_days">仅工作日</option>
          </select>
        </Field>
        <InputField
          label="开始日期"
          type="date"
          required
          value={f.startDate}
          onInput={text('startDate')}
        />
        <InputField
          label="结束日期"
          type="date"
          required
          value={f.endDate}
          onInput={text('endDate')}
        />
        <fieldset class="field">
          <legend>接访场次</legend>
          <div class="radio-row">
            {(['AM', 'PM'] as Session[]).map((s) => (
              <label key={s} class="checkbox">
                <input
                  type="checkbox"
                  checked={f.sessionCodes.includes(s)}
                  onChange={(e) =>
                    update({
                      sessionCodes: e.currentTarget.checked
                        ? [...f.sessionCodes, s].sort()
                        : f.sessionCodes.filter((x) => x !== s),
                    })
                  }
                />
                {SESSION_NAMES[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <InputField label="每场领导人数" required {...number('leadersPerSession', 1, 5)} />
        <InputField
          label="每位领导期间最多次数（空白按平时限额）"
          {...number('quotaPerLeader', 1, 100)}
        />
        <InputField
          label="不接访的日期（如除夕，用逗号分隔 YYYY-MM-DD）"
          value={f.excludedDates}
          onInput={text('excludedDates')}
        />
        <label class="checkbox span-2">
          <input
            type="checkbox"
            checked={f.onCallLeader}
            onChange={(e) => update({ onCallLeader: e.currentTarget.checked })}
          />
          另安排一名领导 24 小时在岗值班
        </label>
        {f.onCallLeader && (
          <InputField
            label="值班每人上限（天，空白为不限）"
            name="onCallQuotaPerLeader"
            {...number('onCallQuotaPerLeader', 1, 100)}
          />
        )}
        <InputField
          label="特护期内间隔天数（同一领导几天内不重复，1 为不限）"
          required
          name="spacingDays"
          {...number('spacingDays', 1, 31)}
        />
        <Field label="首日坐班领导">
          <select
            name="firstDayLeaderId"
            value={f.firstDayLeaderId}
            onChange={(e) => update({ firstDayLeaderId: e.currentTarget.value })}
          >
            <option value="">不指定</option>
            {leaders
              .filter((l) => l.active || l.id === f.firstDayLeaderId)
              .map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}（{l.title}）
                </option>
              ))}
          </select>
        </Field>
        <fieldset class="field span-2">
          <legend>各场次可排级别（不勾选为不限）</legend>
          {duties.map((duty) => (
            <div
              class="radio-row"
              key={duty}
              role="group"
              aria-label={`${DUTY_NAMES[duty]}可排级别`}
            >
              <span>{DUTY_NAMES[duty]}：</span>
              {RANKS.map((r) => (
                <label key={r} class="checkbox">
                  <input
                    type="checkbox"
                    name={`rank-${duty}-${r}`}
                    checked={(f.sessionRanks[duty] ?? []).includes(r)}
                    onChange={(e) => toggleRank(duty, r, e.currentTarget.checked)}
                  />
                  {RANK_NAMES[r]}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
        <InputField
          label="备注"
          class="span-2"
          maxLength={1000}
          value={f.notes}
          onInput={text('notes')}
        />
        <FormActions
          class="span-2"
          submit="保存"
          busyText="正在保存…"
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
