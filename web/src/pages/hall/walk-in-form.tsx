import { useState } from 'preact/hooks';
import { api, fieldErrorText } from '../../api/client.js';
import type { Department, Subject, WalkIn } from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { OUTCOME_NAMES, SESSION_NAMES } from './hall-types.js';
import { Field, InputField, Radios } from '../../ui/form.js';
import { PublicSubjectOptions } from '../cases/subject-options.js';

interface Person {
  name: string;
  phone: string;
  idNumber: string;
}

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
  const [leaderId, setLeaderId] = useState(props.leaders[0]?.id ?? '');
  const [persons, setPersons] = useState('1');
  const [people, setPeople] = useState<Person[]>([{ name: '', phone: '', idNumber: '' }]);
  const [subject, setSubject] = useState(props.subjects.find((s) => !s.restricted)?.name ?? '');
  const [locality, setLocality] = useState('');
  const [summary, setSummary] = useState('');
  const [demands, setDemands] = useState('');
  const [outcome, setOutcome] = useState<keyof typeof OUTCOME_NAMES>('resolved');
  const [department, setDepartment] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setPerson = (i: number, key: keyof Person, value: string) =>
    setPeople(people.map((p, k) => (k === i ? { ...p, [key]: value } : p)));

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api<WalkIn>(`/units/${props.unitId}/walk-ins`, {
        method: 'POST',
        body: {
          date: props.date,
          session: props.session,
          leaderId,
          persons: Number(persons),
          petitioners: people.map((p) => ({
            name: p.name,
            phone: p.phone || null,
            idNumber: p.idNumber,
          })),
          subject,
          locality: locality || null,
          summary,
          demands,
          outcome,
          handlingDepartmentId: department || null,
          followUp: followUp || null,
        },
      });
      props.onSaved(saved.reference);
    } catch (err) {
      setError(fieldErrorText(err, LABELS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`来访登记：${props.date} ${SESSION_NAMES[props.session]}`}
      onClose={props.onClose}
      wide
    >
      <form onSubmit={submit} class="form-grid two-col">
        {error && <Alert kind="error">{error}</Alert>}
        <Field label="接待领导">
          <select value={leaderId} onChange={(e) => setLeaderId(e.currentTarget.value)}>
            {props.leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </Field>
        <InputField
          label="来访人数"
          type="number"
          min={1}
          required
          value={persons}
          onInput={(e) => setPersons(e.currentTarget.value)}
        />
        {people.map((p, i) => (
          <fieldset key={i} class="span-2 person-row">
            <legend>{i === 0 ? '信访人（主访人）' : `代表 ${i + 1}`}</legend>
            <InputField
              label="姓名"
              required
              value={p.name}
              onInput={(e) => setPerson(i, 'name', e.currentTarget.value)}
            />
            <InputField
              label="联系电话"
              value={p.phone}
              onInput={(e) => setPerson(i, 'phone', e.currentTarget.value)}
            />
            <InputField
              label="身份证号"
              required
              value={p.idNumber}
              onInput={(e) => setPerson(i, 'idNumber', e.currentTarget.value)}
            />
          </fieldset>
        ))}
        <div class="span-2 actions">
          <button
            type="button"
            disabled={people.length >= 5}
            onClick={() => setPeople([...people, { name: '', phone: '', idNumber: '' }])}
          >
            增加代表（集体访最多 5 名）
          </button>
        </div>
        <Field label="事项分类">
          <select value={subject} onChange={(e) => setSubject(e.currentTarget.value)}>
            <PublicSubjectOptions subjects={props.subjects} />
          </select>
        </Field>
        <InputField
          label="属地"
          value={locality}
          onInput={(e) => setLocality(e.currentTarget.value)}
        />
        <Field label="反映事项" class="span-2">
          <textarea required value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
        </Field>
        <Field label="诉求" class="span-2">
          <textarea required value={demands} onInput={(e) => setDemands(e.currentTarget.value)} />
        </Field>
        <fieldset class="span-2">
          <legend>处理方式</legend>
          <Radios
            name="outcome"
            labelClass="checkbox"
            names={OUTCOME_NAMES}
            value={outcome}
            onValue={setOutcome}
          />
        </fieldset>
        <Field label="承办部门">
          <select value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            <option value="">（无）</option>
            {props.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <InputField
          label="后续安排"
          value={followUp}
          onInput={(e) => setFollowUp(e.currentTarget.value)}
        />
        <div class="span-2 actions">
          <button type="submit" class="primary" disabled={busy}>
            登记
          </button>
          <button type="button" onClick={props.onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
