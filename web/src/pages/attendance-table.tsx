import type { AttendanceCounts, AttendanceFigures } from '../api/types.js';
import { FigureTable } from '../ui/table.js';
import { useYearData } from '../ui/use-year-data.js';

const COLUMNS: Array<[keyof AttendanceCounts, string]> = [
  ['planned', '计划'],
  ['confirmed', '已确认'],
  ['sat', '实际坐班'],
  ['substitutedOut', '被代班'],
  ['substitutedIn', '代他人'],
  ['absent', '缺席'],
  ['unrecorded', '待登记'],
];

/** 到岗情况 per leader for the year, from the attendance record (not the plan). */
export function AttendanceTable({ unitId, year }: { unitId: string; year: number }) {
  // Quiet when it fails: the statistics page says what went wrong with its own figures.
  const data = useYearData<AttendanceFigures>(`/units/${unitId}/attendance-figures`, year);
  const rows = data?.leaders.filter((l) => l.year.planned > 0 || l.year.sat > 0) ?? [];
  if (rows.length === 0) return null;
  return (
    <>
      <h2>到岗情况（按到岗登记）</h2>
      <FigureTable
        class="stats-table"
        label="到岗情况"
        head="领导"
        columns={COLUMNS}
        rows={rows.map((l) => ({ key: l.leaderId, head: l.name, figures: l.year }))}
      />
      <p class="muted small">
        计划为已开始的班表场次；实际坐班、代班、缺席以信访局的到岗登记为准；“已确认”待确认出席功能上线后显示。
      </p>
    </>
  );
}
