import { api, fieldErrorText } from '../../api/client.js';
import type { Leader, Subject } from '../../api/types.js';
import { POOL_NAMES, RANK_NAMES } from '../../labels.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import {
  CheckboxField,
  CheckGrid,
  InputField,
  NameOptions,
  SaveActions,
  SelectField,
} from '../../ui/form.js';
import { optionalNumber, optionalText } from '../../ui/form-values.js';
import { useForm } from '../../ui/use-form.js';

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
  const { form, field, choice, checkbox, number, update, error, busy, submitting } = useForm({
    title: leader.title,
    protocolOrder: String(leader.protocolOrder),
    rotationPool: leader.rotationPool,
    portfolioText: leader.portfolioText,
    portfolioSubjects: leader.portfolioSubjects,
    minSessionsPerMonth: String(leader.minSessionsPerMonth),
    maxSessionsPerMonth: String(leader.maxSessionsPerMonth),
    maxSessionsPerQuarter: optionalText(leader.maxSessionsPerQuarter),
    minSessionsPerQuarter: optionalText(leader.minSessionsPerQuarter),
    rank: leader.rank,
    venue: leader.venue ?? '',
    publicReception: leader.publicReception,
  });
  const submit = submitting(
    async () => {
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
          maxSessionsPerQuarter: optionalNumber(form.maxSessionsPerQuarter),
          minSessionsPerQuarter: optionalNumber(form.minSessionsPerQuarter),
          rank: form.rank,
          venue: form.venue.trim() || null,
          publicReception: form.publicReception,
        },
      });
      onSaved(saved);
    },
    (err) => fieldErrorText(err, FIELD_NAMES),
  );

  return (
    <Dialog title={`编辑领导：${leader.name}`} onClose={onClose} wide>
      <form onSubmit={submit} class="form-grid two-col">
        {error && <Alert kind="error">{error}</Alert>}
        <InputField label="职务" required maxLength={200} {...field('title')} />
        <InputField
          label="排序（按礼宾顺序，数字小在前）"
          required
          {...number('protocolOrder', 0, 10000)}
        />
        <SelectField label="轮值序列" {...choice('rotationPool')}>
          <NameOptions names={POOL_NAMES} />
        </SelectField>
        <SelectField label="级别" name="rank" {...choice('rank')}>
          <NameOptions names={RANK_NAMES} />
        </SelectField>
        <InputField label="分管领域（公告显示）" maxLength={500} {...field('portfolioText')} />
        <InputField label="每月最少坐班次数" required {...number('minSessionsPerMonth', 0, 62)} />
        <InputField label="每月最多坐班次数" required {...number('maxSessionsPerMonth', 0, 62)} />
        <InputField
          label="每季最多坐班次数（空白为不限）"
          {...number('maxSessionsPerQuarter', 0, 186)}
        />
        <InputField
          label="每季度最少坐班次数（空白为不限）"
          name="minSessionsPerQuarter"
          {...number('minSessionsPerQuarter', 0, 186)}
        />
        <InputField
          label="接访地点（空白为本单位接访场所）"
          maxLength={200}
          name="venue"
          placeholder={unitVenue}
          {...field('venue')}
        />
        <CheckboxField
          class="span-2"
          name="publicReception"
          label="公开接访（不勾选时，其接访安排不出现在公告、一览表和单位日历中）"
          {...checkbox('publicReception')}
        />
        <fieldset class="field span-2">
          <legend>分管事项（用于重点约访匹配）</legend>
          <CheckGrid
            class="checkbox-grid"
            items={subjects.map((x) => ({ key: x.code, label: x.name }))}
            picked={form.portfolioSubjects}
            onPicked={(portfolioSubjects) => update({ portfolioSubjects })}
          />
        </fieldset>
        <SaveActions busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
