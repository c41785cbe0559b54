import { useState } from 'preact/hooks';
import { api, fieldErrorText } from '../../api/client.js';
import type { Unit } from '../../api/types.js';
import { Alert, Note } from '../../ui/common.js';
import { CheckboxField, InputField } from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';

const FIELD_NAMES: Record<string, string> = {
  issuingOffice: '落款',
  deadlineRollsToWorkingDay: '办理期限遇节假日顺延',
};

/** 本单位设置: the notice's 落款 and whether handling deadlines roll past rest days. */
export function UnitSettingsForm({ unit }: { unit: Unit }) {
  const [saved, setSaved] = useState(unit);
  const [note, setNote] = useState<string | null>(null);
  const { form, named, checkbox, update, error, setError, busy, submitting } = useForm(
    {
      issuingOffice: unit.issuingOffice,
      deadlineRollsToWorkingDay: unit.deadlineRollsToWorkingDay,
    },
    { staysOpen: true },
  );

  const submit = submitting(
    async () => {
      setNote(null);
      const next = await api<Unit>(`/units/${unit.id}`, {
        method: 'PATCH',
        body: {
          issuingOffice: form.issuingOffice.trim(),
          deadlineRollsToWorkingDay: form.deadlineRollsToWorkingDay,
        },
      });
      setSaved(next);
      update({
        issuingOffice: next.issuingOffice,
        deadlineRollsToWorkingDay: next.deadlineRollsToWorkingDay,
      });
      setNote('已保存本单位设置。');
    },
    (err) => fieldErrorText(err, FIELD_NAMES),
  );

  return (
    <section class="unit-settings" aria-labelledby="unit-settings-title">
      <h2 id="unit-settings-title">本单位设置</h2>
      <form onSubmit={submit} class="form-grid two-col">
        {error && (
          <Alert kind="error" onDismiss={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Note text={note} onDismiss={() => setNote(null)} />
        <InputField
          label="落款（接访日程公告末尾的发文机关，多个机关用空格分隔）"
          class="span-2"
          maxLength={200}
          placeholder={`例如：中共${saved.name}委办公室 ${saved.name}人民政府办公室`}
          {...named('issuingOffice')}
        />
        <CheckboxField
          class="span-2"
          name="deadlineRollsToWorkingDay"
          label="办理期限遇节假日顺延（期限最后一日是周末或法定节假日的，顺延至其后第一个工作日，依据《民法典》第二百零三条）"
          {...checkbox('deadlineRollsToWorkingDay')}
        />
        <div class="actions span-2">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? '正在保存…' : '保存设置'}
          </button>
        </div>
      </form>
    </section>
  );
}
