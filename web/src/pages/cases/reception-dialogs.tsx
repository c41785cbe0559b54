import { api, ApiError, errorText } from '../../api/client.js';
import type {
  ReceptionRecordSaved,
  Appointment,
  Department,
  ReceptionOutcome,
  ReceptionRecord,
} from '../../api/types.js';
import { dueDateText, SESSION_NAMES, shortDate } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { ReasonDialog } from '../../ui/reason-dialog.js';
import { OUTCOME_NAMES } from './case-labels.js';
import {
  IdOptions,
  FormActions,
  InputField,
  RadioRow,
  SelectField,
  TextAreaField,
} from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';

/** Matters passed on (交办, 转送) run the 60-day handling clock and need a handling department. */
const PASSED_ON: ReceptionOutcome[] = ['assigned', 'transferred'];

const FIELD_NAMES: Record<string, string> = {
  persons: '接待人次',
  batches: '批次',
  outcome: '处理结果',
  handlingDepartmentId: '承办部门',
  note: '备注',
};

/** 登记接访: what happened at a reception that took place. */
export function ReceptionDialog({
  appointment: a,
  departments,
  onClose,
  onDone,
}: {
  appointment: Appointment;
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { form, field, choice, update, error, setError, busy, submitting } = useForm({
    persons: String(Math.min(a.groupSize, 5)),
    batches: '1',
    outcome: 'resolved' as ReceptionOutcome,
    departmentId: a.departmentIds[0] ?? '',
    note: '',
  });
  const passedOn = PASSED_ON.includes(form.outcome);

  const save = submitting(
    async () => {
      const saved = await api<ReceptionRecordSaved>(`/appointments/${a.id}/reception`, {
        method: 'POST',
        body: {
          persons: Number(form.persons),
          batches: Number(form.batches),
          outcome: form.outcome,
          handlingDepartmentId: passedOn ? form.departmentId : null,
          note: form.note.trim() || null,
        },
      });
      onDone(
        `已登记 ${a.caseReference} 的接访结果（${OUTCOME_NAMES[form.outcome]}）` +
          (saved.dueDate
            ? `，办理期限 ${dueDateText(saved.dueDate, saved.nominalDueDate)}。`
            : '。'),
      );
    },
    (err) => {
      const field = err instanceof ApiError && err.field ? FIELD_NAMES[err.field] : undefined;
      return field ? `${field}：${errorText(err)}` : errorText(err);
    },
  );
  const submit = (e: Event) => {
    if (!passedOn || form.departmentId) return save(e);
    e.preventDefault();
    setError('交办或转送须选择承办部门');
  };

  return (
    <Dialog title={`登记接访：${a.caseReference}`} onClose={onClose}>
      <form onSubmit={submit}>
        <p>
          {shortDate(a.date)}
          {SESSION_NAMES[a.session]}
          {a.slotStart && ` ${a.slotStart}–${a.slotEnd}`}。交办、转送的事项自接访之日起 60
          日内办结，可延期一次（30 日）。
        </p>
        {error && <Alert kind="error">{error}</Alert>}
        <div class="inline-fields">
          <InputField label="接待人次" type="number" min={1} required {...field('persons')} />
          <InputField label="批次" type="number" min={1} required {...field('batches')} />
        </div>
        <fieldset class="field">
          <legend>处理结果</legend>
          <RadioRow
            name="outcome"
            names={OUTCOME_NAMES}
            value={form.outcome}
            onValue={(outcome) => update({ outcome })}
          />
        </fieldset>
        {passedOn && (
          <SelectField label="承办部门" required {...choice('departmentId')}>
            <option value="">请选择…</option>
            <IdOptions items={departments} />
          </SelectField>
        )}
        <TextAreaField
          label="备注（不填写信访人个人信息）"
          maxLength={1000}
          rows={2}
          {...field('note')}
        />
        <FormActions submit="登记" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** 延期: the handling deadline moves once by 30 days, with the reason. */
export function ExtendDialog({
  record: r,
  onClose,
  onDone,
}: {
  record: ReceptionRecord;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  return (
    <ReasonDialog
      title={`延长办理期限：${r.caseReference}`}
      intro={`当前办理期限 ${r.dueDate ? dueDateText(r.dueDate, r.nominalDueDate) : '—'}。延期只能一次，最多 30 日，须说明理由。`}
      label="延期原因"
      submitLabel="延期 30 日"
      run={async (reason) => {
        const saved = await api<ReceptionRecordSaved>(`/reception-records/${r.id}/extend`, {
          method: 'POST',
          body: { reason },
        });
        return `${r.caseReference} 的办理期限已延至 ${saved.dueDate ? dueDateText(saved.dueDate, saved.nominalDueDate) : '—'}。`;
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
