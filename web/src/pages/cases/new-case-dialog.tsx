import { useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  CaseFlags,
  Department,
  Leader,
  RiskLevel,
  RowError,
  Subject,
} from '../../api/types.js';
import { Dialog } from '../../ui/dialog.js';
import { CheckGrid, Field, FormActions, InputField, NameOptions } from '../../ui/form.js';
import { useScrollIntoView } from '../../ui/use-scroll-into-view.js';
import { FLAG_KEYS, invalidRows } from './case-form.js';
import { FLAG_NAMES, RISK_NAMES } from './case-labels.js';
import { RowProblems } from './row-problems.js';
import { PublicSubjectOptions } from './subject-options.js';

interface Props {
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}

/** The flags with those named set. */
const flagsOf = (on: string[]) =>
  Object.fromEntries(FLAG_KEYS.map((k) => [k, on.includes(k)])) as CaseFlags;

const EMPTY = {
  reference: '',
  subject: '',
  summary: '',
  risk: 'yellow' as RiskLevel,
  groupSize: '1',
  name: '',
  phone: '',
  idNumber: '',
  receiveBefore: '',
  previousLeader: '',
};

/**
 * 录入单个案件: one case typed on the page instead of a spreadsheet, with the same checks as the
 * import. Categories, departments and leaders are picked from lists, so the names are right.
 */
export function NewCaseDialog({ leaders, subjects, departments, onClose, onDone }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [flags, setFlags] = useState<CaseFlags>(flagsOf([]));
  const [picked, setPicked] = useState<string[]>([]);
  const [problems, setProblems] = useState<RowError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The form is taller than the dialog: bring a refusal into sight.
  const errorBox = useScrollIntoView<HTMLDivElement>(error, [problems]);
  const set = (k: keyof typeof EMPTY) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      await api('/priority-cases', {
        method: 'POST',
        body: [
          {
            reference: form.reference.trim(),
            subject: form.subject,
            summary: form.summary.trim(),
            risk: RISK_NAMES[form.risk],
            groupSize: Number(form.groupSize),
            petitioners: [
              {
                name: form.name.trim(),
                phone: form.phone.trim() || null,
                idNumber: form.idNumber.trim(),
              },
            ],
            flags,
            receiveBefore: form.receiveBefore || null,
            previousLeader: form.previousLeader || null,
            departments: picked,
          },
        ],
      });
      onDone(`已录入案件 ${form.reference.trim()}。`);
    } catch (err) {
      const rows = invalidRows(err);
      setProblems(rows);
      setError(rows.length ? '未保存，请修改以下各项：' : errorText(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="录入单个案件" onClose={onClose} wide>
      <div ref={errorBox} />
      {error && <RowProblems error={error} problems={problems} />}
      <form onSubmit={submit} class="form-grid new-case-form">
        <InputField
          label="案件编号"
          name="reference"
          required
          maxLength={64}
          value={form.reference}
          onInput={set('reference')}
        />
        <Field label="信访事项分类">
          <select name="subject" required value={form.subject} onChange={set('subject')}>
            <option value="">请选择</option>
            <PublicSubjectOptions subjects={subjects} />
          </select>
        </Field>
        <Field label="简要案情" class="wide-field">
          <textarea
            name="summary"
            required
            rows={3}
            maxLength={2000}
            value={form.summary}
            onInput={set('summary')}
          />
        </Field>
        <Field label="风险等级">
          <select name="risk" value={form.risk} onChange={set('risk')}>
            <NameOptions names={RISK_NAMES} />
          </select>
        </Field>
        <InputField
          label="涉及人数"
          name="groupSize"
          type="number"
          min={1}
          required
          value={form.groupSize}
          onInput={set('groupSize')}
        />
        <InputField
          label="信访人姓名"
          name="name"
          required
          maxLength={50}
          value={form.name}
          onInput={set('name')}
        />
        <InputField
          label="信访人电话（选填）"
          name="phone"
          maxLength={20}
          value={form.phone}
          onInput={set('phone')}
        />
        <InputField
          label="信访人身份证号"
          name="idNumber"
          required
          maxLength={18}
          value={form.idNumber}
          onInput={set('idNumber')}
        />
        <InputField
          label="约访截止日期"
          name="receiveBefore"
          type="date"
          value={form.receiveBefore}
          onInput={set('receiveBefore')}
        />
        <Field label="原包案领导（选填）">
          <select
            name="previousLeader"
            value={form.previousLeader}
            onChange={set('previousLeader')}
          >
            <option value="">无</option>
            {leaders
              .filter((l) => l.active)
              .map((l) => (
                <option key={l.id} value={l.code}>
                  {l.name}
                </option>
              ))}
          </select>
        </Field>
        <fieldset class="field wide-field">
          <legend>情形</legend>
          <CheckGrid
            items={FLAG_KEYS.map((k) => ({ key: k, label: FLAG_NAMES[k].replace(/（.*）/, '') }))}
            picked={FLAG_KEYS.filter((k) => flags[k])}
            onPicked={(on) => setFlags(flagsOf(on))}
          />
        </fieldset>
        <fieldset class="field wide-field">
          <legend>参加部门（选填）</legend>
          <CheckGrid
            class="check-grid departments-grid"
            items={departments.map((d) => ({ key: d.name, label: d.name }))}
            picked={picked}
            onPicked={setPicked}
          />
        </fieldset>
        <FormActions class="wide-field" submit="录入" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
