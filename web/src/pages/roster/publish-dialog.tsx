import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { DutyChange, Finding, Leader, Roster } from '../../api/types.js';
import { monthName } from '../../labels.js';
import { Alert, FindingList } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import { ChangesTable } from './changes-table.js';
import { FormActions } from '../../ui/form.js';

interface Props {
  roster: Roster;
  changes: DutyChange[] | null;
  leaders: Map<string, Leader>;
  error: string | null;
  blocking: Finding[];
  busy: boolean;
  onPublish: (reason: string) => void;
  onClose: () => void;
}

/** The hard errors that would refuse publishing the roster, as the service sees it now. */
export async function publishBlockers(rosterId: string): Promise<Finding[]> {
  const fresh = await api<Roster>(`/rosters/${rosterId}`);
  return fresh.findings.filter((f) => f.severity === 'error');
}

/**
 * Confirms a publication, listing what it changes for the leaders and the public; hard errors
 * are listed as the dialog opens, and while there are any it cannot be confirmed.
 */
export function PublishDialog({
  roster,
  changes,
  leaders,
  error,
  blocking,
  busy,
  onPublish,
  onClose,
}: Props) {
  const [reason, setReason] = useState('');
  const next = roster.publishedVersion + 1;
  const needsReason = roster.publishedVersion > 0;
  const warnings = roster.findings.filter((f) => f.severity === 'warning');
  return (
    <Dialog
      title={`发布 ${monthName(roster.month)}接访安排（第 ${next} 版）`}
      onClose={onClose}
      wide
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onPublish(reason.trim());
        }}
      >
        {error && <Alert kind="error">{error}</Alert>}
        {blocking.length > 0 && (
          <Alert kind="error">
            <p>
              班表仍有 {blocking.length}{' '}
              处不符合硬性规则，不能发布。请关闭本窗口，在班表中调整或“重新求解”后再发布：
            </p>
            <FindingList findings={blocking} />
          </Alert>
        )}
        <p>
          发布后，领导、秘书和各相关单位将看到以下安排
          {roster.publishedVersion > 0 ? `（与第 ${roster.publishedVersion} 版相比）` : ''}：
        </p>
        {changes ? <ChangesTable changes={changes} leaders={leaders} /> : <p>正在比较…</p>}
        {warnings.length > 0 && (
          <Alert kind="warning">
            <p>仍有 {warnings.length} 条提醒（不影响发布）：</p>
            <FindingList findings={warnings} />
          </Alert>
        )}
        <label class="field">
          <span>
            发布说明
            {needsReason ? '（修订发布须说明原因；不填则沿用各项修改时填写的原因）' : '（选填）'}
          </span>
          <input
            name="reason"
            value={reason}
            maxLength={500}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </label>
        <FormActions
          submit={`确认发布第 ${next} 版`}
          busyText="正在发布…"
          busy={busy}
          disabled={changes === null || blocking.length > 0}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
