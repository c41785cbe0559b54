import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type {
  CaseFlags,
  Department,
  Leader,
  RiskLevel,
  RowError,
  Subject,
} from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { caseFieldName, FLAG_NAMES, RISK_NAMES } from './case-labels.js';

interface Props {
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}

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
  const [flags, setFlags] = useState<CaseFlags>({
    crossLevel: false,
    beijing: false,
    threeCross: false,
    threat: false,
    lawRelated: false,
    accusation: false,
  });
  const [picked, setPicked] = useState<string[]>([]);
  const [problems, setProblems] = useState<RowError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);
  // The form is taller than the dialog: bring a refusal into sight.
  useEffect(() => {
    if (error) errorBox.current?.scrollIntoView({ block: 'start' });
  }, [error, problems]);
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
      if (err instanceof ApiError && Array.isArray(err.body.errors)) {
        setProblems(err.body.errors as RowError[]);
        setError('未保存，请修改以下各项：');
      } else setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="录入单个案件" onClose={onClose} wide>
      <div ref={errorBox} />
      {error && (
        <Alert kind="error">
          <p>{error}</p>
          {problems.length > 0 && (
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.column ? `${caseFieldName(p.column)}：` : ''}
                  {p.message}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <form onSubmit={submit} class="form-grid new-case-form">
        <label class="field">
          <span>案件编号</span>
          <input
            name="reference"
            required
            maxLength={64}
            value={form.reference}
            onInput={set('reference')}
          />
        </label>
        <label class="field">
          <span>信访事项分类</span>
          <select name="subject" required value={form.subject} onChange={set('subject')}>
            <option value="">请选择</option>
            {subjects
              .filter((s) => !s.restricted)
              .map((s) => (
                <option key={s.code} value={s.name}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
        <label class="field wide-field">
          <span>简要案情</span>
          <textarea
            name="summary"
            required
            rows={3}
            maxLength={2000}
            value={form.summary}
            onInput={set('summary')}
          />
        </label>
        <label class="field">
          <span>风险等级</span>
          <select name="risk" value={form.risk} onChange={set('risk')}>
            {(Object.keys(RISK_NAMES) as RiskLevel[]).map((r) => (
              <option key={r} value={r}>
                {RISK_NAMES[r]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>涉及人数</span>
          <input
            name="groupSize"
            type="number"
            min={1}
            required
            value={form.groupSize}
            onInput={set('groupSize')}
          />
        </label>
        <label class="field">
          <span>信访人姓名</span>
          <input name="name" required maxLength={50} value={form.name} onInput={set('name')} />
        </label>
        <label class="field">
          <span>信访人电话（选填）</span>
          <input name="phone" maxLength={20} value={form.phone} onInput={set('phone')} />
        </label>
        <label class="field">
          <span>信访人身份证号</span>
          <input
            name="idNumber"
            required
            maxLength={18}
            value={form.idNumber}
            onInput={set('idNumber')}
          />
        </label>
        <label class="field">
          <span>约访截止日期</span>
          <input
            name="receiveBefore"
            type="date"
            value={form.receiveBefore}
            onInput={set('receiveBefore')}
          />
        </label>
        <label class="field">
          <span>原包案领导（选填）</span>
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
        </label>
        <fieldset class="field wide-field">
          <legend>情形</legend>
          <div class="check-grid">
            {(Object.keys(FLAG_NAMES) as Array<keyof CaseFlags>).map((k) => (
              <label key={k} class="checkbox">
                <input
                  type="checkbox"
                  checked={flags[k]}
                  onChange={(e) => setFlags({ ...flags, [k]: e.currentTarget.checked })}
                />
                {FLAG_NAMES[k].replace(/（.*）/, '')}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field wide-field">
          <legend>参加部门（选填）</legend>
          <div class="check-grid departments-grid">
            {departments.map((d) => (
              <label key={d.id} class="checkbox">
                <input
                  type="checkbox"
                  checked={picked.includes(d.name)}
                  onChange={(e) =>
                    setPicked((p) =>
                      e.currentTarget.checked ? [...p, d.name] : p.filter((x) => x !== d.name),
                    )
                  }
                />
                {d.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="actions wide-field">
          <button type="submit" class="primary" disabled={busy}>
            录入
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
