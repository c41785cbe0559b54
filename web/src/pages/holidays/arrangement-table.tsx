import { isoWeekday, shortDate, weekdayName } from '../../labels.js';
import type { NamedDate } from '../../api/types.js';
import { groupByHoliday } from './holiday-data.js';

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
    <div class="table-scroll">
      <table class="data-table">
        <caption>
          {caption ?? '安排'}：放假 {holidays.length} 天，调休上班 {makeupWorkdays.length} 天
        </caption>
        <thead>
          <tr>
            <th scope="col">节日</th>
            <th scope="col">放假</th>
            <th scope="col">天数</th>
            <th scope="col">调休上班</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
