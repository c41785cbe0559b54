import type { Department, Leader, RiskLevel, Subject } from '../../api/types.js';
import { CheckGrid, Field, InputField, NameOptions } from '../../ui/form.js';
import { FLAG_KEYS } from './case-form.js';
import { FLAG_NAMES, RISK_NAMES, SUBMITTER_NAMES } from './case-labels.js';
import type { CaseEdit } from './use-case-edit.js';

interface Props {
  edit: CaseEdit;
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
}

/** The submission's fields of 修改案件 (the petitioners are edited apart). */
export function CaseEditFields({ edit, leaders, subjects, departments }: Props) {
  const { form, update } = edit;
  const text = (k: 'reference' | 'batch' | 'subcategory' | 'locality' | 'summary') => ({
    value: form[k],
    onInput: (e: Event) => update({ [k]: (e.currentTarget as HTMLInputElement).value }),
  });
  const number = (k: 'groupSize' | 'repeatCount' | 'backlogYears') => ({
    type: 'number' as const,
    value: form[k],
    onInput: (e: Event) => update({ [k]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <>
      <InputField label="案件编号" required maxLength={64} {...text('reference')} />
      <InputField
        label="提交单位（提交时确定，如需变更请管理员办理移交）"
        readOnly
        value={SUBMITTER_NAMES[form.submittedBy] ?? form.submittedBy}
      />
      <InputField label="批次" maxLength={100} {...text('batch')} />
      <Field label="信访事项分类">
        <select
          value={form.subjectCode}
          onChange={(e) => update({ subjectCode: e.currentTarget.value })}
        >
          {subjects.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
              {s.restricted ? '（不公开安排）' : ''}
            </option>
          ))}
        </select>
      </Field>
      <InputField label="二级分类" maxLength={100} {...text('subcategory')} />
      <InputField label="问题属地" maxLength={100} {...text('locality')} />
      <Field label="简要案情（不含检举控告材料）" class="span-2">
        <textarea required rows={3} maxLength={2000} {...text('summary')} />
      </Field>
      <Field label="风险等级">
        <select
          value={form.risk}
          onChange={(e) => update({ risk: e.currentTarget.value as RiskLevel })}
        >
          <NameOptions names={RISK_NAMES} />
        </select>
      </Field>
      <InputField label="涉及人数" min={1} required {...number('groupSize')} />
      <InputField label="重复信访次数" min={0} {...number('repeatCount')} />
      <InputField label="积案年数（0 表示非积案）" min={0} {...number('backlogYears')} />
      <InputField
        label="约访截止日期（检举控告类可不填）"
        type="date"
        value={form.receiveBefore}
        onInput={(e) => update({ receiveBefore: e.currentTarget.value })}
      />
      <Field label="原包案领导">
        <select
          value={form.previousLeaderId}
          onChange={(e) => update({ previousLeaderId: e.currentTarget.value })}
        >
          <option value="">（无）</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}（{l.code}）{l.active ? '' : '（已离任）'}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="field span-2">
        <legend>情形</legend>
        <CheckGrid
          class="checkbox-grid"
          items={FLAG_KEYS.map((k) => ({ key: k, label: FLAG_NAMES[k] }))}
          picked={FLAG_KEYS.filter((k) => form.flags[k])}
          onPicked={(on) =>
            update({
              flags: Object.fromEntries(
                FLAG_KEYS.map((k) => [k, on.includes(k)]),
              ) as typeof form.flags,
            })
          }
        />
      </fieldset>
      <fieldset class="field span-2">
        <legend>须参加的部门（匹配时另邀请分类对应的部门）</legend>
        <CheckGrid
          class="checkbox-grid"
          items={departments.map((d) => ({ key: d.id, label: d.name }))}
          picked={form.departmentIds}
          onPicked={(departmentIds) => update({ departmentIds })}
        />
      </fieldset>
    </>
  );
}
