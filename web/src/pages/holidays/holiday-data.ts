/**
 * The 节假日安排 page's view of the calendar-year endpoints (kept with the page: the shared
 * api/types.ts is someone else's file), and the small pure helpers it needs.
 */
import { ApiError } from '../../api/client.js';
import type { ArrangementChange, NamedDate } from '../../api/types.js';

export type StatutoryKind = NonNullable<ArrangementChange['before']>['kind'];

/** The body of PUT (and preview): from the package or pasted text. */
export type ConfirmBody = { fromPackage: true } | { text: string };

/** One problem of a rejected import (400 body `problems`). */
export interface ImportProblem {
  field: string;
  line?: number;
  message: string;
}

export function problemsOf(err: unknown): ImportProblem[] {
  if (!(err instanceof ApiError) || err.status !== 400) return [];
  const problems = err.body.problems;
  return Array.isArray(problems) ? (problems as ImportProblem[]) : [];
}

export function sourceName(source: string | null): string {
  if (!source) return '—';
  if (source === 'text') return '粘贴通知文本';
  if (source === 'lists') return '接口导入';
  if (source.startsWith('chinese-days')) return `节假日数据包（${source}）`;
  return source;
}

export const KIND_WORDS: Record<StatutoryKind, string> = {
  holiday: '放假',
  makeup_workday: '调休上班',
};

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A run of consecutive dates with one holiday name. */
export interface Span {
  name: string;
  from: string;
  to: string;
  days: number;
}

/** Consecutive dates of the same holiday as one span (dates sorted ascending). */
export function spansOf(dates: NamedDate[]): Span[] {
  const spans: Span[] = [];
  for (const { date, name } of dates) {
    const last = spans.at(-1);
    if (last && last.name === name && nextDate(last.to) === date) {
      last.to = date;
      last.days++;
    } else {
      spans.push({ name, from: date, to: date, days: 1 });
    }
  }
  return spans;
}

/** One row per holiday: its days off and its make-up working days, in calendar order. */
export interface HolidayGroup {
  name: string;
  off: Span[];
  makeup: string[];
}

export function groupByHoliday(holidays: NamedDate[], makeup: NamedDate[]): HolidayGroup[] {
  const groups = new Map<string, HolidayGroup>();
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, off: [], makeup: [] }));
    return g;
  };
  for (const s of spansOf(holidays)) group(s.name).off.push(s);
  for (const d of makeup) group(d.name).makeup.push(d.date);
  const first = (g: HolidayGroup) => [g.off[0]?.from, ...g.makeup].filter(Boolean).sort()[0];
  return [...groups.values()].sort((a, b) => first(a).localeCompare(first(b)));
}

/** An arrangement as the lines the import reads, so a confirmed year can be corrected in place. */
export function arrangementText(detail: {
  year: number;
  holidays: NamedDate[];
  makeupWorkdays: NamedDate[];
}): string {
  const lines = [
    ...spansOf(detail.holidays).map((s) => ({
      date: s.from,
      text: `${s.from === s.to ? s.from : `${s.from}~${s.to}`} 休 ${s.name}`,
    })),
    ...detail.makeupWorkdays.map((d) => ({ date: d.date, text: `${d.date} 班 ${d.name}` })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return [`# ${detail.year} 年节假日安排`, ...lines.map((l) => l.text)].join('\n');
}
