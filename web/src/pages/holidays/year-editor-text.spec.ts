import { describe, expect, it } from '@jest/globals';
import { confirmedText, correctionQuestion, lineRange, splitProblems } from './year-editor-text.js';

describe('the year editor', () => {
  it('selects a whole line of the text', () => {
    const text = '# 通知\n2027-01-01 休 元旦\n2027-02-14 班 春节';
    expect(lineRange(text, 2)).toEqual([5, 20]);
    expect(text.slice(...lineRange(text, 3))).toBe('2027-02-14 班 春节');
    expect(lineRange(text, 9)).toEqual([text.length + 1, text.length + 1]);
  });

  it('shows problems of a line or of the text beside the text box, the rest above', () => {
    const problems = [
      { field: 'text', line: 2, message: 'a' },
      { field: 'text', message: 'b' },
      { field: 'year', message: 'c' },
    ];
    const { text, other } = splitProblems(problems);
    expect(text.map((p) => p.message)).toEqual(['a', 'b']);
    expect(other.map((p) => p.message)).toEqual(['c']);
  });

  it('says what was stored and what to do next', () => {
    const saved = { holidays: [1, 2, 3], makeupWorkdays: [1] };
    expect(confirmedText(2027, false, saved, 0)).toBe(
      '已确认 2027 年节假日安排：放假 3 天，调休上班 1 天。现在可以为 2027 年的月份排班。',
    );
    expect(confirmedText(2027, true, saved, 2)).toBe(
      '已更正 2027 年节假日安排：放假 3 天，调休上班 1 天。请通知两办处理受影响的班表。',
    );
    expect(correctionQuestion(2027, 2)).toContain('有 2 份班表');
  });
});
