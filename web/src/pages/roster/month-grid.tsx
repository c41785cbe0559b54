import type {
  Assignment,
  Availability,
  CalendarDay,
  Duty,
  Finding,
  Leader,
  RosterRules,
} from '../../api/types.js';
import { dayKindName, DUTY_NAMES, SESSIONS, shortDate, weekdayName } from '../../labels.js';
import { AbsenceCell } from './absence-strip.js';
import { cellKey, placeFindings, required, stripPlace } from './cover.js';

interface Props {
  month: string;
  days: CalendarDay[];
  assignments: Assignment[];
  findings: Finding[];
  leaders: Map<string, Leader>;
  rules: RosterRules | null;
  editable: boolean;
  /** Highlights one leader's duties (a leader looking at their own). */
  mine?: string | null;
  onEdit: (a: Assignment) => void;
  onTogglePin: (a: Assignment) => void;
  /** Leaders' absences by date: shown as strips in a column of their own when given. */
  absences?: Map<string, Availability[]> | null;
}

/** The month as dates × sessions, with day kinds, special periods and findings on their cells. */
export function MonthGrid(props: Props) {
  const { days, assignments, findings, leaders, rules } = props;
  const byCell = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const k = cellKey(a.date, a.session);
    byCell.set(k, [...(byCell.get(k) ?? []), a]);
  }
  const placed = placeFindings(findings, assignments);
  // A month with special-period on-call days gets a 值班 column beside the sessions.
  const onCall =
    days.some((d) => d.periods.some((p) => p.onCallLeader)) ||
    assignments.some((a) => a.session === 'CALL');
  const columns: Duty[] = onCall ? [...SESSIONS, 'CALL'] : SESSIONS;
  return (
    <table class="month-grid">
      <caption class="visually-hidden">按日期和场次排列的接访安排</caption>
      <thead>
        <tr>
          <th scope="col">日期</th>
          {columns.map((s) => (
            <th scope="col" key={s} class={s === 'CALL' ? 'on-call' : undefined}>
              {s === 'CALL' ? '值班（24小时）' : DUTY_NAMES[s]}
            </th>
          ))}
          {props.absences && (
            <th scope="col" class="absence-head">
              外出/请假
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {days.map((day) => {
          const dayFindings = placed.days.get(day.date) ?? [];
          const classes = ['day', `kind-${day.kind}`];
          if (day.periods.length) classes.push('in-period');
          return (
            <tr key={day.date} class={classes.join(' ')} data-date={day.date}>
              <th scope="row" class="date-cell">
                <span class="date">{shortDate(day.date)}</span>
                <span class="weekday">{weekdayName(day.weekday)}</span>
                <span class="badges">
                  {day.kind !== 'workday' && (
                    <span class={`badge badge-${day.kind}`}>{dayKindName(day)}</span>
                  )}
                  {day.override && (
                    <span class="badge badge-override" title={day.override.reason}>
                      {day.override.kind === 'extra_workday' ? '本单位加班' : '本单位休息'}
                    </span>
                  )}
                  {day.periods.map((p) => (
                    <span class="badge badge-period" key={p.id}>
                      特护期：{p.name}
                      {p.onCallLeader ? '（24小时值班）' : ''}
                    </span>
                  ))}
                </span>
                <CellFindings findings={dayFindings} />
              </th>
              {columns.map((s) => (
                <SessionCell
                  key={s}
                  {...props}
                  day={day}
                  session={s}
                  need={required(day, s, rules)}
                  here={byCell.get(cellKey(day.date, s)) ?? []}
                  cellFindings={placed.cells.get(cellKey(day.date, s)) ?? []}
                  leaders={leaders}
                />
              ))}
              {props.absences && (
                <AbsenceCell day={day} absences={props.absences} leaders={leaders} />
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface CellProps extends Props {
  day: CalendarDay;
  session: Duty;
  need: number;
  here: Assignment[];
  cellFindings: Finding[];
}

function SessionCell({
  day,
  session,
  need,
  here,
  cellFindings,
  leaders,
  editable,
  mine,
  onEdit,
  onTogglePin,
}: CellProps) {
  const severity = cellFindings.some((f) => f.severity === 'error')
    ? 'has-error'
    : cellFindings.length
      ? 'has-warning'
      : '';
  const place = `${shortDate(day.date)}${DUTY_NAMES[session]}`;
  const onCall = session === 'CALL';
  return (
    <td
      class={`session-cell ${onCall ? 'on-call' : ''} ${severity} ${need === 0 && here.length === 0 ? 'no-reception' : ''}`}
      data-session={session}
    >
      <span class="cell-label" aria-hidden="true">
        {DUTY_NAMES[session]}
      </span>
      {here.length === 0 && need === 0 && <span class="muted">{onCall ? '无值班' : '不接访'}</span>}
      {here.length === 0 && need > 0 && <span class="missing">待安排</span>}
      <ul class="chips">
        {here.map((a) => {
          const leader = leaders.get(a.leaderId);
          const name = leader?.name ?? '（未知领导）';
          return (
            <li
              key={a.id}
              class={`chip ${onCall ? 'chip-on-call' : ''} ${a.pinned ? 'pinned' : ''} ${mine === a.leaderId ? 'mine' : ''}`}
              data-assignment={a.id}
            >
              {editable ? (
                <button
                  type="button"
                  class="chip-name"
                  onClick={() => onEdit(a)}
                  aria-label={`调整 ${place} ${name}`}
                  title={leader?.title}
                >
                  {name}
                </button>
              ) : (
                <span class="chip-name" title={leader?.title}>
                  {name}
                </span>
              )}
              {editable ? (
                <button
                  type="button"
                  class="pin-button"
                  aria-pressed={a.pinned}
                  aria-label={`${a.pinned ? '取消固定' : '固定'} ${place} ${name}`}
                  title={a.pinned ? '已固定：重新求解时保留。点击取消固定' : '固定：重新求解时保留'}
                  onClick={() => onTogglePin(a)}
                >
                  {a.pinned ? '已固定' : '固定'}
                </button>
              ) : (
                a.pinned && <span class="visually-hidden">（已固定）</span>
              )}
              {a.confirmedAt && (
                <span class="chip-confirmed" title="已确认出席">
                  <span aria-hidden="true">✓</span>
                  <span class="visually-hidden">已确认出席</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {need > 1 && <span class="need">需 {need} 人</span>}
      <CellFindings findings={cellFindings} />
    </td>
  );
}

function CellFindings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="cell-findings">
      {findings.map((f, i) => (
        <li key={i} class={`finding finding-${f.severity}`}>
          <span aria-hidden="true">{f.severity === 'error' ? '✖ ' : '⚠ '}</span>
          <span class="visually-hidden">{f.severity === 'error' ? '错误：' : '提醒：'}</span>
          {stripPlace(f.message)}
        </li>
      ))}
    </ul>
  );
}
