import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Appointment, Leader, PriorityCase } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { SESSION_NAMES, shortDate, weekdayName, isoWeekday } from '../../labels.js';
import { Alert, Loading } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { ReasonDialog } from '../../ui/reason-dialog.js';
import { publishedSessions, type PublishedSession } from './published-sessions.js';
import { Field, FormActions } from '../../ui/form.js';

interface Props {
  appointment: Appointment;
  leaders: Map<string, Leader>;
  onClose: () => void;
  onDone: (text: string) => void;
}

const sessionText = (s: { date: string; session: 'AM' | 'PM' }) =>
  `${shortDate(s.date)}（${weekdayName(isoWeekday(s.date))}）${SESSION_NAMES[s.session]}`;

/** Leaders who may receive the case: 涉法涉诉 → 政法 in the portfolio, else the case's subject. */
function eligible(c: PriorityCase, leader: Leader | undefined): boolean {
  if (!leader || !leader.active) return false;
  const subject = c.routing === 'politics_law' ? 'politics_law' : c.subjectCode;
  return leader.portfolioSubjects.includes(subject);
}

/** 改派: another published session of an eligible leader before the case's deadline. */
export function ReassignDialog({ appointment: a, leaders, onClose, onDone }: Props) {
  const { unit } = useSigned();
  const [options, setOptions] = useState<PublishedSession[] | null>(null);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([
      api<PriorityCase>(`/priority-cases/${a.caseId}`),
      publishedSessions(unit.id, a.month),
    ])
      .then(([c, sessions]) =>
        setOptions(
          sessions.filter(
            (s) =>
              eligible(c, leaders.get(s.leaderId)) &&
              (!c.receiveBefore || s.date < c.receiveBefore) &&
              !(s.date === a.date && s.session === a.session && s.leaderId === a.leaderId),
          ),
        ),
      )
      .catch((err: unknown) => setError(errorText(err)));
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const target = options?.[Number(choice)];
    if (!target) {
      setError('请选择新的场次');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api<Appointment>(`/appointments/${a.id}/reassign`, {
        method: 'POST',
        body: { version: a.version, ...target },
      });
      onDone(
        `已将 ${a.caseReference} 改派到 ${sessionText(target)}（${leaders.get(target.leaderId)?.name ?? ''}），待确认。`,
      );
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`改派约访：${a.caseReference}`} onClose={onClose}>
      <form onSubmit={submit}>
        <p>
          当前：{sessionText(a)}，{leaders.get(a.leaderId)?.name ?? '（未知领导）'}
        </p>
        {error && <Alert kind="error">{error}</Alert>}
        {!options && !error && <Loading text="正在查找已发布的场次…" />}
        {options && options.length === 0 && (
          <Alert kind="info">本月已发布的排班中，截止日期前没有其他分管领导的场次可以改派。</Alert>
        )}
        {options && options.length > 0 && (
          <Field label="新的场次（已发布排班中分管领导的场次）">
            <select required value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
              <option value="">请选择…</option>
              {options.map((s, i) => (
                <option key={i} value={String(i)}>
                  {sessionText(s)} · {leaders.get(s.leaderId)?.name ?? s.leaderId}
                </option>
              ))}
            </select>
          </Field>
        )}
        <FormActions submit="改派" busy={busy} disabled={!options?.length} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** 暂缓: the case goes back to the pool for a later month, with the reason. */
export function PostponeDialog({ appointment: a, onClose, onDone }: Props) {
  return (
    <ReasonDialog
      title={`暂缓约访：${a.caseReference}`}
      intro="暂缓后案件回到待匹配状态，可在以后的月份重新匹配。"
      label="暂缓原因"
      submitLabel="暂缓"
      run={async (reason) => {
        await api<Appointment>(`/appointments/${a.id}/postpone`, {
          method: 'POST',
          body: { version: a.version, reason },
        });
        return `已暂缓 ${a.caseReference}，案件回到待匹配。`;
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
