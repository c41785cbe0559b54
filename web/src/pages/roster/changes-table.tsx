import type { DutyChange, Leader } from '../../api/types.js';
import { DUTY_NAMES, shortDate, weekdayName, isoWeekday } from '../../labels.js';
import { DataTable } from '../../ui/table.js';

export function ChangesTable({
  changes,
  leaders,
}: {
  changes: DutyChange[];
  leaders: Map<string, Leader>;
}) {
  if (changes.length === 0) return <p class="muted">没有变化。</p>;
  return (
    <DataTable class="changes-table" columns={['变化', '日期', '场次', '领导']}>
      {changes.map((c, i) => (
        <tr key={i} class={`change-${c.change}`}>
          <td>{c.change === 'added' ? '新增' : '取消'}</td>
          <td>
            {shortDate(c.date)} {weekdayName(isoWeekday(c.date))}
          </td>
          <td>{DUTY_NAMES[c.session]}</td>
          <td>{leaders.get(c.leaderId)?.name ?? '（未知领导）'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
