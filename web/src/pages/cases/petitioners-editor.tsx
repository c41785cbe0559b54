import { Loading } from '../../ui/common.js';
import { InputField, NamedButton } from '../../ui/form.js';
import { rowField } from '../../ui/use-form.js';
import { EMPTY_PERSON, MAX_PETITIONERS, personText, type PersonForm } from './case-form.js';
import type { CaseEdit } from './use-case-edit.js';

/**
 * 信访人 of 修改案件: masked as stored until the clerk asks to change them, which loads them in
 * full (an audited read); then one row per representative.
 */
export function PetitionersEditor({ edit }: { edit: CaseEdit }) {
  const { people, setPeople } = edit;
  return (
    <fieldset class="field span-2">
      <legend>信访人（最多 {MAX_PETITIONERS} 名代表）</legend>
      {!people && (
        <>
          <ul>
            {edit.base.petitioners.map((p) => (
              <li key={p.position}>{personText(p)}</li>
            ))}
          </ul>
          {edit.loadingPeople ? (
            <Loading text="正在载入完整的信访人信息…" />
          ) : (
            <button type="button" onClick={edit.editPeople}>
              修改信访人（载入完整信息，记入审计日志）
            </button>
          )}
        </>
      )}
      {people && (
        <>
          {people.map((p, i) => {
            const bind = (k: keyof PersonForm) => rowField(people, setPeople, i, k);
            return (
              <div key={i} class="inline-fields person-row">
                <InputField
                  label={`信访人${i + 1}姓名`}
                  required
                  maxLength={50}
                  {...bind('name')}
                />
                <InputField label="电话" maxLength={30} {...bind('phone')} />
                <InputField label="身份证号" required maxLength={40} {...bind('idNumber')} />
                <NamedButton
                  class="link-button danger"
                  name={`删除信访人${i + 1}`}
                  disabled={people.length === 1}
                  onClick={() => setPeople(people.filter((_, j) => j !== i))}
                >
                  删除
                </NamedButton>
              </div>
            );
          })}
          <div class="actions">
            <button
              type="button"
              disabled={people.length >= MAX_PETITIONERS}
              onClick={() => setPeople([...people, { ...EMPTY_PERSON }])}
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
  );
}
