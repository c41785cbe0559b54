import { useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type { Availability, Leader, Session, UnavailableReason } from '../../api/types.js';
import { REASON_NAMES } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import {
  CheckGrid,
  FormActions,
  InputField,
  NameOptions,
  SelectField,
  Tabs,
  TextAreaField,
} from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';
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

const MODE_NAMES = { range: '按日期段', paste: '粘贴名单' };
const FROM_NAMES: Record<Session, string> = { AM: '上午起', PM: '下午起' };
const UNTIL_NAMES: Record<Session, string> = { PM: '下午止（全天）', AM: '上午止' };
const PASTE_HELP =
  '每行一条：领导、开始日期、结束日期、原因（出差/会议/请假/其他），可从表格直接复制； ' +
  '多位领导用“、”分隔，日期后可写“上午”“下午”。全部无误才会登记。';

/**
 * 登记外出/请假: a trip or leave from a date to a date, for one leader or several, in one go; or a
 * list pasted from a spreadsheet ("领导, 开始, 结束, 原因"), saved all or nothing with every
 * problem named by line and column.
 */
export function AbsenceDialog({ unitId, leaders, initial, defaultFrom, onClose, onSaved }: Props) {
  const [mode, setMode] = useState<keyof typeof MODE_NAMES>('range');
  const [picked, setPicked] = useState<string[]>(initial ?? []);
  const [problems, setProblems] = useState<PasteError[]>([]);
  const { form, field, named, choice, update, error, setError, busy, submitting } = useForm({
    from: defaultFrom,
    to: '',
    startsAt: 'AM' as Session,
    endsAfter: 'PM' as Session,
    reason: 'trip' as UnavailableReason,
    note: '',
    text: '',
  });
  const names = (ids: string[]) =>
    ids.map((id) => leaders.find((l) => l.id === id)?.name ?? '').join('、');

  /** Saves what `send` sends; a refused list names each of its problems. */
  const run = (send: () => Promise<Availability[]>, done: (n: number) => string) =>
    submitting(
      async () => {
        setProblems([]);
        await onSaved(done((await send()).length));
      },
      (err) => {
        if (err instanceof ApiError && Array.isArray(err.body.errors)) {
          setProblems(err.body.errors as PasteError[]);
        }
        return errorText(err);
      },
    );

  const end = form.to || form.from;
  const saveRange = run(
    () =>
      api<Availability[]>(`/units/${unitId}/absences`, {
        method: 'POST',
        body: {
          absences: [
            {
              leaderIds: picked,
              from: form.from,
              to: end,
              startsAt: form.startsAt,
              endsAfter: form.endsAfter,
              reason: form.reason,
              note: form.note.trim(),
            },
          ],
        },
      }),
    () => `已登记 ${names(picked)} ${form.from} 至 ${end} ${REASON_NAMES[form.reason]}。`,
  );
  const submitRange = (e: Event) => {
    if (picked.length > 0) return saveRange(e);
    e.preventDefault();
    setError('请至少选择一位领导');
  };
  const submitPaste = run(
    () =>
      api<Availability[]>(`/units/${unitId}/absences/paste`, {
        method: 'POST',
        body: { text: form.text },
      }),
    (n) => `已按名单登记 ${n} 个领导·日（半天计为一项）。`,
  );

  return (
    <Dialog title="登记外出/请假" onClose={onClose} wide>
      <Tabs names={MODE_NAMES} value={mode} onValue={setMode} />
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
            <CheckGrid
              items={leaders.filter((l) => l.active).map((l) => ({ key: l.id, label: l.name }))}
              picked={picked}
              onPicked={setPicked}
            />
          </fieldset>
          <div class="range-row">
            <InputField label="开始日期" type="date" required {...named('from')} />
            <SelectField label="从" name="startsAt" {...choice('startsAt')}>
              <NameOptions names={FROM_NAMES} />
            </SelectField>
            <InputField
              label="结束日期"
              type="date"
              min={form.from}
              placeholder="同开始日期"
              {...named('to')}
            />
            <SelectField label="到" name="endsAfter" {...choice('endsAfter')}>
              <NameOptions names={UNTIL_NAMES} />
            </SelectField>
          </div>
          <ReasonField name="reason" value={form.reason} onValue={(reason) => update({ reason })} />
          <NoteField value={form.note} onValue={(note) => update({ note })} />
          <p class="muted small">
            登记后这些日期排班时一定避开；只登记半天时选择“下午起”或“上午止”。
          </p>
          <FormActions submit="登记" busy={busy} onCancel={onClose} />
        </form>
      )}
      {mode === 'paste' && (
        <form onSubmit={submitPaste} class="form-grid">
          <TextAreaField
            label={PASTE_HELP}
            name="paste"
            rows={8}
            required
            placeholder={PASTE_EXAMPLE}
            {...field('text')}
          />
          <FormActions submit="按名单登记" busy={busy} onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
