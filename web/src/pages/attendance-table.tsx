import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { AttendanceCounts, AttendanceFigures } from '../api/types.js';

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
  const [data, setData] = useState<AttendanceFigures | null>(null);
  useEffect(() => {
    setData(null);
    api<AttendanceFigures>(`/units/${unitId}/attendance-figures?year=${year}`)
      .then(setData)
      .catch(() => setData(null));
  }, [year]);
  const rows = data?.leaders.filter((l) => l.year.planned > 0 || l.year.sat > 0) ?? [];
  if (rows.length === 0) return null;
  return (
    <>
      <h2>到岗情况（按到岗登记）</h2>
      <div class="table-scroll">
        <table class="data-table stats-table" aria-label="到岗情况">
          <thead>
            <tr>
              <th scope="col">领导</th>
              {COLUMNS.map(([k, label]) => (
                <th scope="col" key={k}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((l) => (
              <tr key={l.leaderId}>
                <th scope="row">{l.name}</th>
                {COLUMNS.map(([k]) => (
                  <td key={k}>{l.year[k] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted small">
        计划为已开始的班表场次；实际坐班、代班、缺席以信访局的到岗登记为准；“已确认”待确认出席功能上线后显示。
      </p>
    </>
  );
}
