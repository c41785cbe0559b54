import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { DutyChange, Leader, Roster, RosterDiff, RosterVersion } from '../../api/types.js';
import { formatDateTime } from '../../labels.js';
import { Alert, Loading } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { ChangesTable } from './changes-table.js';
import { Field } from '../../ui/form.js';
import { DataTable } from '../../ui/table.js';

interface Props {
  roster: Roster;
  versions: RosterVersion[] | null;
  leaders: Map<string, Leader>;
  onClose: () => void;
}

/** Published versions with who/when/why, and the difference between any two of them. */
export function VersionsDialog({ roster, versions, leaders, onClose }: Props) {
  const latest = roster.publishedVersion;
  const [from, setFrom] = useState(Math.max(0, latest - 1));
  const [to, setTo] = useState(latest);
  const [diff, setDiff] = useState<DutyChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (to < 1) return;
    setDiff(null);
    setError(null);
    api<RosterDiff>(`/rosters/${roster.id}/diff?from=${from}&to=${to}`)
      .then((d) => setDiff(d.changes))
      .catch((err: unknown) => setError(errorText(err)));
  }, [from, to]);

  const options = [0, ...(versions ?? []).map((v) => v.number)];
  return (
    <Dialog title="版本记录" onClose={onClose} wide>
      {!versions && <Loading />}
      {versions && versions.length === 0 && <p>尚未发布过。</p>}
      {versions && versions.length > 0 && (
        <>
          <DataTable
            class="versions-table"
            columns={['版本', '发布时间', '发布人', '说明', '变化']}
          >
            {[...versions].reverse().map((v) => (
              <tr key={v.number}>
                <td>第 {v.number} 版</td>
                <td>{formatDateTime(v.publishedAt)}</td>
                <td>{v.publishedByName}</td>
                <td>{v.reason ?? '—'}</td>
                <td>
                  新增 {v.changes.filter((c) => c.change === 'added').length}，取消{' '}
                  {v.changes.filter((c) => c.change === 'removed').length}
                </td>
              </tr>
            ))}
          </DataTable>
          <h3>版本比较</h3>
          <div class="inline-fields">
            <Field label="从">
              <select value={from} onChange={(e) => setFrom(Number(e.currentTarget.value))}>
                {options.map((n) => (
                  <option key={n} value={n}>
                    {n === 0 ? '（空白）' : `第 ${n} 版`}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="到">
              <select value={to} onChange={(e) => setTo(Number(e.currentTarget.value))}>
                {options
                  .filter((n) => n > 0)
                  .map((n) => (
                    <option key={n} value={n}>
                      第 {n} 版
                    </option>
                  ))}
              </select>
            </Field>
          </div>
          {error && <Alert kind="error">{error}</Alert>}
          {diff ? <ChangesTable changes={diff} leaders={leaders} /> : !error && <Loading />}
        </>
      )}
    </Dialog>
  );
}
