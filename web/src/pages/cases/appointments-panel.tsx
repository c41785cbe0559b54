import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Appointment, Department, Leader, MatchOutcome } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { chinaTime } from '../../dates.js';
import { isoWeekday, monthName, SESSION_NAMES, shortDate, weekdayName } from '../../labels.js';
import { Alert, Loading } from '../../ui/common.js';
import { PostponeDialog, ReassignDialog } from './appointment-dialogs.js';
import { APPOINTMENT_STATUS_NAMES, RISK_NAMES, UNMATCHED_NAMES } from './case-labels.js';
import { ReceptionDialog } from './reception-dialogs.js';
import { InputField } from '../../ui/form.js';
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
  const [list, setList] = useState<Appointment[] | null>(null);
  const [outcome, setOutcome] = useState<MatchOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [showOld, setShowOld] = useState(false);

  useEffect(() => {
    setList(null);
    api<Appointment[]>(`/units/${unit.id}/appointments?month=${month}`)
      .then(setList)
      .catch((err: unknown) => setMessage({ kind: 'error', text: errorText(err) }));
  }, [month, refresh]);

  useEffect(() => setOutcome(null), [month]);

  const match = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await api<MatchOutcome>(`/units/${unit.id}/appointments/match`, {
        method: 'POST',
        body: { month },
      });
      setOutcome(result);
      setMessage({
        kind: 'success',
        text: `匹配完成：${result.proposals.length} 件案件有约访建议，${result.unmatched.length} 件未能匹配。`,
      });
      onChanged();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const accept = async (a: Appointment) => {
    setMessage(null);
    try {
      const done = await api<Appointment>(`/appointments/${a.id}/accept`, {
        method: 'POST',
        body: { version: a.version },
      });
      setMessage({
        kind: 'success',
        text: `已确认 ${a.caseReference}：${shortDate(done.date)} ${done.slotStart ?? ''}–${done.slotEnd ?? ''}。`,
      });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
    onChanged();
  };

  const shown = (list ?? []).filter((a) => showOld || a.status !== 'superseded');
  return (
    <section class="panel" aria-labelledby="match-title">
      <h2 id="match-title">约访匹配</h2>
      <div class="toolbar">
        <InputField
          label="约访月份"
          class="inline"
          type="month"
          value={month}
          required
          onChange={(e) => e.currentTarget.value && onMonth(e.currentTarget.value)}
        />
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
      {outcome && outcome.unmatched.length > 0 && (
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
      )}
      {!list && <Loading />}
      {list && shown.length === 0 && <p>{monthName(month)}还没有约访安排。</p>}
      {shown.length > 0 && (
        <DataTable
          class="appointment-table"
          caption={`${monthName(month)}的约访`}
          columns={['案件编号', '分类', '风险', '接访领导', '场次', '状态', '操作']}
        >
          {shown.map((a) => {
            const leader = leaders.get(a.leaderId)?.name ?? '（未知领导）';
            const actionable = a.status === 'proposed' || a.status === 'scheduled';
            // A reception is recorded once its time slot has begun (Beijing time).
            const held =
              a.status === 'scheduled' && `${a.date}T${a.slotStart ?? '00:00'}` <= chinaTime();
            return (
              <tr key={a.id} data-appointment={a.id}>
                <th scope="row">{a.caseReference}</th>
                <td>{subjectNames.get(a.subjectCode) ?? a.subjectCode}</td>
                <td>
                  <span class={`risk risk-${a.risk}`}>{RISK_NAMES[a.risk] ?? a.risk}</span>
                </td>
                <td>{leader}</td>
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
                  {actionable && (
                    <div class="row-actions">
                      {held && (
                        <button
                          type="button"
                          aria-label={`登记 ${a.caseReference} 的接访结果`}
                          onClick={() => setOpen({ kind: 'reception', appointment: a })}
                        >
                          登记接访…
                        </button>
                      )}
                      {a.status === 'proposed' && (
                        <button
                          type="button"
                          aria-label={`接受 ${a.caseReference} 的约访建议`}
                          onClick={() => accept(a)}
                        >
                          接受
                        </button>
                      )}
                      <button
                        type="button"
                        aria-label={`改派 ${a.caseReference}`}
                        onClick={() => setOpen({ kind: 'reassign', appointment: a })}
                      >
                        改派…
                      </button>
                      <button
                        type="button"
                        aria-label={`暂缓 ${a.caseReference}`}
                        onClick={() => setOpen({ kind: 'postpone', appointment: a })}
                      >
                        暂缓…
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {open &&
        (() => {
          const props = {
            appointment: open.appointment,
            leaders,
            onClose: () => setOpen(null),
            onDone: (text: string) => {
              setOpen(null);
              setMessage({ kind: 'success', text });
              onChanged();
            },
          };
          if (open.kind === 'reception') {
            return <ReceptionDialog {...props} departments={departments} />;
          }
          return open.kind === 'reassign' ? (
            <ReassignDialog {...props} />
          ) : (
            <PostponeDialog {...props} />
          );
        })()}
    </section>
  );
}
