import { useState } from 'preact/hooks';
import { api, fieldErrorText } from '../../api/client.js';
import type { Department, Subject, WalkIn } from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { OUTCOME_NAMES, SESSION_NAMES } from './hall-types.js';
import {
  FormActions,
  IdOptions,
  InputField,
  Radios,
  SelectField,
  TextAreaField,
} from '../../ui/form.js';
import { rowField, useForm } from '../../ui/use-form.js';
import { PublicSubjectOptions } from '../cases/subject-options.js';

interface Person {
  name: string;
  phone: string;
  idNumber: string;
}

const NO_ONE: Person = { name: '', phone: '', idNumber: '' };

const LABELS: Record<string, string> = {
  leaderId: '接待领导',
  persons: '来访人数',
  petitioners: '信访人',
  subject: '事项分类',
  locality: '属地',
  summary: '反映事项',
  demands: '诉求',
  outcome: '处理方式',
  handlingDepartmentId: '承办部门',
  followUp: '后续安排',
  date: '日期',
};

/** 来访登记: one walk-in batch received by a leader who sat the session. */
export function WalkInForm(props: {
  unitId: string;
  date: string;
  session: 'AM' | 'PM';
  leaders: Array<{ id: string; name: string }>;
  subjects: Subject[];
  departments: Department[];
  onClose: () => void;
  onSaved: (reference: string) => void;
}) {
  const { form, field, choice, update, error, busy, submitting } = useForm({
    leaderId: props.leaders[0]?.id ?? '',
    persons: '1',
    subject: props.subjects.find((s) => !s.restricted)?.name ?? '',
    locality: '',
    summary: '',
    demands: '',
    outcome: 'resolved' as keyof typeof OUTCOME_NAMES,
    department: '',
    followUp: '',
  });
  const [people, setPeople] = useState<Person[]>([{ ...NO_ONE }]);
  const person = (i: number, key: keyof Person) => rowField(people, setPeople, i, key);

  const submit = submitting(
    async () => {
      const saved = await api<WalkIn>(`/units/${props.unitId}/walk-ins`, {
        method: 'POST',
        body: {
          date: props.date,
          session: props.session,
          leaderId: form.leaderId,
          persons: Number(form.persons),
          petitioners: people.map((p) => ({
            name: p.name,
            phone: p.phone || null,
            idNumber: p.idNumber,
          })),
          subject: form.subject,
          locality: form.locality || null,
          summary: form.summary,
          demands: form.demands,
          outcome: form.outcome,
          handlingDepartmentId: form.department || null,
          followUp: form.followUp || null,
        },
      });
      props.onSaved(saved.reference);
    },
    (err) => fieldErrorText(err, LABELS),
  );

  return (
    <Dialog
      title={`来访登记：${props.date} ${SESSION_NAMES[props.session]}`}
      onClose={props.onClose}
      wide
    >
      <form onSubmit={submit} class="form-grid two-col">
        {error && <Alert kind="error">{error}</Alert>}
        <SelectField label="接待领导" {...choice('leaderId')}>
          <IdOptions items={props.leaders} />
        </SelectField>
        <InputField label="来访人数" type="number" min={1} required {...field('persons')} />
        {people.map((p, i) => (
          <fieldset key={i} class="span-2 person-row">
            <legend>{i === 0 ? '信访人（主访人）' : `代表 ${i + 1}`}</legend>
            <InputField label="姓名" required {...person(i, 'name')} />
            <InputField label="联系电话" {...person(i, 'phone')} />
            <InputField label="身份证号" required {...person(i, 'idNumber')} />
          </fieldset>
        ))}
        <div class="span-2 actions">
          <button
            type="button"
            disabled={people.length >= 5}
            onClick={() => setPeople([...people, { ...NO_ONE }])}
          >
            增加代表（集体访最多 5 名）
          </button>
        </div>
        <SelectField label="事项分类" {...choice('subject')}>
          <PublicSubjectOptions subjects={props.subjects} />
        </SelectField>
        <InputField label="属地" {...field('locality')} />
        <TextAreaField label="反映事项" class="span-2" required {...field('summary')} />
        <TextAreaField label="诉求" class="span-2" required {...field('demands')} />
        <fieldset class="span-2">
          <legend>处理方式</legend>
          <Radios
            name="outcome"
            labelClass="checkbox"
            names={OUTCOME_NAMES}
            value={form.outcome}
            onValue={(outcome) => update({ outcome })}
          />
        </fieldset>
        <SelectField label="承办部门" {...choice('department')}>
          <option value="">（无）</option>
          <IdOptions items={props.departments} />
        </SelectField>
        <InputField label="后续安排" {...field('followUp')} />
        <FormActions class="span-2" submit="登记" busy={busy} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
