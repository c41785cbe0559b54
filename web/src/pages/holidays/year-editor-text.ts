/** The year editor's words and text-box arithmetic. Pure. */
import type { ImportProblem } from './holiday-data.js';

/** The character range of 1-based `line` in `text`, to select it in the text box. */
export function lineRange(text: string, line: number): [number, number] {
  const lines = text.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return [start, start + (lines[line - 1]?.length ?? 0)];
}

/** The problems the text box shows beside the text (a line, or the text itself), and the rest. */
export function splitProblems(problems: ImportProblem[]) {
  const text = problems.filter((p) => p.field === 'text' || p.line);
  return { text, other: problems.filter((p) => !text.includes(p)) };
}

/** Asked before a correction that changes months with rosters in them. */
export const correctionQuestion = (year: number, affected: number) =>
  `有 ${affected} 份班表的月份安排发生变化，系统不会自动调整这些班表。确定更正 ${year} 年节假日安排吗？`;

/** Said once the arrangement is stored. */
export function confirmedText(
  year: number,
  corrected: boolean,
  saved: { holidays: unknown[]; makeupWorkdays: unknown[] },
  affected: number,
): string {
  return `已${corrected ? '更正' : '确认'} ${year} 年节假日安排：放假 ${saved.holidays.length} 天，调休上班 ${saved.makeupWorkdays.length} 天。${
    affected ? '请通知两办处理受影响的班表。' : `现在可以为 ${year} 年的月份排班。`
  }`;
}
