import { z } from 'zod';

/**
 * One text schema for every text field and query parameter: what PostgreSQL, calendars,
 * spreadsheets and people can rely on. Text is NFC-normalised (two spellings of one character
 * compare equal); refused with a 400 naming the field: NUL and other control characters (tab and
 * newline only where multi-line text is allowed), lone UTF-16 surrogates (not Unicode at all:
 * PostgreSQL refuses them) and values made only of invisible characters. Identifiers (references,
 * batches, names matched against others) also lose zero-width characters, so that two values that
 * look the same are the same.
 */
export interface TextRules {
  max: number;
  min?: number;
  /** Tab, CR and LF allowed (notes, summaries); CRLF becomes LF. */
  multiline?: boolean;
  /** Leading and trailing white space removed (default); not for passwords. */
  trim?: boolean;
  /** Zero-width characters removed. */
  identifier?: boolean;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u180E]/g;
const INVISIBLE_ONLY = /^[\s\u200B-\u200D\u2060\uFEFF\u180E]*$/;
// C0 controls, DEL and the C1 block; tab, LF and CR are matched separately.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a value is refused (zh-CN, for the person who typed it), or undefined. */
export function textProblem(value: string, multiline = false): string | undefined {
  if (CONTROL.test(value)) return '不能包含控制字符（如 NUL）';
  if (!multiline && LINE_BREAK_OR_TAB.test(value)) return '只能填写一行，不能包含换行符或制表符';
  if (LONE_SURROGATE.test(value)) return '含有无效的字符（不成对的 UTF-16 代理项）';
  if (value !== '' && INVISIBLE_ONLY.test(value) && new RegExp(ZERO_WIDTH.source).test(value)) {
    return '不能只包含不可见字符';
  }
  return undefined;
}

/** The stored form of an accepted value. */
export function normaliseText(value: string, rules: Omit<TextRules, 'max' | 'min'> = {}): string {
  let v = value.normalize('NFC');
  if (rules.multiline) v = v.replace(/\r\n?/g, '\n');
  if (rules.identifier) v = v.replace(ZERO_WIDTH, '');
  if (rules.trim ?? true) v = v.trim();
  return v;
}

/** Identifiers as compared: NFC, without zero-width characters or surrounding white space. */
export const normaliseIdentifier = (value: string) => normaliseText(value, { identifier: true });

/** The shared text schema; `min` and `max` apply to the normalised value. */
export function text(rules: TextRules) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = textProblem(value, rules.multiline);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((value) => normaliseText(value, rules))
    .pipe(
      z
        .string()
        .min(rules.min ?? 0)
        .max(rules.max),
    );
}
