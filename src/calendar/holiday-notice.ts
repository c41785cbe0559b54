import { addDays, isIsoDate, yearOf } from '../common/dates.js';
import type { ImportProblem, SourcedDate } from './holiday-import.js';

/**
 * The State Council's notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) as published, e.g.
 *
 *   一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
 *   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
 *
 * Each numbered item names a holiday; its "…至…放假" sentence gives the days off (weekends inside
 * included, as the arrangement stores them), its "…上班" sentence the 调休 working days. Dates
 * carry the notice's year unless written with one ("2022年12月31日至2023年1月2日"); a range's end
 * without a month takes the start's, and an end before its start runs into the next month or
 * year. Dates of another year belong to that year's arrangement and are left out. The title, the
 * greeting and the closing paragraph are ignored; "共N天" is checked against the range.
 */

const ITEM = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*([^：:]{1,30})[：:](.*)$/;
const TITLE_YEAR = /关于\s*(\d{4})\s*年.{0,6}节假日安排/;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

/** Whether pasted text is a notice rather than the one-date-a-line format. */
export function looksLikeNotice(text: string): boolean {
  return text.split(/\r?\n/).some((l) => ITEM.test(l) && /日/.test(l));
}

interface Item {
  line: number;
  name: string;
  body: string;
}

/** Numbered items, a wrapped item's continuation lines joined to it. */
function items(text: string): Item[] {
  const out: Item[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const m = ITEM.exec(line);
    if (m) {
      out.push({ line: index + 1, name: m[2].trim(), body: m[3].trim() });
      return;
    }
    // A line broken mid-sentence by the copy continues the item above.
    const last = out.at(-1);
    if (last && !/。$/.test(last.body)) last.body += line;
  });
  return out;
}

/** Day-month-year parts as written (year and month may be missing). */
interface Written {
  year?: number;
  month?: number;
  day: number;
}

function writtenDates(sentence: string): Written[] {
  return [...sentence.matchAll(DATE)].map((m) => ({
    year: m[1] ? Number(m[1]) : undefined,
    month: m[2] ? Number(m[2]) : undefined,
    day: Number(m[3]),
  }));
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A written date completed from the one before it (its year and month), or the notice's year; an
 * end that would fall before `after` moves on a month (no month written) or a year.
 */
function complete(w: Written, prev: { year: number; month: number } | null, after?: string) {
  let year = w.year ?? prev?.year;
  let month = w.month ?? prev?.month;
  if (year === undefined || month === undefined) return undefined;
  let date = iso(year, month, w.day);
  if (after && date < after) {
    if (w.month === undefined) month += 1;
    else if (w.year === undefined) year += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    date = iso(year, month, w.day);
  }
  return isIsoDate(date) ? date : undefined;
}

/**
 * The rows a notice stands for; problems (naming the item's line) for what cannot be read. Only
 * dates of `year` are returned.
 */
export function parseNotice(text: string, year: number, problems: ImportProblem[]): SourcedDate[] {
  const title = TITLE_YEAR.exec(text);
  if (title && Number(title[1]) !== year) {
    problems.push({
      field: 'text',
      message: `粘贴的是 ${title[1]} 年的通知，不是 ${year} 年的`,
    });
    return [];
  }
  const rows: SourcedDate[] = [];
  for (const item of items(text)) {
    const label = `第 ${item.line} 行`;
    const fail = (why: string) =>
      problems.push({
        field: 'text',
        line: item.line,
        message: `${label}（${item.name}）：${why}`,
      });
    // Parenthesised weekdays and lunar dates would read as dates or split the sentences.
    const body = item.body.replace(/（[^）]*）|\([^)]*\)/g, '');
    let sawHoliday = false;
    for (const sentence of body.split(/[。；;]/)) {
      const prev = { year, month: 0 };
      // "…放假调休，共3天" and "…上班" are separate sentences of one item.
      const dates = writtenDates(sentence);
      if (/放假|休息/.test(sentence) && dates.length > 0) {
        sawHoliday = true;
        const from = complete(dates[0], { year, month: 0 });
        if (!from) {
          fail(`无法识别日期“${sentence.trim()}”`);
          continue;
        }
        prev.month = Number(from.slice(5, 7));
        prev.year = yearOf(from);
        const ranged = /至|—|－|~/.test(sentence) && dates.length >= 2;
        const to = ranged ? complete(dates[1], prev, from) : from;
        if (!to) {
          fail(`无法识别结束日期“${sentence.trim()}”`);
          continue;
        }
        const days: string[] = [];
        for (let d = from; d <= to && days.length < 40; d = addDays(d, 1)) days.push(d);
        const total = /共\s*(\d+)\s*天/.exec(sentence) ?? /放假\s*(\d+)\s*天/.exec(sentence);
        if (total && Number(total[1]) !== days.length) {
          fail(`写明共 ${total[1]} 天，但 ${from} 至 ${to} 是 ${days.length} 天`);
          continue;
        }
        for (const date of days) {
          if (yearOf(date) === year) {
            rows.push({
              date,
              name: item.name,
              kind: 'holiday',
              field: 'text',
              label,
              line: item.line,
            });
          }
        }
      } else if (/上班/.test(sentence) && dates.length > 0) {
        let last: { year: number; month: number } | null = null;
        for (const w of dates) {
          const date = complete(w, last ?? { year, month: 0 });
          if (!date) {
            fail(`无法识别上班日期“${sentence.trim()}”`);
            break;
          }
          last = { year: yearOf(date), month: Number(date.slice(5, 7)) };
          if (yearOf(date) === year) {
            rows.push({
              date,
              name: item.name,
              kind: 'makeup_workday',
              field: 'text',
              label,
              line: item.line,
            });
          }
        }
      }
    }
    if (!sawHoliday) fail('没有找到“…放假”的日期');
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({ field: 'text', message: '通知中没有找到任何放假日期' });
  }
  return rows;
}
