import { api, fieldErrorText } from '../api/client.js';
import type { Duty, Leader, Session, SpecialPeriod } from '../api/types.js';
import { DUTY_NAMES, RANK_NAMES, RANKS, SESSION_NAMES } from '../labels.js';
import { Alert } from '../ui/common.js';
import { Dialog } from '../ui/dialog.js';
import { CheckboxField, InputField, NameOptions, SaveActions, SelectField } from '../ui/form.js';
import { LeaderOptions } from '../ui/leader-options.js';
import { useForm } from '../ui/use-form.js';
import {
  periodBody,
  periodDuties,
  periodForm,
  toggledRank,
  toggledSession,
  type PeriodForm,
} from './period-form.js';

interface Props {
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

const COVERAGE_NAMES: Record<PeriodForm['coverage'], string> = {
  every_day: '每天（含节假日）',
  working_days: '仅工作日',
};

/** 新增特护期 / 编辑特护期: a period's dates, sessions and cover rules. */
export function PeriodDialog({ unitId, period, year, leaders, onClose, onSaved }: Props) {
  const {
    form: f,
    field,
    choice,
    checkbox,
    number,
    update,
    error,
    busy,
    submitting,
  } = useForm(periodForm(period, year));
  const submit = submitting(
    async () => {
      const body = periodBody(f);
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
        <InputField label="名称" required maxLength={100} {...field('name')} />
        <SelectField label="接访日" {...choice('coverage')}>
          <NameOptions names={COVERAGE_NAMES} />
        </SelectField>
        <InputField label="开始日期" type="date" required {...field('startDate')} />
        <InputField label="结束日期" type="date" required {...field('endDate')} />
        <SessionChecks
          sessions={f.sessionCodes}
          onSessions={(sessionCodes) => update({ sessionCodes })}
        />
        <InputField label="每场领导人数" required {...number('leadersPerSession', 1, 5)} />
        <InputField
          label="每位领导期间最多次数（空白按平时限额）"
          {...number('quotaPerLeader', 1, 100)}
        />
        <InputField
          label="不接访的日期（如除夕，用逗号分隔 YYYY-MM-DD）"
          {...field('excludedDates')}
        />
        <CheckboxField
          class="span-2"
          label="另安排一名领导 24 小时在岗值班"
          {...checkbox('onCallLeader')}
        />
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
        <SelectField label="首日坐班领导" name="firstDayLeaderId" {...choice('firstDayLeaderId')}>
          <option value="">不指定</option>
          <LeaderOptions leaders={leaders.filter((l) => l.active || l.id === f.firstDayLeaderId)} />
        </SelectField>
        <RankLimits
          duties={periodDuties(f)}
          ranks={f.sessionRanks}
          onRanks={(sessionRanks) => update({ sessionRanks })}
        />
        <InputField label="备注" class="span-2" maxLength={1000} {...field('notes')} />
        <SaveActions busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** 接访场次: the sessions the period covers. */
function SessionChecks(props: { sessions: Session[]; onSessions: (s: Session[]) => void }) {
  return (
    <fieldset class="field">
      <legend>接访场次</legend>
      <div class="radio-row">
        {(['AM', 'PM'] as Session[]).map((s) => (
          <CheckboxField
            key={s}
            label={SESSION_NAMES[s]}
            checked={props.sessions.includes(s)}
            onChange={(e) =>
              props.onSessions(toggledSession(props.sessions, s, e.currentTarget.checked))
            }
          />
        ))}
      </div>
    </fieldset>
  );
}

/** 各场次可排级别: per duty, the ranks it may be given to (none ticked: any). */
function RankLimits(props: {
  duties: Duty[];
  ranks: PeriodForm['sessionRanks'];
  onRanks: (ranks: PeriodForm['sessionRanks']) => void;
}) {
  return (
    <fieldset class="field span-2">
      <legend>各场次可排级别（不勾选为不限）</legend>
      {props.duties.map((duty) => (
        <div class="radio-row" key={duty} role="group" aria-label={`${DUTY_NAMES[duty]}可排级别`}>
          <span>{DUTY_NAMES[duty]}：</span>
          {RANKS.map((r) => (
            <CheckboxField
              key={r}
              label={RANK_NAMES[r]}
              name={`rank-${duty}-${r}`}
              checked={(props.ranks[duty] ?? []).includes(r)}
              onChange={(e) =>
                props.onRanks(toggledRank(props.ranks, duty, r, e.currentTarget.checked))
              }
            />
          ))}
        </div>
      ))}
    </fieldset>
  );
}
