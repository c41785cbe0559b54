import { useState } from 'preact/hooks';
import { api, fieldErrorText } from '../../api/client.js';
import type { Unit } from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { InputField } from '../../ui/form.js';

const FIELD_NAMES: Record<string, string> = {
  issuingOffice: '落款',
  deadlineRollsToWorkingDay: '办理期限遇节假日顺延',
};

/** 本单位设置: the notice's 落款 and whether handling deadlines roll past rest days. */
export function UnitSettingsForm({ unit }: { unit: Unit }) {
  const [saved, setSaved] = useState(unit);
  const [issuingOffice, setIssuingOffice] = useState(unit.issuingOffice);
  const [rolls, setRolls] = useState(unit.deadlineRollsToWorkingDay);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const next = await api<Unit>(`/units/${unit.id}`, {
        method: 'PATCH',
        body: { issuingOffice: issuingOffice.trim(), deadlineRollsToWorkingDay: rolls },
      });
      setSaved(next);
      setIssuingOffice(next.issuingOffice);
      setRolls(next.deadlineRollsToWorkingDay);
      setMessage({ kind: 'success', text: '已保存本单位设置。' });
    } catch (err) {
      setMessage({ kind: 'error', text: fieldErrorText(err, FIELD_NAMES) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="unit-settings" aria-labelledby="unit-settings-title">
      <h2 id="unit-settings-title">本单位设置</h2>
      <form onSubmit={submit} class="form-grid two-col">
        {message && (
          <Alert kind={message.kind} onDismiss={() => setMessage(null)}>
            {message.text}
          </Alert>
        )}
        <InputField
          label="落款（接访日程公告末尾的发文机关，多个机关用空格分隔）"
          class="span-2"
          name="issuingOffice"
          maxLength={200}
          value={issuingOffice}
          placeholder={`例如：中共${saved.name}委办公室 ${saved.name}人民政府办公室`}
          onInput={(e) => setIssuingOffice(e.currentTarget.value)}
        />
        <label class="checkbox span-2">
          <input
            type="checkbox"
            name="deadlineRollsToWorkingDay"
            checked={rolls}
            onChange={(e) => setRolls(e.currentTarget.checked)}
          />
          办理期限遇节假日顺延（期限最后一日是周末或法定节假日的，顺延至其后第一个工作日，依据《民法典》第二百零三条）
        </label>
        <div class="actions span-2">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? '正在保存…' : '保存设置'}
          </button>
        </div>
      </form>
    </section>
  );
}
