import { useState } from 'preact/hooks';
import type { Appointment, Department, Leader, MatchOutcome } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { chinaTime } from '../../dates.js';
import { isoWeekday, monthName, SESSION_NAMES, shortDate, weekdayName } from '../../labels.js';
import { Alert, Loading, Panel } from '../../ui/common.js';
import { PostponeDialog, ReassignDialog } from './appointment-dialogs.js';
import { isActionable, isHeld } from './appointment-state.js';
import { APPOINTMENT_STATUS_NAMES, UNMATCHED_NAMES } from './case-labels.js';
import { RiskBadge } from './risk-badge.js';
import { useAppointments } from './use-appointments.js';
import { ReceptionDialog } from './reception-dialogs.js';
import { MonthField, NamedButton } from '../../ui/form.js';
import { DataTable } from '../../ui/table.js';

interface Props {
  month: string;
  onMonth: (month: string) => void;
  leaders: Map<string, Leader>;
  subjectNames: Map<string, string>;
  departments: Department[];
  refresh: number;
  /** Called after a decision or a matching run, so the case list reloads too. */
  onChanged: () => void;
}

type Open = { kind: 'reassign' | 'postpone' | 'reception'; appointment: Appointment } | null;

/** 约访匹配: run the matching for a month, review proposals (accept / reassign / postpone). */
export function AppointmentsPanel({
  month,
  onMonth,
  leaders,
  subjectNames,
  departments,
  refresh,
  onChanged,
}: Props) {
  const { unit } = useSigned();
  const { list, outcome, busy, message, setMessage, match, accept } = useAppointments(
    unit.id,
    month,
    refresh,
    onChanged,
  );
  const [open, setOpen] = useState<Open>(null);
  const [showOld, setShowOld] = useState(false);

  const shown = (list ?? []).filter((a) => showOld || a.status !== 'superseded');
  return (
    <Panel id="match-title" title="约访匹配">
      <div class="toolbar">
        <MonthField label="约访月份" value={month} required onMonth={(m) => m && onMonth(m)} />
        <button type="button" class="primary" disabled={busy} onClick={match}>
          {busy ? '正在匹配…' : `匹配${monthName(month)}的约访`}
        </button>
        <label class="field inline">
          <input
            type="checkbox"
            checked={showOld}
            onChange={(e) => setShowOld(e.currentTarget.checked)}
          />
          <span>显示已被取代的建议</span>
        </label>
      </div>
      <p class="muted small">
        按已发布的排班，为待匹配案件安排分管领导在截止日期前的坐班场次；风险高、时间紧的案件优先。
      </p>
      {message && (
        <Alert kind={message.kind} onDismiss={() => setMessage(null)}>
          {message.text}
        </Alert>
      )}
      {outcome && outcome.unmatched.length > 0 && <UnmatchedTable outcome={outcome} />}
      {!list && <Loading />}
      {list && shown.length === 0 && <p>{monthName(month)}还没有约访安排。</p>}
      {shown.length > 0 && (
        <DataTable
          class="appointment-table"
          caption={`${monthName(month)}的约访`}
          columns={['案件编号', '分类', '风险', '接访领导', '场次', '状态', '操作']}
        >
          {shown.map((a) => (
            <AppointmentRow
              key={a.id}
              appointment={a}
              leader={leaders.get(a.leaderId)?.name ?? '（未知领导）'}
              subject={subjectNames.get(a.subjectCode) ?? a.subjectCode}
              onOpen={(kind) => setOpen({ kind, appointment: a })}
              onAccept={() => accept(a)}
            />
          ))}
        </DataTable>
      )}
      {open && (
        <AppointmentDialog
          open={open}
          leaders={leaders}
          departments={departments}
          onClose={() => setOpen(null)}
          onDone={(text) => {
            setOpen(null);
            setMessage({ kind: 'success', text });
            onChanged();
          }}
        />
      )}
    </Panel>
  );
}

/** The cases the matching could not place, and why. */
function UnmatchedTable({ outcome }: { outcome: MatchOutcome }) {
  return (
    <DataTable
      class="unmatched-table"
      caption={`未能匹配的案件（${outcome.unmatched.length} 件）`}
      columns={['案件编号', '原因', '说明']}
    >
      {outcome.unmatched.map((u) => (
        <tr key={u.caseId}>
          <th scope="row">{u.caseReference}</th>
          <td>{UNMATCHED_NAMES[u.reason] ?? u.reason}</td>
          <td>{u.message}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One appointment with what the clerk may do with it now. */
function AppointmentRow(props: {
  appointment: Appointment;
  leader: string;
  subject: string;
  onOpen: (kind: NonNullable<Open>['kind']) => void;
  onAccept: () => void;
}) {
  const a = props.appointment;
  return (
    <tr data-appointment={a.id}>
      <th scope="row">{a.caseReference}</th>
      <td>{props.subject}</td>
      <td>
        <RiskBadge risk={a.risk} />
      </td>
      <td>{props.leader}</td>
      <td>
        {shortDate(a.date)}（{weekdayName(isoWeekday(a.date))}）{SESSION_NAMES[a.session]}
        {a.slotStart && ` ${a.slotStart}–${a.slotEnd}`}
      </td>
      <td>
        {APPOINTMENT_STATUS_NAMES[a.status] ?? a.status}
        {a.flagged && <div class="count-warning">需重新确认</div>}
        {a.note && <div class="muted small">{a.note}</div>}
      </td>
      <td>
        {isActionable(a) && (
          <div class="row-actions">
            {isHeld(a, chinaTime()) && (
              <NamedButton
                name={`登记 ${a.caseReference} 的接访结果`}
                onClick={() => props.onOpen('reception')}
              >
                登记接访…
              </NamedButton>
            )}
            {a.status === 'proposed' && (
              <NamedButton name={`接受 ${a.caseReference} 的约访建议`} onClick={props.onAccept}>
                接受
              </NamedButton>
            )}
            <NamedButton name={`改派 ${a.caseReference}`} onClick={() => props.onOpen('reassign')}>
              改派…
            </NamedButton>
            <NamedButton name={`暂缓 ${a.caseReference}`} onClick={() => props.onOpen('postpone')}>
              暂缓…
            </NamedButton>
          </div>
        )}
      </td>
    </tr>
  );
}

/** The dialog of the action picked on a row. */
function AppointmentDialog(props: {
  open: NonNullable<Open>;
  leaders: Map<string, Leader>;
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const common = {
    appointment: props.open.appointment,
    leaders: props.leaders,
    onClose: props.onClose,
    onDone: props.onDone,
  };
  if (props.open.kind === 'reception') {
    return <ReceptionDialog {...common} departments={props.departments} />;
  }
  return props.open.kind === 'reassign' ? (
    <ReassignDialog {...common} />
  ) : (
    <PostponeDialog {...common} />
  );
}
