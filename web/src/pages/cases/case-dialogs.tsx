import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type {
  CaseFlags,
  CaseUpdateResult,
  Department,
  Leader,
  PetitionerView,
  PriorityCase,
  RiskLevel,
  RowError,
  Subject,
} from '../../api/types.js';
import { Alert, Loading } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { ReasonDialog } from '../../ui/reason-dialog.js';
import { caseFieldName, FLAG_NAMES, RISK_NAMES, SUBMITTER_NAMES } from './case-labels.js';

/** 条例: at most 5 representatives of a group attend. */
const MAX_PETITIONERS = 5;

interface EditProps {
  priorityCase: PriorityCase;
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}

interface PersonForm {
  name: string;
  phone: string;
  idNumber: string;
}

function formOf(c: PriorityCase) {
  return {
    reference: c.reference,
    submittedBy: c.submittedBy,
    batch: c.batch ?? '',
    subjectCode: c.subjectCode,
    subcategory: c.subcategory ?? '',
    locality: c.locality ?? '',
    summary: c.summary,
    risk: c.risk,
    groupSize: String(c.groupSize),
    repeatCount: String(c.repeatCount),
    backlogYears: String(c.backlogYears),
    flags: { ...c.flags },
    receiveBefore: c.receiveBefore ?? '',
    previousLeaderId: c.previousLeaderId ?? '',
    departmentIds: [...c.departmentIds],
  };
}
type CaseForm = ReturnType<typeof formOf>;

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Only what changed goes to the service: it judges the edit with the submission's rules. */
function patchOf(
  c: PriorityCase,
  f: CaseForm,
  subjects: Subject[],
  people: PersonForm[] | null,
): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  if (f.reference.trim() !== c.reference) p.reference = f.reference.trim();
  if (orNull(f.batch) !== c.batch) p.batch = orNull(f.batch);
  if (f.subjectCode !== c.subjectCode) {
    // The name, not the code: the service keeps what was submitted as the visible label.
    p.subject = subjects.find((s) => s.code === f.subjectCode)?.name ?? f.subjectCode;
  }
  if (orNull(f.subcategory) !== c.subcategory) p.subcategory = orNull(f.subcategory);
  if (orNull(f.locality) !== c.locality) p.locality = orNull(f.locality);
  if (f.summary.trim() !== c.summary) p.summary = f.summary.trim();
  if (f.risk !== c.risk) p.risk = f.risk;
  for (const k of ['groupSize', 'repeatCount', 'backlogYears'] as const) {
    if (Number(f[k]) !== c[k]) p[k] = Number(f[k]);
  }
  const flags = (Object.keys(FLAG_NAMES) as Array<keyof CaseFlags>).filter(
    (k) => f.flags[k] !== c.flags[k],
  );
  if (flags.length) p.flags = Object.fromEntries(flags.map((k) => [k, f.flags[k]]));
  if (orNull(f.receiveBefore) !== c.receiveBefore) p.receiveBefore = orNull(f.receiveBefore);
  if (orNull(f.previousLeaderId) !== c.previousLeaderId) {
    p.previousLeader = orNull(f.previousLeaderId);
  }
  if (!sameIds(f.departmentIds, c.departmentIds)) p.departments = f.departmentIds;
  if (people) {
    p.petitioners = people.map((x) => ({
      name: x.name.trim(),
      phone: orNull(x.phone),
      idNumber: x.idNumber.trim(),
    }));
  }
  return p;
}

function invalidRows(err: unknown): RowError[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.body.errors)) return [];
  return err.body.errors as RowError[];
}

const personText = (p: PetitionerView) => [p.name, p.phone, p.idNumber].filter(Boolean).join(' · ');

/**
 * 修改案件: the submission's fields. Petitioners are changed only on request, after loading
 * their full data (an audited read); otherwise the stored ones stay as they are.
 */
export function CaseEditDialog({
  priorityCase,
  leaders,
  subjects,
  departments,
  onClose,
  onDone,
}: EditProps) {
  const [base, setBase] = useState(priorityCase);
  const [form, setForm] = useState(() => formOf(priorityCase));
  const [people, setPeople] = useState<PersonForm[] | null>(null);
  const [loadingPeople, setLoadingPeople] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<RowError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const errorBox = useRef<HTMLDivElement>(null);
  // The form is taller than the dialog: a refusal must not stay out of sight above the buttons.
  useEffect(() => {
    if (error) errorBox.current?.scrollIntoView({ block: 'start' });
  }, [error, problems]);
  const set = (k: keyof CaseForm) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const c = base;

  const editPeople = async () => {
    setLoadingPeople(true);
    setError(null);
    try {
      const full = await api<PriorityCase>(`/priority-cases/${c.id}?reveal=true`);
      setPeople(
        full.petitioners.map((p) => ({
          name: p.name ?? '',
          phone: p.phone ?? '',
          idNumber: p.idNumber ?? '',
        })),
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoadingPeople(false);
    }
  };

  /** After a version conflict: the newest version replaces the form (the edits are lost). */
  const reload = async () => {
    setError(null);
    setProblems([]);
    try {
      const fresh = await api<PriorityCase>(`/priority-cases/${c.id}`);
      setBase(fresh);
      setForm(formOf(fresh));
      setPeople(null);
      setConflict(false);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const patch = patchOf(c, form, subjects, people);
    if (Object.keys(patch).length === 0) {
      setError('没有修改任何内容。');
      return;
    }
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      const saved = await api<CaseUpdateResult>(`/priority-cases/${c.id}`, {
        method: 'PATCH',
        body: { version: c.version, ...patch },
      });
      const flagged = saved.appointmentEffects.filter((x) => x.action === 'flagged').length;
      const cancelled = saved.appointmentEffects.filter((x) => x.action === 'cancelled').length;
      onDone(
        `已保存案件 ${saved.reference} 的修改。` +
          (flagged ? `${flagged} 件约访已不再符合条件，退回待确认，请重新安排。` : '') +
          (cancelled ? `${cancelled} 件约访已取消（案件不再公开安排接访）。` : ''),
      );
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') {
        setConflict(true);
        setError('保存失败：该案件在您打开后已被他人修改。请载入最新内容后重新修改。');
      } else {
        const rows = invalidRows(err);
        setProblems(rows);
        setError(
          rows.length
            ? errorText(err)
            : err instanceof ApiError && err.field
              ? `${caseFieldName(err.field)}：${errorText(err)}`
              : errorText(err),
        );
      }
      setBusy(false);
    }
  };

  return (
    <Dialog title={`修改案件：${c.reference}`} onClose={onClose} wide>
      <form onSubmit={submit} class="form-grid two-col case-form">
        {error && (
          <div ref={errorBox} class="span-2">
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
              {conflict && (
                <button type="button" onClick={reload}>
                  载入最新内容
                </button>
              )}
            </Alert>
          </div>
        )}
        <label class="field">
          <span>案件编号</span>
          <input required maxLength={64} value={form.reference} onInput={set('reference')} />
        </label>
        <label class="field">
          <span>提交单位（提交时确定，如需变更请管理员办理移交）</span>
          <input readOnly value={SUBMITTER_NAMES[form.submittedBy] ?? form.submittedBy} />
        </label>
        <label class="field">
          <span>批次</span>
          <input maxLength={100} value={form.batch} onInput={set('batch')} />
        </label>
        <label class="field">
          <span>信访事项分类</span>
          <select
            value={form.subjectCode}
            onChange={(e) => setForm({ ...form, subjectCode: e.currentTarget.value })}
          >
            {subjects.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
                {s.restricted ? '（不公开安排）' : ''}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>二级分类</span>
          <input maxLength={100} value={form.subcategory} onInput={set('subcategory')} />
        </label>
        <label class="field">
          <span>问题属地</span>
          <input maxLength={100} value={form.locality} onInput={set('locality')} />
        </label>
        <label class="field span-2">
          <span>简要案情（不含检举控告材料）</span>
          <textarea
            required
            rows={3}
            maxLength={2000}
            value={form.summary}
            onInput={set('summary')}
          />
        </label>
        <label class="field">
          <span>风险等级</span>
          <select
            value={form.risk}
            onChange={(e) => setForm({ ...form, risk: e.currentTarget.value as RiskLevel })}
          >
            {(Object.keys(RISK_NAMES) as RiskLevel[]).map((r) => (
              <option key={r} value={r}>
                {RISK_NAMES[r]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>涉及人数</span>
          <input type="number" min={1} required value={form.groupSize} onInput={set('groupSize')} />
        </label>
        <label class="field">
          <span>重复信访次数</span>
          <input type="number" min={0} value={form.repeatCount} onInput={set('repeatCount')} />
        </label>
        <label class="field">
          <span>积案年数（0 表示非积案）</span>
          <input type="number" min={0} value={form.backlogYears} onInput={set('backlogYears')} />
        </label>
        <label class="field">
          <span>约访截止日期（检举控告类可不填）</span>
          <input type="date" value={form.receiveBefore} onInput={set('receiveBefore')} />
        </label>
        <label class="field">
          <span>原包案领导</span>
          <select
            value={form.previousLeaderId}
            onChange={(e) => setForm({ ...form, previousLeaderId: e.currentTarget.value })}
          >
            <option value="">（无）</option>
            {leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}（{l.code}）{l.active ? '' : '（已离任）'}
              </option>
            ))}
          </select>
        </label>
        <fieldset class="field span-2">
          <legend>情形</legend>
          <div class="checkbox-grid">
            {(Object.keys(FLAG_NAMES) as Array<keyof CaseFlags>).map((k) => (
              <label key={k} class="checkbox">
                <input
                  type="checkbox"
                  checked={form.flags[k]}
                  onChange={(e) =>
                    setForm({ ...form, flags: { ...form.flags, [k]: e.currentTarget.checked } })
                  }
                />
                {FLAG_NAMES[k]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field span-2">
          <legend>须参加的部门（匹配时另邀请分类对应的部门）</legend>
          <div class="checkbox-grid">
            {departments.map((d) => (
              <label key={d.id} class="checkbox">
                <input
                  type="checkbox"
                  checked={form.departmentIds.includes(d.id)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      departmentIds: e.currentTarget.checked
                        ? [...form.departmentIds, d.id]
                        : form.departmentIds.filter((x) => x !== d.id),
                    })
                  }
                />
                {d.name}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset class="field span-2">
          <legend>信访人（最多 {MAX_PETITIONERS} 名代表）</legend>
          {!people && (
            <>
              <ul>
                {c.petitioners.map((p) => (
                  <li key={p.position}>{personText(p)}</li>
                ))}
              </ul>
              {loadingPeople ? (
                <Loading text="正在载入完整的信访人信息…" />
              ) : (
                <button type="button" onClick={editPeople}>
                  修改信访人（载入完整信息，记入审计日志）
                </button>
              )}
            </>
          )}
          {people && (
            <>
              {people.map((p, i) => {
                const change = (k: keyof PersonForm) => (e: Event) =>
                  setPeople(
                    people.map((x, j) =>
                      j === i ? { ...x, [k]: (e.currentTarget as HTMLInputElement).value } : x,
                    ),
                  );
                return (
                  <div key={i} class="inline-fields person-row">
                    <label class="field">
                      <span>信访人{i + 1}姓名</span>
                      <input required maxLength={50} value={p.name} onInput={change('name')} />
                    </label>
                    <label class="field">
                      <span>电话</span>
                      <input maxLength={30} value={p.phone} onInput={change('phone')} />
                    </label>
                    <label class="field">
                      <span>身份证号</span>
                      <input
                        required
                        maxLength={40}
                        value={p.idNumber}
                        onInput={change('idNumber')}
                      />
                    </label>
                    <button
                      type="button"
                      class="link-button danger"
                      aria-label={`删除信访人${i + 1}`}
                      disabled={people.length === 1}
                      onClick={() => setPeople(people.filter((_, j) => j !== i))}
                    >
                      删除
                    </button>
                  </div>
                );
              })}
              <div class="actions">
                <button
                  type="button"
                  disabled={people.length >= MAX_PETITIONERS}
                  onClick={() => setPeople([...people, { name: '', phone: '', idNumber: '' }])}
                >
                  添加信访人
                </button>
                <button type="button" class="link-button" onClick={() => setPeople(null)}>
                  不修改信访人
                </button>
              </div>
            </>
          )}
        </fieldset>
        <p class="muted small span-2">
          修改分类、截止日期、涉法涉诉或须参加的部门后，已安排的约访如不再符合条件，将退回待确认并标注原因；
          改为检举控告的案件，其约访全部取消。
        </p>
        <div class="actions span-2">
          <button type="submit" class="primary" disabled={busy || conflict}>
            {busy ? '正在保存…' : '保存修改'}
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** 办结: the case is closed with a reason; its open appointments are cancelled. */
export function CloseCaseDialog({
  priorityCase: c,
  onClose,
  onDone,
}: {
  priorityCase: PriorityCase;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  return (
    <ReasonDialog
      title={`办结案件：${c.reference}`}
      intro="办结后案件不再参加匹配，尚未接待的约访将取消，办理期限提醒停止。办结后不能再修改。"
      label="办结原因"
      submitLabel="办结"
      run={async (reason) => {
        await api<PriorityCase>(`/priority-cases/${c.id}/close`, {
          method: 'POST',
          body: { reason },
        });
        return `案件 ${c.reference} 已办结。`;
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
