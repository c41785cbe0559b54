import { useEffect, useState } from 'preact/hooks';
import type { ReceptionRecord } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { isMonth } from '../../dates.js';
import { dueDateText, SESSION_NAMES, shortDate } from '../../labels.js';
import { Note, Panel } from '../../ui/common.js';
import { MonthField, NamedButton } from '../../ui/form.js';
import { PagedTable } from '../../ui/table.js';
import { usePagedList } from '../../ui/use-paged-list.js';
import { DEADLINE_NAMES, OUTCOME_NAMES } from './case-labels.js';
import { ExtendDialog } from './reception-dialogs.js';

const PAGE_SIZE = 50;

interface Props {
  /** The page's month: the records open on it (the month of today's and the next sessions). */
  month: string;
  refresh: number;
  /** Staff extend handling deadlines (the service allows admin, office, petition, politics). */
  canExtend: boolean;
  onChanged: () => void;
}

function deadlineText(r: ReceptionRecord): string {
  if (r.deadline === 'running') return `剩 ${r.daysLeft} 天`;
  if (r.deadline === 'overdue') return `已超期 ${-(r.daysLeft ?? 0)} 天`;
  return DEADLINE_NAMES[r.deadline];
}

/** 接访记录: what each reception concluded and how long the handling may still take. */
export function ReceptionRecordsPanel({ refresh, canExtend, onChanged, ...props }: Props) {
  const { unit } = useSigned();
  const list = usePagedList<ReceptionRecord, { month: string }>({
    path: `/units/${unit.id}/reception-records`,
    initial: { month: props.month },
    pageSize: PAGE_SIZE,
    query: ({ month }) => ({ month: isMonth(month) ? month : '' }),
    deps: [refresh],
  });
  const { month } = list.filters;
  const [message, setMessage] = useState<string | null>(null);
  const [extending, setExtending] = useState<ReceptionRecord | null>(null);
  // Another month on the page: the records follow it.
  useEffect(() => list.filter({ month: props.month }), [props.month]);

  return (
    <Panel id="records-title" title="接访记录">
      <div class="toolbar">
        <MonthField label="接访月份" value={month} onMonth={(m) => list.filter({ month: m })} />
        {!month && <span class="muted small">显示全部月份</span>}
        {month && (
          <button type="button" class="link-button" onClick={() => list.filter({ month: '' })}>
            显示全部月份
          </button>
        )}
      </div>
      <p class="muted small">
        交办、转送的事项自接访之日起 60 日内办结，可延期一次（30 日）；案件办结后期限停止计算。
      </p>
      <Note text={message} onDismiss={() => setMessage(null)} />
      <PagedTable
        list={list}
        empty="没有接访记录。"
        class="reception-table"
        columns={[
          '案件编号',
          '接访领导',
          '场次',
          '人次/批次',
          '处理结果',
          '承办部门',
          '办理期限',
          '状态',
          canExtend && '操作',
        ]}
        row={(r) => (
          <tr key={r.id} data-record={r.caseReference}>
            <th scope="row">{r.caseReference}</th>
            <td>{r.leaderName}</td>
            <td>
              {shortDate(r.date)}
              {SESSION_NAMES[r.session]}
              {r.slotStart && ` ${r.slotStart}–${r.slotEnd}`}
            </td>
            <td>
              {r.persons} 人次 / {r.batches} 批
            </td>
            <td>
              {OUTCOME_NAMES[r.outcome] ?? r.outcome}
              {r.note && <div class="muted small">{r.note}</div>}
            </td>
            <td>{r.handlingDepartmentName ?? '—'}</td>
            <td>
              {r.dueDate ? shortDate(r.dueDate) : '—'}
              {r.dueDate && r.dueDateRolled && r.nominalDueDate && (
                <div class="muted small" data-rolled={r.nominalDueDate}>
                  原 {dueDateText(r.nominalDueDate, null)}，遇休息日顺延
                </div>
              )}
              {r.extended && (
                <div class="muted small">
                  已延期（原 {r.originalDueDate ? shortDate(r.originalDueDate) : ''}）：
                  {r.extensionReason}
                </div>
              )}
            </td>
            <td class={r.deadline === 'overdue' ? 'count-error' : undefined}>{deadlineText(r)}</td>
            {canExtend && (
              <td>
                {(r.deadline === 'running' || r.deadline === 'overdue') && !r.extended && (
                  <NamedButton
                    name={`延长 ${r.caseReference} 的办理期限`}
                    onClick={() => setExtending(r)}
                  >
                    延期…
                  </NamedButton>
                )}
              </td>
            )}
          </tr>
        )}
        pageSize={PAGE_SIZE}
        unit="条"
      />
      {extending && (
        <ExtendDialog
          record={extending}
          onClose={() => setExtending(null)}
          onDone={(text) => {
            setExtending(null);
            setMessage(text);
            onChanged();
          }}
        />
      )}
    </Panel>
  );
}
