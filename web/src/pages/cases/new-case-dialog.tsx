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
import {
  CheckGrid,
  FormActions,
  InputField,
  NameOptions,
  SelectField,
  TextAreaField,
} from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';
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
  const { form, named, choice, error, busy, submitting } = useForm(EMPTY);
  const [flags, setFlags] = useState<CaseFlags>(flagsOf([]));
  const [picked, setPicked] = useState<string[]>([]);
  const [problems, setProblems] = useState<RowError[]>([]);
  // The form is taller than the dialog: bring a refusal into sight.
  const errorBox = useScrollIntoView<HTMLDivElement>(error, [problems]);

  const submit = submitting(
    async () => {
      setProblems([]);
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
    },
    (err) => {
      const rows = invalidRows(err);
      setProblems(rows);
      return rows.length ? '未保存，请修改以下各项：' : errorText(err);
    },
  );

  return (
    <Dialog title="录入单个案件" onClose={onClose} wide>
      <div ref={errorBox} />
      {error && <RowProblems error={error} problems={problems} />}
      <form onSubmit={submit} class="form-grid new-case-form">
        <InputField label="案件编号" required maxLength={64} {...named('reference')} />
        <SelectField label="信访事项分类" name="subject" required {...choice('subject')}>
          <option value="">请选择</option>
          <PublicSubjectOptions subjects={subjects} />
        </SelectField>
        <TextAreaField
          label="简要案情"
          class="wide-field"
          required
          rows={3}
          maxLength={2000}
          {...named('summary')}
        />
        <SelectField label="风险等级" name="risk" {...choice('risk')}>
          <NameOptions names={RISK_NAMES} />
        </SelectField>
        <InputField label="涉及人数" type="number" min={1} required {...named('groupSize')} />
        <InputField label="信访人姓名" required maxLength={50} {...named('name')} />
        <InputField label="信访人电话（选填）" maxLength={20} {...named('phone')} />
        <InputField label="信访人身份证号" required maxLength={18} {...named('idNumber')} />
        <InputField label="约访截止日期" type="date" {...named('receiveBefore')} />
        <SelectField label="原包案领导（选填）" name="previousLeader" {...choice('previousLeader')}>
          <option value="">无</option>
          {leaders
            .filter((l) => l.active)
            .map((l) => (
              <option key={l.id} value={l.code}>
                {l.name}
              </option>
            ))}
        </SelectField>
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
