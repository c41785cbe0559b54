import { useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type { Leader, RotationPool, Subject } from '../../api/types.js';
import { POOL_NAMES } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';

interface Props {
  leader: Leader;
  subjects: Subject[];
  onClose: () => void;
  onSaved: (l: Leader) => void;
}

const FIELD_NAMES: Record<string, string> = {
  title: '职务',
  protocolOrder: '排序',
  rotationPool: '轮值序列',
  portfolioText: '分管领域',
  minSessionsPerMonth: '每月最少',
  maxSessionsPerMonth: '每月最多',
  maxSessionsPerQuarter: '每季上限',
};

export function LeaderDialog({ leader, subjects, onClose, onSaved }: Props) {
  const [form, setForm] = useState({
    title: leader.title,
    protocolOrder: String(leader.protocolOrder),
    rotationPool: leader.rotationPool,
    portfolioText: leader.portfolioText,
    portfolioSubjects: leader.portfolioSubjects,
    minSessionsPerMonth: String(leader.minSessionsPerMonth),
    maxSessionsPerMonth: String(leader.maxSessionsPerMonth),
    maxSessionsPerQuarter:
      leader.maxSessionsPerQuarter === null ? '' : String(leader.maxSessionsPerQuarter),
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api<Leader>(`/leaders/${leader.id}`, {
        method: 'PATCH',
        body: {
          version: leader.version,
          title: form.title.trim(),
          protocolOrder: Number(form.protocolOrder),
          rotationPool: form.rotationPool,
          portfolioText: form.portfolioText,
          portfolioSubjects: form.portfolioSubjects,
          minSessionsPerMonth: Number(form.minSessionsPerMonth),
          maxSessionsPerMonth: Number(form.maxSessionsPerMonth),
          maxSessionsPerQuarter:
            form.maxSessionsPerQuarter === '' ? null : Number(form.maxSessionsPerQuarter),
        },
      });
      onSaved(saved);
    } catch (err) {
      const field = err instanceof ApiError && err.field ? FIELD_NAMES[err.field] : undefined;
      setError(field ? `${field}：${errorText(err)}` : errorText(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={`编辑领导：${leader.name}`} onClose={onClose} wide>
      <form onSubmit={submit} class="form-grid two-col">
        {error && <Alert kind="error">{error}</Alert>}
        <label class="field">
          <span>职务</span>
          <input required maxLength={200} value={form.title} onInput={set('title')} />
        </label>
        <label class="field">
          <span>排序（按礼宾顺序，数字小在前）</span>
          <input
            type="number"
            min={0}
            max={10000}
            required
            value={form.protocolOrder}
            onInput={set('protocolOrder')}
          />
        </label>
        <label class="field">
          <span>轮值序列</span>
          <select
            value={form.rotationPool}
            onChange={(e) =>
              setForm({ ...form, rotationPool: e.currentTarget.value as RotationPool })
            }
          >
            {(Object.keys(POOL_NAMES) as RotationPool[]).map((p) => (
              <option key={p} value={p}>
                {POOL_NAMES[p]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>分管领域（公告显示）</span>
          <input maxLength={500} value={form.portfolioText} onInput={set('portfolioText')} />
        </label>
        <label class="field">
          <span>每月最少坐班次数</span>
          <input
            type="number"
            min={0}
            max={62}
            required
            value={form.minSessionsPerMonth}
            onInput={set('minSessionsPerMonth')}
          />
        </label>
        <label class="field">
          <span>每月最多坐班次数</span>
          <input
            type="number"
            min={0}
            max={62}
            required
            value={form.maxSessionsPerMonth}
            onInput={set('maxSessionsPerMonth')}
          />
        </label>
        <label class="field">
          <span>每季最多坐班次数（空白为不限）</span>
          <input
            type="number"
            min={0}
            max={186}
            value={form.maxSessionsPerQuarter}
            onInput={set('maxSessionsPerQuarter')}
          />
        </label>
        <fieldset class="field span-2">
          <legend>分管事项（用于重点约访匹配）</legend>
          <div class="checkbox-grid">
            {subjects.map((s) => (
              <label key={s.code} class="checkbox">
                <input
                  type="checkbox"
                  checked={form.portfolioSubjects.includes(s.code)}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      portfolioSubjects: e.currentTarget.checked
                        ? [...form.portfolioSubjects, s.code]
                        : form.portfolioSubjects.filter((c) => c !== s.code),
                    })
                  }
                />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
        <div class="actions span-2">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? '正在保存…' : '保存'}
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Dialog>
  );
}
