import { isoWeekday, shortDate, weekdayName } from '../../labels.js';
import type { NamedDate } from '../../api/types.js';
import { groupByHoliday } from './holiday-data.js';
import { DataTable } from '../../ui/table.js';

/** 1月1日（周五） */
export function dayText(date: string): string {
  return `${shortDate(date)}（${weekdayName(isoWeekday(date))}）`;
}

/** A year's arrangement, one row per holiday with its days off and make-up working days. */
export function ArrangementTable({
  holidays,
  makeupWorkdays,
  caption,
}: {
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
  caption?: string;
}) {
  const groups = groupByHoliday(holidays, makeupWorkdays);
  return (
    <DataTable
      caption={`${caption ?? '安排'}：放假 ${holidays.length} 天，调休上班 ${makeupWorkdays.length} 天`}
      columns={['节日', '放假', '天数', '调休上班']}
    >
      {groups.map((g) => (
        <tr key={g.name}>
          <th scope="row">{g.name}</th>
          <td>
            {g.off.length === 0
              ? '—'
              : g.off
                  .map((s) =>
                    s.from === s.to ? dayText(s.from) : `${dayText(s.from)}至${dayText(s.to)}`,
                  )
                  .join('；')}
          </td>
          <td>{g.off.reduce((n, s) => n + s.days, 0)}</td>
          <td>{g.makeup.length ? g.makeup.map(dayText).join('、') : '无'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
