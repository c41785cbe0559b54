import { useState } from 'preact/hooks';
import { api, fieldErrorText } from '../../api/client.js';
import type { Leader, LeaderRank, RotationPool, Subject } from '../../api/types.js';
import { POOL_NAMES, RANK_NAMES, RANKS } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';

interface Props {
  leader: Leader;
  /** The unit's reception venue, the default when the leader has none of their own. */
  unitVenue: string;
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
  minSessionsPerQuarter: '每季度最少',
  rank: '级别',
  venue: '接访地点',
  publicReception: '公开接访',
};

export function LeaderDialog({ leader, unitVenue, subjects, onClose, onSaved }: Props) {
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
    minSessionsPerQuarter:
      leader.minSessionsPerQuarter === null ? '' : String(leader.minSessionsPerQuarter),
    rank: leader.rank,
    venue: leader.venue ?? '',
    publicReception: leader.publicReception,
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
          minSessionsPerQuarter:
            form.minSessionsPerQuarter === '' ? null : Number(form.minSessionsPerQuarter),
          rank: form.rank,
          venue: form.venue.trim() || null,
          publicReception: form.publicReception,
        },
      });
      onSaved(saved);
    } catch (err) {
      setError(fieldErrorText(err, FIELD_NAMES));
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
          <span>级别</span>
          <select
            name="rank"
            value={form.rank}
            onChange={(e) => setForm({ ...form, rank: e.currentTarget.value as LeaderRank })}
          >
            {RANKS.map((r) => (
              <option key={r} value={r}>
                {RANK_NAMES[r]}
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
        <label class="field">
          <span>每季度最少坐班次数（空白为不限）</span>
          <input
            type="number"
            min={0}
            max={186}
            name="minSessionsPerQuarter"
            value={form.minSessionsPerQuarter}
            onInput={set('minSessionsPerQuarter')}
          />
        </label>
        <label class="field">
          <span>接访地点（空白为本单位接访场所）</span>
          <input
            maxLength={200}
            name="venue"
            placeholder={unitVenue}
            value={form.venue}
            onInput={set('venue')}
          />
        </label>
        <label class="checkbox span-2">
          <input
            type="checkbox"
            name="publicReception"
            checked={form.publicReception}
            onChange={(e) => setForm({ ...form, publicReception: e.currentTarget.checked })}
          />
          公开接访（不勾选时，其接访安排不出现在公告、一览表和单位日历中）
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
