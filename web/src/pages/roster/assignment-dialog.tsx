import type { Assignment, CalendarDay, Duty, Leader, Roster, Session } from '../../api/types.js';
import { DUTY_NAMES, SESSION_NAMES, shortDate, weekdayName } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { CandidateList, useCandidates } from './replace-candidates.js';
import { useForm } from '../../ui/use-form.js';
import { CheckboxField, FormActions, InputField, RadioRow, SelectField } from '../../ui/form.js';

export interface AssignmentEdit {
  date?: string;
  session?: Session;
  leaderId?: string;
  pinned?: boolean;
  reason?: string;
}

interface Props {
  roster: Roster;
  assignment: Assignment;
  days: CalendarDay[];
  leaders: Leader[];
  error: string | null;
  busy: boolean;
  onSave: (edit: AssignmentEdit) => void;
  onClose: () => void;
}

/** Move a duty to another date/session, give it to another leader, pin it. */
export function AssignmentDialog({
  roster,
  assignment,
  days,
  leaders,
  error,
  busy,
  onSave,
  onClose,
}: Props) {
  const { form, choice, named, checkbox, update } = useForm({
    date: assignment.date,
    session: assignment.session as Duty,
    leaderId: assignment.leaderId,
    pinned: assignment.pinned,
    reason: '',
  });
  const { date, session, leaderId, pinned, reason } = form;
  // An on-call duty stays one (another day or leader); a session moves between sessions.
  const onCall = assignment.session === 'CALL';
  const choices = onCall ? days.filter((d) => d.periods.some((p) => p.onCallLeader)) : days;
  const needsReason = roster.publishedVersion > 0;
  const current = leaders.find((l) => l.id === assignment.leaderId);
  const { candidates, error: candidatesError } = useCandidates(roster, assignment, leaders);
  const impossible = new Map(
    (candidates ?? [])
      .filter((c) => !c.possible)
      .map((c) => [c.leader.id, c.consequences.find((f) => f.severity === 'error')?.message]),
  );

  const submit = (e: Event) => {
    e.preventDefault();
    const edit: AssignmentEdit = {};
    if (date !== assignment.date) edit.date = date;
    if (session !== assignment.session && session !== 'CALL') edit.session = session;
    if (leaderId !== assignment.leaderId) edit.leaderId = leaderId;
    if (pinned !== assignment.pinned) edit.pinned = pinned;
    if (reason.trim()) edit.reason = reason.trim();
    onSave(edit);
  };

  return (
    <Dialog
      title={`调整 ${shortDate(assignment.date)}${DUTY_NAMES[assignment.session]} · ${current?.name ?? ''}`}
      onClose={onClose}
    >
      <form onSubmit={submit} class="form-grid">
        {error && <Alert kind="error">{error}</Alert>}
        <SelectField label="接访领导（替换）" {...choice('leaderId')} name="leaderId">
          {leaders
            .filter((l) => l.active || l.id === assignment.leaderId)
            .map((l) => (
              <option key={l.id} value={l.id} disabled={impossible.has(l.id)}>
                {l.name}（{l.title}）
                {impossible.has(l.id) ? ` — 不可选：${impossible.get(l.id)}` : ''}
              </option>
            ))}
        </SelectField>
        <CandidateList
          candidates={candidates}
          error={candidatesError}
          value={leaderId}
          current={assignment.leaderId}
          onPick={(id) => update({ leaderId: id })}
        />
        <SelectField label="日期（移动）" {...choice('date')} name="date">
          {choices.map((d) => (
            <option key={d.date} value={d.date}>
              {shortDate(d.date)} {weekdayName(d.weekday)}
              {d.working ? '' : '（休息日）'}
            </option>
          ))}
        </SelectField>
        {!onCall && (
          <fieldset class="field">
            <legend>场次</legend>
            <RadioRow
              name="session"
              names={SESSION_NAMES}
              value={session === 'CALL' ? null : session}
              onValue={(s) => update({ session: s })}
            />
          </fieldset>
        )}
        <CheckboxField name="pinned" label="固定此安排（重新求解时保留）" {...checkbox('pinned')} />
        <InputField
          label={`调整原因${needsReason ? '（已发布的班表必须填写）' : '（选填）'}`}
          required={needsReason}
          maxLength={500}
          {...named('reason')}
        />
        <FormActions submit="保存调整" busyText="正在保存…" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
