import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  DutyConsequences,
  DutySubstitutes,
  AppointmentImpact,
  Assignment,
  DutyRequest,
  Finding,
  Leader,
  LeaveReason,
  SubstituteOption,
} from '../../api/types.js';
import { DUTY_NAMES, shortDate } from '../../labels.js';
import { Alert, FindingList, Loading } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { FormActions, InputField, NameOptions, SelectField } from '../../ui/form.js';
import { LeaderOptions } from '../../ui/leader-options.js';

export const LEAVE_REASON_NAMES: Record<LeaveReason, string> = {
  meeting: '会议',
  trip: '出差',
  official: '公务',
  other: '其他',
};

/** What giving the duty to a leader of the clerk's choosing would break. */
interface OtherFindings {
  consequences: Finding[];
  appointments: AppointmentImpact;
}

const dutyName = (d: { date: string; session: Assignment['session'] }) =>
  `${shortDate(d.date)}${DUTY_NAMES[d.session]}`;

/** 重点约访 on the duty: those that stay with the new leader, and those that must move. */
function Impact({ impact }: { impact: AppointmentImpact }) {
  if (impact.stay.length === 0 && impact.move.length === 0) return null;
  return (
    <ul class="appointment-impact">
      {impact.stay.length > 0 && <li>约访保留：{impact.stay.map((a) => a.caseCode).join('、')}</li>}
      {impact.move.map((m) => (
        <li key={m.caseCode}>
          约访需改期：{m.caseCode}，
          {m.next
            ? `最早可安排在 ${dutyName(m.next)} ${m.next.leaderName}`
            : '截止日期前没有可安排的场次'}
        </li>
      ))}
    </ul>
  );
}

/** The reason fields both requests share. */
function ReasonFields(props: {
  kind: LeaveReason;
  text: string;
  onKind: (k: LeaveReason) => void;
  onText: (t: string) => void;
}) {
  return (
    <>
      <SelectField
        label="原因"
        name="reasonKind"
        value={props.kind}
        onChange={(e) => props.onKind(e.currentTarget.value as LeaveReason)}
      >
        <NameOptions names={LEAVE_REASON_NAMES} />
      </SelectField>
      <InputField
        label="说明（选填）"
        name="reasonText"
        maxLength={200}
        value={props.text}
        onInput={(e) => props.onText(e.currentTarget.value)}
      />
    </>
  );
}

/**
 * 请假 or 换班 for one of the leader's published duties: a swap names another leader's duty of
 * the month, which that leader must accept before 两办 decide.
 */
export function RequestDialog(props: {
  kind: 'leave' | 'swap';
  duty: Assignment;
  others: Assignment[];
  leaders: Map<string, Leader>;
  onDone: (r: DutyRequest) => void;
  onClose: () => void;
}) {
  const { kind, duty } = props;
  const [reasonKind, setReasonKind] = useState<LeaveReason>('meeting');
  const [reasonText, setReasonText] = useState('');
  const [other, setOther] = useState(props.others[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await api<DutyRequest>('/duty-requests', {
        method: 'POST',
        body: {
          kind,
          assignmentId: duty.id,
          reasonKind,
          ...(reasonText.trim() ? { reasonText: reasonText.trim() } : {}),
          ...(kind === 'swap' ? { otherAssignmentId: other } : {}),
        },
      });
      props.onDone(r);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={`${kind === 'leave' ? '请假' : '换班'}：${dutyName(duty)}`}
      onClose={props.onClose}
    >
      <form onSubmit={submit} class="form-grid">
        {error && <Alert kind="error">{error}</Alert>}
        {kind === 'swap' && (
          <SelectField
            label="换到对方的班次（须对方同意）"
            name="otherAssignmentId"
            value={other}
            onChange={(e) => setOther(e.currentTarget.value)}
          >
            {props.others.map((a) => (
              <option key={a.id} value={a.id}>
                {dutyName(a)} {props.leaders.get(a.leaderId)?.name ?? ''}
              </option>
            ))}
          </SelectField>
        )}
        <ReasonFields
          kind={reasonKind}
          text={reasonText}
          onKind={setReasonKind}
          onText={setReasonText}
        />
        <p class="muted small">
          {kind === 'leave'
            ? '提交后由两办审批并安排代班领导；批准后发布新版班表并通知相关人员。'
            : '提交后先由对方领导（或秘书）同意，再由两办审批。'}
        </p>
        <FormActions
          submit="提交申请"
          busyText="正在提交…"
          busy={busy}
          disabled={kind === 'swap' && !other}
          onCancel={props.onClose}
        />
      </form>
    </Dialog>
  );
}

/**
 * 两办 decide a request. A leave: up to 3 substitutes proposed by the least-change re-solve, each
 * with what it breaks, or any other leader with the same consequences shown before approving.
 */
export function ApproveDialog(props: {
  request: DutyRequest;
  leaders: Leader[];
  onDone: (r: DutyRequest) => void;
  onClose: () => void;
}) {
  const { request } = props;
  const leave = request.kind === 'leave';
  const [options, setOptions] = useState<SubstituteOption[] | null>(leave ? null : []);
  const [pick, setPick] = useState('');
  const [other, setOther] = useState('');
  const [otherFindings, setOtherFindings] = useState<OtherFindings | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!leave) return;
    api<DutySubstitutes>(`/duty-requests/${request.id}/substitutes`)
      .then((res) => {
        setOptions(res.options);
        setPick(res.options[0]?.leaderId ?? '');
      })
      .catch((err: unknown) => {
        setOptions([]);
        setError(errorText(err));
      });
  }, [request.id]);

  useEffect(() => {
    setOtherFindings(null);
    if (!other) return;
    api<DutyConsequences>(
      `/rosters/${request.rosterId}/assignments/${request.assignmentId}/consequences?leaderId=${other}`,
    )
      .then((res) => setOtherFindings(res))
      .catch((err: unknown) => setError(errorText(err)));
  }, [other]);

  const decide = async (action: 'approve' | 'refuse') => {
    setBusy(true);
    setError(null);
    try {
      const body =
        action === 'approve'
          ? leave
            ? { substituteLeaderId: pick === 'other' ? other : pick }
            : {}
          : note.trim()
            ? { note: note.trim() }
            : {};
      props.onDone(
        await api<DutyRequest>(`/duty-requests/${request.id}/${action}`, { method: 'POST', body }),
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const title = leave
    ? `审批请假：${request.leaderName} ${dutyName(request)}`
    : `审批换班：${request.leaderName} ${dutyName(request)} ⇄ ${request.otherLeaderName} ${dutyName({ date: request.otherDate!, session: request.otherSession! })}`;
  return (
    <Dialog title={title} onClose={props.onClose} wide>
      {error && <Alert kind="error">{error}</Alert>}
      <p>
        原因：{request.reasonName}
        {request.reasonText ? `（${request.reasonText}）` : ''} · 申请人：{request.requestedByName}
      </p>
      {leave && options === null && <Loading text="正在计算代班方案（尽量少改动其他安排）…" />}
      {leave && options !== null && (
        <SubstituteOptions
          options={options}
          pick={pick}
          onPick={setPick}
          other={other}
          onOther={setOther}
          otherFindings={otherFindings}
          leaders={props.leaders.filter((l) => l.active && l.id !== request.leaderId)}
        />
      )}
      <InputField
        label="不批准的说明（选填）"
        name="note"
        maxLength={200}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy || (leave && (!pick || (pick === 'other' && !other)))}
          onClick={() => void decide('approve')}
        >
          {busy ? '正在发布…' : '批准并发布新版'}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('refuse')}>
          不批准
        </button>
        <button type="button" onClick={props.onClose}>
          取消
        </button>
      </div>
    </Dialog>
  );
}

/** 代班领导: the proposed substitutes, or any other leader with what choosing them breaks. */
function SubstituteOptions(props: {
  options: SubstituteOption[];
  pick: string;
  onPick: (pick: string) => void;
  other: string;
  onOther: (leaderId: string) => void;
  otherFindings: OtherFindings | null;
  leaders: Leader[];
}) {
  const { options, pick, other, otherFindings } = props;
  return (
    <fieldset class="field substitute-options">
      <legend>代班领导</legend>
      {options.map((o, i) => (
        <label key={o.leaderId} class="radio substitute-option">
          <input
            type="radio"
            name="substitute"
            value={o.leaderId}
            checked={pick === o.leaderId}
            onChange={() => props.onPick(o.leaderId)}
          />
          方案{i + 1}：{o.name}
          {o.consequences.length === 0 ? '（不违反任何规则）' : ''}
          <FindingList findings={o.consequences} />
          <Impact impact={o.appointments} />
        </label>
      ))}
      <label class="radio">
        <input
          type="radio"
          name="substitute"
          value="other"
          checked={pick === 'other'}
          onChange={() => props.onPick('other')}
        />
        其他领导：
        <select
          name="otherLeader"
          value={other}
          onChange={(e) => {
            props.onOther(e.currentTarget.value);
            props.onPick('other');
          }}
        >
          <option value="">（请选择）</option>
          <LeaderOptions leaders={props.leaders} />
        </select>
      </label>
      {pick === 'other' && otherFindings !== null && (
        <div class="muted">
          {otherFindings.consequences.length === 0 ? (
            '不违反任何规则。'
          ) : (
            <FindingList findings={otherFindings.consequences} />
          )}
          <Impact impact={otherFindings.appointments} />
        </div>
      )}
    </fieldset>
  );
}
