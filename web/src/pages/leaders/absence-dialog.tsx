import { useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type { Availability, Leader, Session, UnavailableReason } from '../../api/types.js';
import { REASON_NAMES } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { Field, FormActions, InputField } from '../../ui/form.js';
import { NoteField, ReasonField } from './reason-field.js';

interface Props {
  unitId: string;
  leaders: Leader[];
  /** Leaders ticked when the dialog opens (e.g. the one whose row was clicked). */
  initial?: string[];
  /** First date offered (the month on screen). */
  defaultFrom: string;
  onClose: () => void;
  onSaved: (message: string) => void | Promise<void>;
}

interface PasteError {
  row: number;
  column: number;
  message: string;
}

const PASTE_EXAMPLE =
  '林海峰\t2027-01-10\t2027-01-20\t出差\n周文清、王立新\t2027-01-12 下午\t2027-01-13\t会议';

/**
 * 登记外出/请假: a trip or leave from a date to a date, for one leader or several, in one go; or a
 * list pasted from a spreadsheet ("领导, 开始, 结束, 原因"), saved all or nothing with every
 * problem named by line and column.
 */
export function AbsenceDialog({ unitId, leaders, initial, defaultFrom, onClose, onSaved }: Props) {
  const [mode, setMode] = useState<'range' | 'paste'>('range');
  const [picked, setPicked] = useState<string[]>(initial ?? []);
  const [from, setFrom] = useState(defaultFrom);
  const [to, setTo] = useState('');
  const [startsAt, setStartsAt] = useState<Session>('AM');
  const [endsAfter, setEndsAfter] = useState<Session>('PM');
  const [reason, setReason] = useState<UnavailableReason>('trip');
  const [note, setNote] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<PasteError[]>([]);
  const [busy, setBusy] = useState(false);
  const active = leaders.filter((l) => l.active);
  const names = (ids: string[]) =>
    ids.map((id) => leaders.find((l) => l.id === id)?.name ?? '').join('、');

  const run = async (send: () => Promise<Availability[]>, done: (n: number) => string) => {
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      const saved = await send();
      await onSaved(done(saved.length));
    } catch (err) {
      setError(errorText(err));
      if (err instanceof ApiError && Array.isArray(err.body.errors)) {
        setProblems(err.body.errors as PasteError[]);
      }
      setBusy(false);
    }
  };

  const submitRange = (e: Event) => {
    e.preventDefault();
    if (picked.length === 0) {
      setError('请至少选择一位领导');
      return;
    }
    const end = to || from;
    void run(
      () =>
        api<Availability[]>(`/units/${unitId}/absences`, {
          method: 'POST',
          body: {
            absences: [
              { leaderIds: picked, from, to: end, startsAt, endsAfter, reason, note: note.trim() },
            ],
          },
        }),
      () => `已登记 ${names(picked)} ${from} 至 ${end} ${REASON_NAMES[reason]}。`,
    );
  };

  const submitPaste = (e: Event) => {
    e.preventDefault();
    void run(
      () =>
        api<Availability[]>(`/units/${unitId}/absences/paste`, {
          method: 'POST',
          body: { text },
        }),
      (n) => `已按名单登记 ${n} 个领导·日（半天计为一项）。`,
    );
  };

  return (
    <Dialog title="登记外出/请假" onClose={onClose} wide>
      <div class="tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'range'}
          onClick={() => setMode('range')}
        >
          按日期段
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={mode === 'paste'}
          onClick={() => setMode('paste')}
        >
          粘贴名单
        </button>
      </div>
      {error && (
        <Alert kind="error">
          <p>{error}</p>
          {problems.length > 1 && (
            <ul class="paste-problems">
              {problems.map((p) => (
                <li key={`${p.row}-${p.column}`}>{p.message}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {mode === 'range' && (
        <form onSubmit={submitRange} class="form-grid absence-form">
          <fieldset class="field leader-picks">
            <legend>领导（可多选）</legend>
            <div class="check-grid">
              {active.map((l) => (
                <label key={l.id} class="checkbox">
                  <input
                    type="checkbox"
                    checked={picked.includes(l.id)}
                    onChange={(e) =>
                      setPicked((p) =>
                        e.currentTarget.checked ? [...p, l.id] : p.filter((x) => x !== l.id),
                      )
                    }
                  />
                  {l.name}
                </label>
              ))}
            </div>
          </fieldset>
          <div class="range-row">
            <InputField
              label="开始日期"
              type="date"
              required
              name="from"
              value={from}
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
            <Field label="从">
              <select
                name="startsAt"
                value={startsAt}
                onChange={(e) => setStartsAt(e.currentTarget.value as Session)}
              >
                <option value="AM">上午起</option>
                <option value="PM">下午起</option>
              </select>
            </Field>
            <InputField
              label="结束日期"
              type="date"
              name="to"
              min={from}
              value={to}
              placeholder="同开始日期"
              onInput={(e) => setTo(e.currentTarget.value)}
            />
            <Field label="到">
              <select
                name="endsAfter"
                value={endsAfter}
                onChange={(e) => setEndsAfter(e.currentTarget.value as Session)}
              >
                <option value="PM">下午止（全天）</option>
                <option value="AM">上午止</option>
              </select>
            </Field>
          </div>
          <ReasonField name="reason" value={reason} onValue={setReason} />
          <NoteField value={note} onValue={setNote} />
          <p class="muted small">
            登记后这些日期排班时一定避开；只登记半天时选择“下午起”或“上午止”。
          </p>
          <FormActions submit="登记" busy={busy} onCancel={onClose} />
        </form>
      )}
      {mode === 'paste' && (
        <form onSubmit={submitPaste} class="form-grid">
          <label class="field">
            <span>
              每行一条：领导、开始日期、结束日期、原因（出差/会议/请假/其他），可从表格直接复制；
              多位领导用“、”分隔，日期后可写“上午”“下午”。全部无误才会登记。
            </span>
            <textarea
              name="paste"
              rows={8}
              required
              placeholder={PASTE_EXAMPLE}
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </label>
          <FormActions submit="按名单登记" busy={busy} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
