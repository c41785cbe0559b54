import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ERROR_CATALOGUE } from './error-catalogue.js';

export const README_FILE = fileURLToPath(new URL('../../README.md', import.meta.url));

const START = '<!-- error-codes: generated from src/common/error-catalogue.ts -->';
const END = '<!-- /error-codes -->';

/** The README's table of error codes, as the catalogue gives them (by status, then code). */
export function errorTable(): string {
  const rows = Object.entries(ERROR_CATALOGUE)
    .sort(([a, x], [b, y]) => x.status - y.status || a.localeCompare(b))
    .map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.meaning.replaceAll('|', '\\|')} |`);
  return [START, '| code | status | meaning |', '| --- | --- | --- |', ...rows, END].join('\n');
}

/** The table now in the README, or undefined when its markers are missing. */
export function readmeTable(text = readFileSync(README_FILE, 'utf8')): string | undefined {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  return from < 0 || to < from ? undefined : text.slice(from, to + END.length);
}

/** Rewrites the README's table from the catalogue. */
export function writeReadmeTable(): void {
  const text = readFileSync(README_FILE, 'utf8');
  const current = readmeTable(text);
  if (current === undefined) throw new Error(`README.md has no ${START} … ${END} section`);
  writeFileSync(README_FILE, text.replace(current, errorTable()));
}
